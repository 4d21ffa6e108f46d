package vn.reportbot.matching;

import java.util.Optional;

/** Finds a mail the bot sent by its Message-ID or its subject token, so that replies to it are recognised. */
public interface SentMailIndex {

    Optional<SentMail> byMessageId(String messageId);

    /** The mail whose subject carried this {@link SubjectToken} (upper case, e.g. {@code RB-K7Q2M}). */
    default Optional<SentMail> bySubjectToken(String token) {
        return Optional.empty();
    }

    /** An index that knows no sent mail, for offline classification. */
    static SentMailIndex none() {
        return id -> Optional.empty();
    }
}

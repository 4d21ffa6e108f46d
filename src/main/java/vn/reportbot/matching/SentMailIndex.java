package vn.reportbot.matching;

import java.util.Optional;

/** Finds a mail the bot sent by its Message-ID, so that replies to it are recognised. */
public interface SentMailIndex {

    Optional<SentMail> byMessageId(String messageId);

    /** An index that knows no sent mail, for offline classification. */
    static SentMailIndex none() {
        return id -> Optional.empty();
    }
}

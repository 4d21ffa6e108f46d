package vn.reportbot.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent a message, as mail clients decide it: the address of its one {@code From:} field; when From is missing,
 * has no address ({@code From: "name" <>}) or comes twice, the first address of {@code Sender:}, {@code Reply-To:},
 * {@code Return-Path:} or the envelope ({@code X-Envelope-From:}, the {@code envelope-from} of the topmost
 * {@code Received:}); two From fields and none of those: the first From. Whenever From was not taken as it stands, a
 * note in Vietnamese says so for staff.
 *
 * @param address the sender's address, lower-case, or {@code null}
 * @param name    the display name of From, else of the field the address came from, or {@code null}
 * @param source  where the address came from
 * @param note    for staff, why and where else the address was looked for, or {@code null} when From was used as is
 */
record SenderChoice(String address, String name, SenderSource source, String note) {

    private static final Pattern ENVELOPE_FROM = Pattern.compile("(?i)envelope-from\\s*[=:]?\\s*<?([^\\s<>;()]+@[^\\s<>;()]+)>?");

    private enum Problem {
        MISSING("Thư không có dòng From (người gửi)"),
        EMPTY("Dòng From của thư không có địa chỉ"),
        DOUBLED("Thư có hai dòng From khác nhau");

        final String words;

        Problem(String words) {
            this.words = words;
        }
    }

    static SenderChoice of(Headers h) {
        List<String> fromFields = h.all("From").stream().filter(v -> !v.isBlank()).toList();
        List<Addresses.Mailbox> first = fromFields.isEmpty() ? List.of() : Addresses.parse(fromFields.get(0));
        String firstAddress = fromFields.isEmpty() ? null : Addresses.sender(fromFields.get(0));
        String fromName = !first.isEmpty() ? first.get(0).name() : firstAddress == null ? displayName(fromFields) : null;
        Problem problem = fromFields.isEmpty() ? Problem.MISSING
                : firstAddress == null ? Problem.EMPTY
                : fromFields.size() > 1 && distinctAddresses(fromFields) ? Problem.DOUBLED : null;
        if (problem == null) {
            return new SenderChoice(firstAddress, fromName, SenderSource.FROM, null);
        }
        for (SenderSource source : List.of(SenderSource.SENDER, SenderSource.REPLY_TO, SenderSource.RETURN_PATH,
                SenderSource.ENVELOPE)) {
            List<Addresses.Mailbox> found = mailboxes(h, source);
            if (!found.isEmpty()) {
                Addresses.Mailbox m = found.get(0);
                String name = problem == Problem.DOUBLED || fromName == null ? m.name() : fromName;
                return new SenderChoice(m.address(), name, source,
                        problem.words + "; địa chỉ người gửi được lấy từ " + where(source) + ": " + m.address() + ".");
            }
        }
        if (problem == Problem.DOUBLED) {
            return new SenderChoice(firstAddress, fromName, SenderSource.FROM,
                    problem.words + "; địa chỉ người gửi được lấy từ dòng From thứ nhất: " + firstAddress + ".");
        }
        return new SenderChoice(null, fromName, SenderSource.NONE,
                problem.words + "; không có dòng nào khác cho biết địa chỉ người gửi.");
    }

    private static boolean distinctAddresses(List<String> fromFields) {
        return fromFields.stream().map(Addresses::sender).distinct().count() > 1;
    }

    /** The name of {@code From: "name" <>}, which holds no address for {@link Addresses#parse} to find. */
    private static String displayName(List<String> fromFields) {
        if (fromFields.isEmpty()) {
            return null;
        }
        String value = fromFields.get(0);
        int lt = value.lastIndexOf('<');
        String raw = (lt >= 0 ? value.substring(0, lt) : value).trim();
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        String name = HeaderText.decodeWords(raw).strip();
        return name.isEmpty() ? null : name;
    }

    private static List<Addresses.Mailbox> mailboxes(Headers h, SenderSource source) {
        return switch (source) {
            case SENDER -> Addresses.parse(h.first("Sender"));
            case REPLY_TO -> Addresses.parse(h.first("Reply-To"));
            case RETURN_PATH -> Addresses.parse(h.first("Return-Path"));
            case ENVELOPE -> envelope(h);
            default -> List.of();
        };
    }

    private static List<Addresses.Mailbox> envelope(Headers h) {
        List<Addresses.Mailbox> declared = Addresses.parse(h.first("X-Envelope-From"));
        if (!declared.isEmpty()) {
            return declared;
        }
        String received = h.first("Received");
        Matcher m = received == null ? null : ENVELOPE_FROM.matcher(received);
        return m != null && m.find() ? Addresses.parse(m.group(1)) : List.of();
    }

    private static String where(SenderSource source) {
        return switch (source) {
            case SENDER -> "dòng Sender";
            case REPLY_TO -> "dòng Reply-To (địa chỉ trả lời)";
            case RETURN_PATH -> "dòng Return-Path (địa chỉ gửi do máy chủ ghi lại)";
            case ENVELOPE -> "phong bì thư (envelope) do máy chủ ghi lại";
            default -> "dòng From";
        };
    }
}

package vn.reportbot.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a real message the ways mail is damaged in the wild and by hostile senders, drawn from a seeded random:
 * flipped bits, truncation, header fields doubled, removed or swollen, boundaries broken, wrong or unknown charsets,
 * broken base64 and quoted-printable, very long lines, deep nesting, very many parts, other line ends. Each mutation
 * names itself, so that a message that shows a bug can be told and kept as a fixture.
 */
final class MailMutator {

    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\r\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\r\n ]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODING = Pattern.compile("(?im)^Content-Transfer-Encoding:[^\r\n]*");
    private static final String[] CHARSETS = {"x-unknown-charset", "utf-7", "iso-2022-jp", "windows-1258", "",
            "utf-16", "\"utf-8", "gb18030", "us-ascii", "tcvn", "viscii", "unicode-1-1-utf-7", "utf-8''", "ks_c_5601-1987"};
    private static final String[] ENCODINGS = {"base64", "quoted-printable", "8bit", "7bit", "binary", "x-uuencode",
            "gzip", "", "base-64", "BASE64 ; junk"};
    private static final String[] HEADERS = {"From", "To", "Subject", "Date", "Message-ID", "Content-Type",
            "MIME-Version", "In-Reply-To", "References", "Content-Transfer-Encoding", "Received", "Reply-To"};

    /** One mutation: its name and what it does to the message as ISO-8859-1 text (one char per byte). */
    private record Mutation(String name, BiFunction<String, Random, String> apply) {
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("bit flips", MailMutator::flipBits),
            new Mutation("truncation", (m, r) -> m.substring(0, r.nextInt(m.length() + 1))),
            new Mutation("header doubled", MailMutator::doubleHeader),
            new Mutation("header removed", MailMutator::removeHeader),
            new Mutation("header swollen", MailMutator::swellHeader),
            new Mutation("boundary broken", MailMutator::breakBoundary),
            new Mutation("charset wrong", MailMutator::wrongCharset),
            new Mutation("encoding damaged", MailMutator::damageEncoding),
            new Mutation("encoding changed", MailMutator::changeEncoding),
            new Mutation("long line", MailMutator::longLine),
            new Mutation("deep nesting", MailMutator::nest),
            new Mutation("many parts", MailMutator::manyParts),
            new Mutation("line ends", MailMutator::lineEnds),
            new Mutation("subject swollen", MailMutator::swellSubject));

    private final Random random;

    MailMutator(long seed) {
        this.random = new Random(seed);
    }

    /** A damaged copy of the message, and the names of what was done to it. */
    record Mutant(byte[] raw, List<String> done) {
    }

    Mutant mutate(byte[] original) {
        String message = new String(original, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        List<String> done = new ArrayList<>();
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
            Mutation m = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
            message = m.apply().apply(message, random);
            done.add(m.name());
        }
        return new Mutant(message.getBytes(StandardCharsets.ISO_8859_1), done);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private static String flipBits(String m, Random r) {
        if (m.isEmpty()) {
            return m;
        }
        char[] c = m.toCharArray();
        int flips = 1 + r.nextInt(Math.max(1, c.length / 200));
        for (int i = 0; i < flips; i++) {
            int at = r.nextInt(c.length);
            c[at] = (char) ((c[at] ^ (1 << r.nextInt(8))) & 0xFF);
        }
        return new String(c);
    }

    private static List<int[]> headerLines(String m) {
        int end = headerEnd(m);
        List<int[]> lines = new ArrayList<>();
        Matcher h = HEADER_LINE.matcher(m).region(0, end);
        while (h.find()) {
            lines.add(new int[] {h.start(), h.end()});
        }
        return lines;
    }

    private static int headerEnd(String m) {
        int end = m.indexOf("\r\n\r\n");
        return end < 0 ? m.length() : end + 2;
    }

    private static String doubleHeader(String m, Random r) {
        List<int[]> lines = headerLines(m);
        if (lines.isEmpty()) {
            return m;
        }
        int[] line = lines.get(r.nextInt(lines.size()));
        String copy = m.substring(line[0], line[1]);
        return m.substring(0, line[1]) + copy.repeat(1 + r.nextInt(r.nextBoolean() ? 3 : 2_000)) + m.substring(line[1]);
    }

    private static String removeHeader(String m, Random r) {
        String name = HEADERS[r.nextInt(HEADERS.length)];
        return m.replaceFirst("(?im)^" + name + ":[^\r\n]*\r?\n", "");
    }

    private static String swellHeader(String m, Random r) {
        String name = HEADERS[r.nextInt(HEADERS.length)];
        int size = r.nextBoolean() ? 2_000 + r.nextInt(20_000) : 100_000 + r.nextInt(1_200_000);
        String value = r.nextBoolean() ? "x".repeat(size) : "word ".repeat(size / 80).replace("word word ", "word\r\n word ");
        return name + ": " + value + "\r\n" + m;
    }

    private static String swellSubject(String m, Random r) {
        String subject = "Báo cáo 319/MTTQ-BTT ".repeat(1 + r.nextInt(6_000));
        return m.replaceFirst("(?im)^Subject:[^\r\n]*", "Subject: "
                + Matcher.quoteReplacement(new String(subject.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
    }

    private static String breakBoundary(String m, Random r) {
        Matcher b = BOUNDARY.matcher(m);
        if (!b.find()) {
            return m;
        }
        String boundary = b.group(1);
        return switch (r.nextInt(4)) {
            case 0 -> m.replace("--" + boundary + "--", ""); // no closing delimiter
            case 1 -> m.substring(0, b.start(1)) + boundary + "X" + m.substring(b.end(1)); // declared one never used
            case 2 -> m.replaceFirst(Pattern.quote("--" + boundary) + "\r?\n", ""); // the first part's delimiter gone
            default -> m.substring(0, b.start()) + "boundary=\"\"" + m.substring(b.end()); // empty boundary
        };
    }

    private static String wrongCharset(String m, Random r) {
        Matcher c = CHARSET.matcher(m);
        List<int[]> found = new ArrayList<>();
        while (c.find()) {
            found.add(new int[] {c.start(1), c.end(1)});
        }
        if (found.isEmpty()) {
            return m.replaceFirst("(?im)^Subject: ", "Subject: =?" + CHARSETS[r.nextInt(CHARSETS.length)] + "?B?QsOhbyBjw6Fv?= ");
        }
        int[] at = found.get(r.nextInt(found.size()));
        return m.substring(0, at[0]) + CHARSETS[r.nextInt(CHARSETS.length)] + m.substring(at[1]);
    }

    private static String damageEncoding(String m, Random r) {
        int body = headerEnd(m);
        if (body >= m.length()) {
            return m;
        }
        StringBuilder s = new StringBuilder(m);
        int damages = 1 + r.nextInt(20);
        String[] junk = {"!", "=", "==", "=Z", "=\r\n", "====", "\u00FF", "\u0000", "@@@", "=3", "-", "\r\n\r\n"};
        for (int i = 0; i < damages; i++) {
            int at = body + r.nextInt(s.length() - body);
            s.insert(at, junk[r.nextInt(junk.length)]);
        }
        return s.toString();
    }

    private static String changeEncoding(String m, Random r) {
        Matcher e = ENCODING.matcher(m);
        if (!e.find()) {
            int end = headerEnd(m);
            return m.substring(0, Math.max(0, end - 2)) + "Content-Transfer-Encoding: "
                    + ENCODINGS[r.nextInt(ENCODINGS.length)] + "\r\n" + m.substring(Math.max(0, end - 2));
        }
        return m.substring(0, e.start()) + "Content-Transfer-Encoding: " + ENCODINGS[r.nextInt(ENCODINGS.length)]
                + m.substring(e.end());
    }

    private static String longLine(String m, Random r) {
        int body = headerEnd(m);
        int at = body + (m.length() > body ? r.nextInt(m.length() - body) : 0);
        int size = r.nextBoolean() ? 10_000 + r.nextInt(100_000) : 1_000_000 + r.nextInt(2_000_000);
        return m.substring(0, at) + "z".repeat(size) + m.substring(at);
    }

    private static String nest(String m, Random r) {
        int levels = 1 + r.nextInt(r.nextBoolean() ? 5 : 60);
        String inner = m;
        for (int i = 0; i < levels; i++) {
            inner = r.nextBoolean()
                    ? "From: fw" + i + "@example.vn\r\nSubject: Fwd: lồng " + i + "\r\nMIME-Version: 1.0\r\n"
                            + "Content-Type: message/rfc822\r\n\r\n" + inner
                    : "From: fw" + i + "@example.vn\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
                            + "Content-Type: multipart/mixed; boundary=\"n" + i + "\"\r\n\r\n--n" + i + "\r\n"
                            + "Content-Type: message/rfc822\r\n\r\n" + inner + "\r\n--n" + i + "--\r\n";
        }
        return inner;
    }

    private static String manyParts(String m, Random r) {
        int parts = 50 + r.nextInt(r.nextBoolean() ? 200 : 3_000);
        StringBuilder s = new StringBuilder("From: nhieu.phan@example.vn\r\nSubject: Nhiều phần\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"many\"\r\n\r\n");
        for (int i = 0; i < parts; i++) {
            s.append("--many\r\nContent-Type: ")
                    .append(i % 3 == 0 ? "text/plain; charset=utf-8" : "application/octet-stream; name=\"p" + i + ".txt\"")
                    .append("\r\n\r\nphan ").append(i).append("\r\n");
        }
        return s.append("--many\r\nContent-Type: message/rfc822\r\n\r\n").append(m).append("\r\n--many--\r\n").toString();
    }

    private static String lineEnds(String m, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> m.replace("\r\n", "\n");
            case 1 -> m.replace("\r\n", "\r");
            default -> m.replace("\r\n", r.nextBoolean() ? "\r\r\n" : "\n\r");
        };
    }
}

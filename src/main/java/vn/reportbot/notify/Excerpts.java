package vn.reportbot.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.reportbot.report.ReportText;
import vn.reportbot.text.VietnameseText;

/**
 * The few words of a report the digest shows: what the unit itself wrote, or, when its words are only a cover note
 * ("… gửi báo cáo, file đính kèm"), the text of its attached report, without the greeting, the signature, the
 * documents' headings (quốc hiệu, tiêu ngữ, số, ngày tháng) and the file names. Cut at a word, with "…".
 */
final class Excerpts {

    /** Own words shorter than this (without greeting and signature) are a cover note when a document is attached. */
    private static final int COVER_NOTE = 160;
    /** Own words that point to the attachment and are shorter than this are a cover note too. */
    private static final int POINTING_NOTE = 400;
    private static final Pattern POINTS_TO_FILE = Pattern.compile("\\b(dinh kem|gui kem|kem theo|file|tep|tai lieu)\\b");
    private static final Pattern GREETING = Pattern.compile("^(kinh gui|kinh chuyen|kinh thua|chao|xin chao|dear)\\b.{0,100}");
    private static final Pattern CLOSING = Pattern.compile("^(?:(?:tran trong|than ai|xin cam on|cam on|kinh thu|thanks"
            + "|thank you|best regards)\\b.*|-- ?)$");
    private static final Pattern HEADING = Pattern.compile("^(cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc"
            + "|so \\d.*|noi nhan.*|kinh gui.*|.{0,40}\\bngay \\d{1,2} thang \\d{1,2} nam \\d{4})$");
    private static final Pattern FILE_HEADER = Pattern.compile("^\\[[^\\]]+]$");

    private Excerpts() {
    }

    /** About {@code max} characters of what the report says; empty when it says nothing. */
    static String of(ReportText text, int max) {
        String own = VietnameseText.collapseSpaces(sentences(ownWords(text.ownText())));
        String documents = VietnameseText.collapseSpaces(sentences(documentWords(text.attachmentText())));
        String key = VietnameseText.accentFreeKey(own);
        boolean coverNote = own.length() < COVER_NOTE
                || (own.length() < POINTING_NOTE && POINTS_TO_FILE.matcher(key).find());
        String chosen = !documents.isEmpty() && coverNote ? documents : own;
        return cut(chosen.isEmpty() ? documents : chosen, max);
    }

    /** The lines as one text, each ending as a sentence does (a title line gets a full stop). */
    private static String sentences(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(line);
            if (!line.matches(".*[.!?;:…,)”\"]$")) {
                text.append('.');
            }
        }
        return text.toString();
    }

    /** The body's lines without the greeting and from the closing formula on (the signature). */
    private static List<String> ownWords(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.strip().split("\\R")) {
            String key = VietnameseText.accentFreeKeyKeepingPunctuation(line.strip());
            if (CLOSING.matcher(key).matches()) {
                break;
            }
            if (lines.isEmpty() && GREETING.matcher(key).matches() || line.isBlank()) {
                continue;
            }
            lines.add(line.strip());
        }
        return lines;
    }

    /** The documents' lines without their names and the headings every Vietnamese document starts with. */
    private static List<String> documentWords(String documents) {
        List<String> lines = new ArrayList<>();
        for (String line : documents.strip().split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || FILE_HEADER.matcher(stripped).matches()
                    || HEADING.matcher(VietnameseText.accentFreeKey(stripped)).matches() || isCapitalsOnly(stripped)) {
                continue;
            }
            lines.add(stripped);
        }
        return lines;
    }

    /** A heading line: the issuer's name, "BÁO CÁO"; written in capitals only. */
    private static boolean isCapitalsOnly(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(java.util.Locale.ROOT))
                && line.split("\\s+").length <= 12;
    }

    /** The text cut at the last word that fits in {@code max} characters, with "…" when something was left out. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf(' ', max - 1);
        String head = (end <= max / 2 ? text.substring(0, max - 1) : text.substring(0, end)).strip();
        return head.replaceAll("[\\s,;:.\\-–]+$", "") + "…";
    }
}

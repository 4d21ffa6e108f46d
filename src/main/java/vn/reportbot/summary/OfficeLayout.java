package vn.reportbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * How the office that issued a dispatch writes its own documents, read from the dispatch: the Party layout (guidance
 * 36-HD/VPTW) for a Party body, the state layout (Decree 30/2020/NĐ-CP, which the Front follows) otherwise; the
 * header lines of the issuing body, the number line of a report left for staff to fill, the signature's authority
 * prefix.
 *
 * @param party        whether the Party layout applies
 * @param headerLines  the issuer block, parent body first, upper case ({@code HUYỆN ỦY HẢI HẬU}, {@code BAN DÂN VẬN});
 *                     the last line is the issuing body, set bold
 * @param numberLine   {@code Số:      /BC-MTTQ-BTT} or {@code Số      -BC/BDVHU}
 * @param authority    the line above the title in the signature ({@code TM. BAN THƯỜNG TRỰC}, {@code KT. TRƯỞNG BAN});
 *                     empty when the head signs
 * @param title        the signer's title ({@code PHÓ CHỦ TỊCH}); may be empty
 */
record OfficeLayout(boolean party, List<String> headerLines, String numberLine, String authority, String title) {

    private static final Pattern PARTY_NUMBER = Pattern.compile("^\\d+-[\\p{L}]+/.+");
    private static final Pattern PARTY_BODY = Pattern.compile(
            "\\b(?:Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|Chi bộ|Ban Chấp hành Đảng bộ)\\b",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Where the parent body starts in an issuer name whose first words name a part of it. */
    private static final Pattern PARENT = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:Ủy ban|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|Đảng ủy|Hội |Đoàn |Mặt trận|Liên đoàn|UBND|HĐND)\\b)");
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "\\s+(?=(?:huyện|tỉnh|xã|thị trấn|thị xã|thành phố|quận|phường)\\s+\\p{Lu})");
    private static final List<String> COLLECTIVE = List.of("Ban Thường trực", "Ban Thường vụ", "Ban Chấp hành",
            "Thường trực", "Ủy ban nhân dân", "Đảng ủy", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy");
    private static final Pattern TYPE_PREFIX = Pattern.compile("^(?:CV|KH|TB|HD|BC|KL|TT|CT|QĐ|NQ|GM|CTr|TTr|PA|ĐA)-");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("CV", "Công văn"),
            Map.entry("KH", "Kế hoạch"), Map.entry("TB", "Thông báo"), Map.entry("HD", "Hướng dẫn"),
            Map.entry("KL", "Kết luận"), Map.entry("TT", "Thông tri"), Map.entry("CT", "Chỉ thị"),
            Map.entry("NQ", "Nghị quyết"), Map.entry("QĐ", "Quyết định"), Map.entry("CTr", "Chương trình"),
            Map.entry("CĐ", "Công điện"));

    /** The layout of the body that issued a dispatch with that number, issuer name and signer's title. */
    static OfficeLayout of(String number, String issuer, String signerTitle) {
        String name = VietnameseText.collapseSpaces(issuer == null ? "" : issuer);
        boolean party = PARTY_NUMBER.matcher(number == null ? "" : number).matches() || PARTY_BODY.matcher(name).find();
        List<String> header = new ArrayList<>();
        String part = "";
        String parent = name;
        Matcher split = PARENT.matcher(name);
        if (split.find()) {
            part = name.substring(0, split.start());
            parent = name.substring(split.end());
        }
        if (party) {
            header.add(upper(parent));
        } else {
            for (String line : ADMINISTRATIVE.split(parent, 2)) {
                header.add(upper(line));
            }
        }
        if (!part.isEmpty()) {
            header.add(upper(part));
        }
        String body = part.isEmpty() ? parent : part;
        String title = signerTitle == null ? "" : VietnameseText.collapseSpaces(signerTitle).toUpperCase(Locale.ROOT);
        return new OfficeLayout(party, List.copyOf(header), numberLine(number, party), authority(body, title, party),
                title);
    }

    private static String numberLine(String number, boolean party) {
        String symbol = number == null || number.indexOf('/') < 0 ? "" : number.substring(number.indexOf('/') + 1);
        symbol = TYPE_PREFIX.matcher(symbol).replaceFirst("");
        String gap = "\u00A0".repeat(6);
        return party ? "Số" + gap + "-BC/" + symbol : "Số:" + gap + "/BC-" + symbol;
    }

    private static String authority(String body, String title, boolean party) {
        for (String collective : COLLECTIVE) {
            if (VietnameseText.toneInsensitiveKey(body).startsWith(VietnameseText.toneInsensitiveKey(collective))) {
                return (party ? "T/M " : "TM. ") + upper(body);
            }
        }
        if (title.startsWith("PHÓ ")) {
            return (party ? "K/T " : "KT. ") + title.substring(4);
        }
        return "";
    }

    /** The kind of document a number stands for, by its type letters: {@code Công văn} for {@code 22-CV/BDVHU}. */
    static String documentKind(String number) {
        if (number != null) {
            Matcher party = Pattern.compile("^\\d+-(\\p{L}+)/").matcher(number);
            Matcher state = Pattern.compile("^\\d+/(\\p{L}+)-").matcher(number);
            String type = party.find() ? party.group(1) : state.find() ? state.group(1) : "";
            if (TYPES.containsKey(type)) {
                return TYPES.get(type);
            }
        }
        return "Công văn";
    }

    /**
     * The bodies the dispatch says the consolidated report goes to ({@code để tổng hợp, báo cáo Ban Thường vụ Huyện ủy
     * và Ban Dân vận Tỉnh ủy}); empty when it names none ({@code … báo cáo theo quy định}).
     */
    static List<String> levelAbove(String text) {
        Matcher m = Pattern.compile("tổng hợp,?\\s+(?:và\\s+)?báo cáo\\s+(?:về\\s+|lên\\s+|cho\\s+)?([^.;(]+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(VietnameseText.collapseSpaces(text));
        List<String> bodies = new ArrayList<>();
        while (m.find()) {
            for (String piece : m.group(1).split(",|\\s+và\\s+")) {
                String body = piece.strip();
                if (!body.isEmpty() && Character.isUpperCase(body.codePointAt(0)) && !bodies.contains(body)) {
                    bodies.add(body);
                }
            }
        }
        return bodies;
    }

    /** The same body one level up, where a district body reports: {@code … huyện Bác Ái} becomes {@code … tỉnh}. */
    static String parentLevel(String issuer) {
        String name = VietnameseText.collapseSpaces(issuer == null ? "" : issuer);
        if (name.matches(".*\\bhuyện\\s+\\p{Lu}.*")) {
            return name.replaceFirst("\\bhuyện\\s+\\p{Lu}.*$", "tỉnh");
        }
        if (name.contains("Huyện ủy")) {
            return name.replaceFirst("Huyện ủy.*$", "Tỉnh ủy");
        }
        return "";
    }

    /** {@code ngày 05 tháng 12 năm 2026}: days 1–9 and months 1–2 with a leading zero. */
    static String longDate(LocalDate day) {
        String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String m = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return "ngày " + d + " tháng " + m + " năm " + day.getYear();
    }

    /** {@code 16/9/2021}, as dispatches cite dates. */
    static String shortDate(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

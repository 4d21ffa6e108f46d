package vn.reportbot.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.reportbot.text.VietnameseText;

/**
 * A district office made up for the bench: its directory entry with {@code units} communes and towns, and the
 * dispatch (công văn) it sent them, as the service reads both. Names are composed from common Vietnamese
 * commune-name syllables; addresses are under {@code bench.example}.
 */
final class GeneratedDistrict {

    static final String OFFICE_ID = "ninh-son-mttq";
    static final String OFFICE_NAME = "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Ninh Sơn";
    static final String MAILBOX = "mttq.ninhson@bench.example";
    static final String DISPATCH_NUMBER = "412/MTTQ-BTT";
    static final String DISPATCH_NUMERAL = "412";

    private static final List<String> FIRST = List.of("Phước", "Tân", "Xuân", "Hải", "Nghĩa", "Quảng", "Thanh", "Vĩnh",
            "Mỹ", "Long", "Phú", "Cát", "Đức", "Gia", "Kim", "Lạc", "Nhơn", "Quế", "Sơn", "Triệu");
    private static final List<String> SECOND = List.of("Đại", "Bình", "Hòa", "Tiến", "Thắng", "Thành", "Lợi", "Phong",
            "Hưng", "Hà", "Lâm", "Thịnh", "Châu", "Minh", "An", "Lộc", "Trung", "Đông", "Tây", "Nam");

    /** One unit of the office: its id, its name as written, its one registered address and its place name. */
    record Commune(String id, String name, String email, String place) {
    }

    private final List<Commune> communes;
    private final LocalDate issuedOn;

    GeneratedDistrict(int units, LocalDate today) {
        this.issuedOn = today.minusDays(7);
        List<Commune> list = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            int round = i / (FIRST.size() * SECOND.size());
            String place = FIRST.get(i % FIRST.size()) + " " + SECOND.get((i / FIRST.size()) % SECOND.size())
                    + (round == 0 ? "" : " " + (round + 1));
            String slug = VietnameseText.accentFreeKey(place).replace(' ', '-');
            String kind = i % 17 == 16 ? "Thị trấn " : "Xã ";
            list.add(new Commune(slug, kind + place, "mttq." + slug.replace("-", "") + "@bench.example", place));
        }
        this.communes = List.copyOf(list);
    }

    List<Commune> communes() {
        return communes;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    /** The directory file: this one office, its staff and its units. */
    String directoryYaml() {
        StringBuilder yml = new StringBuilder("""
                offices:
                  - id: %s
                    name: %s
                    mailbox: %s
                    staff:
                      - name: Trần Thị Mai
                        email: mai.tt@ninhson.bench.example
                    units:
                """.formatted(OFFICE_ID, OFFICE_NAME, MAILBOX));
        for (Commune c : communes) {
            yml.append("      - id: ").append(c.id()).append('\n')
                    .append("        name: ").append(c.name()).append('\n')
                    .append("        emails: [").append(c.email()).append("]\n")
                    .append("        aliases: [").append(VietnameseText.accentFreeKey(c.place())).append("]\n");
        }
        return yml.toString();
    }

    /** The dispatch every message answers, in the state/Front layout, due a month after it was issued. */
    String dispatchText() {
        return dispatchText(Integer.parseInt(DISPATCH_NUMERAL), "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc");
    }

    /**
     * Another dispatch of the office, numbered {@code numeral}/MTTQ-BTT, on {@code subject} (the words after "V/v"),
     * with the same tasks and due day: an office has several open at once.
     */
    String dispatchText(int numeral, String subject) {
        LocalDate due = issuedOn.plusDays(37);
        return """
                ỦY BAN MTTQ VIỆT NAM
                HUYỆN NINH SƠN
                BAN THƯỜNG TRỰC

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                Số: %s /MTTQ-BTT

                Ninh Sơn, ngày %d tháng %d năm %d

                V/v %s
                ở khu dân cư năm %d

                Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn.

                Thực hiện Hướng dẫn số 27/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam huyện đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn thực hiện một số nội dung sau:

                1. Phối hợp với chính quyền cùng cấp xây dựng kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả các khu dân cư, bảo đảm thiết thực, tiết kiệm.

                2. Tổ chức biểu dương, khen thưởng các gia đình, cá nhân tiêu biểu trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".

                3. Vận động Nhân dân ủng hộ Quỹ "Vì người nghèo", hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo.

                4. Báo cáo kết quả thực hiện về Ban Thường trực Ủy ban MTTQ Việt Nam huyện (qua địa chỉ email: %s) trước ngày %s.

                Nơi nhận:

                - Như Kính gửi;
                - Thường trực Huyện ủy;
                - Lưu VT.

                TM. BAN THƯỜNG TRỰC
                CHỦ TỊCH



                Lê Văn Hùng
                """.formatted(numeral, issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear(),
                subject, issuedOn.getYear(), MAILBOX, due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear());
    }
}

package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.DispatchTask;

class TaskMentionFinderTests {

    private final TaskMentionFinder finder = new TaskMentionFinder();

    private static List<DispatchTask> seed319() throws IOException {
        return new DispatchParser().parse(Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"),
                StandardCharsets.UTF_8)).tasks();
    }

    @Test
    void aReportNumberedAsTheDispatchIsCountedForEveryTaskItNumbersHoweverItWordsThem() throws IOException {
        String report = String.join("\n",
                "BÁO CÁO",
                "Kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021",
                "1. Ban Thường trực đã phối hợp với các tổ chức thành viên tổ chức 12 buổi tuyên truyền tại các thôn,"
                        + " có 350 lượt người tham gia. Nội dung tuyên truyền tập trung vào tinh thần “chống dịch như"
                        + " chống giặc”. Các chi hội đã phát 600 tờ rơi đến từng hộ gia đình.",
                "2. Vận động 1.250 hộ đăng ký tham gia phong trào thi đua bảo vệ “vùng xanh”; thành lập 6 tổ tự quản"
                        + " tại các thôn.",
                "3. Tổ giám sát Covid cộng đồng hoạt động thường xuyên, đã phát hiện và báo cáo 3 trường hợp từ vùng"
                        + " dịch về địa phương.",
                "4. Đã triển khai giấy xác nhận đi lại cho 15 cán bộ, công chức có hộ khẩu ngoài huyện.",
                "5. Thực hiện chế độ thông tin, báo cáo hằng tuần về Ban Thường trực Ủy ban MTTQ Việt Nam huyện.");

        assertThat(finder.find(report, seed319())).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aReportOfSomeTasksByNumberLeavesTheOthersOut() throws IOException {
        assertThat(finder.find("MTTQ xã báo cáo nội dung 1 và 2 như sau: đã tuyên truyền 12 buổi.", seed319()))
                .containsExactly(1, 2);
    }

    @Test
    void headingsNumberedAfterTheReportsOwnPlanDoNotCountAsTheDispatchsTasks() throws IOException {
        String report = String.join("\n",
                "1. Tình hình chung",
                "2. Kết quả đạt được",
                "3. Khó khăn, vướng mắc",
                "4. Kiến nghị, đề xuất");

        assertThat(finder.find(report, seed319())).isEmpty();
    }

    @Test
    void romanNumeralsFollowTheDispatchsNumberingToo() throws IOException {
        List<DispatchTask> tasks = new DispatchParser().parse(Files.readString(
                Path.of("config/dispatches/22-CV-BDVHU-hai-hau.txt"), StandardCharsets.UTF_8)).tasks();
        String report = String.join("\n",
                "I. Khối dân vận đã tham mưu Đảng ủy tổ chức 2 hội nghị quán triệt Kết luận số 07-KL/TW.",
                "II. Phối hợp với MTTQ và các đoàn thể tổ chức 14 buổi tuyên truyền tại 9 tổ dân phố; vận động nhân dân"
                        + " không tổ chức tập trung đông người.",
                "III. Phân công 25 cán bộ khối dân vận bám sát địa bàn, hỗ trợ 37 hộ có hoàn cảnh khó khăn.",
                "IV. Khối dân vận sẽ tiếp tục báo cáo thường xuyên về Ban Dân vận Huyện ủy.");

        assertThat(finder.find(report, tasks)).containsExactly(1, 2, 3, 4);
    }
}

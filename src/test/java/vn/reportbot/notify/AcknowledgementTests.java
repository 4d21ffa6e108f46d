package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.report.ReportAccepted;
import vn.reportbot.templates.RenderedMail;
import vn.reportbot.templates.TemplateRenderer;

/**
 * The acknowledgement answers in the unit's own conversation, says which numbered tasks were recorded and which are
 * still due, and addresses the unit as the dispatch addressed it; rendered from the shipped templates with the model
 * {@link AcknowledgementQueuer} builds.
 */
class AcknowledgementTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Directory DIRECTORY = DirectoryLoader.load(Path.of("config/directory.yml"));
    private static final Office BAC_AI = DIRECTORY.requireOffice("bac-ai-mttq");
    private static final Unit PHUOC_DAI = BAC_AI.unit("phuoc-dai").orElseThrow();
    private static final List<DispatchTask> FIVE_TASKS = List.of(new DispatchTask(1, "Tuyên truyền"),
            new DispatchTask(2, "Vận động"), new DispatchTask(3, "Giám sát"), new DispatchTask(4, "Giấy đi lại"),
            new DispatchTask(5, "Báo cáo"));
    private static final KnownDispatch SEED_319 = new KnownDispatch(1, "bac-ai-mttq", "319/MTTQ-BTT",
            LocalDate.of(2021, 9, 16), "Tăng cường tuyên truyền", null, FIVE_TASKS, null,
            List.of("Ban Thường trực Ủy ban MTTQVN các xã"));

    private final TemplateRenderer templates = new TemplateRenderer(Path.of("templates"));

    private RenderedMail render(Unit unit, KnownDispatch dispatch, List<Integer> recorded, List<Integer> due, String subject) {
        ReportAccepted accepted = new ReportAccepted(7, "bac-ai-mttq", unit.id(), dispatch, recorded, "",
                "mttq.phuocdai@gmail.com", "<r1@mail.gmail.com>", OffsetDateTime.parse("2021-09-20T08:15:00+07:00"),
                List.of(), recorded, due, subject, List.of());
        return templates.render("acknowledgement", AcknowledgementQueuer.model(BAC_AI, unit, accepted, VIETNAM));
    }

    @Test
    void aPartialReportIsAcknowledgedWithWhatIsStillDueToTheCommunesStandingCommittee() {
        RenderedMail mail = render(PHUOC_DAI, SEED_319, List.of(1, 2), List.of(3, 4, 5),
                "Báo cáo kết quả thực hiện CV 319/MTTQ-BTT");

        assertThat(mail.subject()).isEqualTo("Re: Báo cáo kết quả thực hiện CV 319/MTTQ-BTT");
        assertThat(mail.text()).startsWith("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại.")
                .contains("Hệ thống đã ghi nhận nội dung 1, 2; còn nội dung 3, 4, 5 chưa báo cáo.");
        assertThat(mail.html()).contains("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại.")
                .contains("đã ghi nhận nội dung <strong>1, 2</strong>; còn nội dung <strong>3, 4, 5</strong> chưa báo cáo");
    }

    @Test
    void theReportThatCompletesTheTasksSaysAllIsReported() {
        RenderedMail mail = render(PHUOC_DAI, SEED_319, List.of(3, 4, 5), List.of(), "Bổ sung báo cáo CV 319");

        assertThat(mail.text()).contains("Hệ thống đã ghi nhận nội dung 3, 4, 5; đơn vị đã báo cáo đủ các nội dung của công văn.")
                .doesNotContain("chưa báo cáo");
    }

    @Test
    void aDispatchWithoutNumberedTasksIsAcknowledgedAsAWhole() {
        KnownDispatch unnumbered = new KnownDispatch(2, "bac-ai-mttq", "330/MTTQ-BTT", null, "Báo cáo nhanh", null,
                List.of(), null, List.of("Ban Thường trực Ủy ban MTTQVN các xã"));

        RenderedMail mail = render(PHUOC_DAI, unnumbered, List.of(), List.of(), "Báo cáo nhanh");

        assertThat(mail.text()).contains("Công văn số 330/MTTQ-BTT").doesNotContain("nội dung 1", "chưa báo cáo", "đủ các nội dung");
    }

    @Test
    void theSubjectAnswersTheUnitsOwnAsMailProgramsDo() {
        assertThat(render(PHUOC_DAI, SEED_319, List.of(1), List.of(2), "RE: Báo cáo CV 319").subject())
                .as("not doubled").isEqualTo("RE: Báo cáo CV 319");
        assertThat(render(PHUOC_DAI, SEED_319, List.of(1), List.of(2), "TL: Báo cáo CV 319").subject())
                .as("Outlook in Vietnamese").isEqualTo("TL: Báo cáo CV 319");
        assertThat(render(PHUOC_DAI, SEED_319, List.of(1), List.of(2), "Fwd: Báo cáo CV 319").subject())
                .isEqualTo("Re: Fwd: Báo cáo CV 319");
        assertThat(render(PHUOC_DAI, SEED_319, List.of(1), List.of(2), "Re: Nhắc báo cáo Công văn số 319/MTTQ-BTT [RB-K7Q2M]")
                .subject()).as("the outbox adds a token of its own").isEqualTo("Re: Nhắc báo cáo Công văn số 319/MTTQ-BTT");
        assertThat(render(PHUOC_DAI, SEED_319, List.of(1), List.of(2), "  ").subject())
                .as("a report without a subject").isEqualTo("Đã nhận báo cáo của Xã Phước Đại về Công văn số 319/MTTQ-BTT");
    }

    @Test
    void aDirectoryEntrysAddresseeOverridesTheDispatchs() {
        Unit addressed = new Unit("phuoc-dai", "bac-ai-mttq", "Xã Phước Đại", List.of("mttq.phuocdai@gmail.com"), List.of(),
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phước Đại");

        assertThat(render(addressed, SEED_319, List.of(1), List.of(2), "Báo cáo").text())
                .startsWith("Kính gửi: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phước Đại.");
    }

    @Test
    void theAnswerReferencesTheUnitsConversationAndItsReport() {
        assertThat(AcknowledgementQueuer.references(List.of("<a@x>", "<b@x>"), "<r@x>"))
                .containsExactly("<a@x>", "<b@x>", "<r@x>");
        assertThat(AcknowledgementQueuer.references(List.of(), null)).isEmpty();
        List<String> long20 = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "<m" + i + "@x>").toList();
        assertThat(AcknowledgementQueuer.references(long20, "<r@x>")).hasSize(12).startsWith("<m1@x>").endsWith("<m20@x>", "<r@x>");
    }
}

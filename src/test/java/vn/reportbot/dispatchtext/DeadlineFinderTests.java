package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineFinderTests {

    private static final LocalDate ISSUED = LocalDate.of(2021, 9, 10);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "báo cáo trước ngày 30/9/2021 để tổng hợp | 2021-09-30",
            "gửi về trước 16 giờ 00 ngày 20/9/2021. | 2021-09-20",
            "báo cáo chậm nhất ngày 25/9/2021 | 2021-09-25",
            "gửi trước 15 giờ 00, ngày 13/9/2021 | 2021-09-13",
            "chậm nhất 10h00' ngày 27/4/2022 | 2022-04-27",
            "trước 14h00 ngày 28/9/2021 | 2021-09-28",
            "báo cáo trước ngày 20/9 | 2021-09-20",
            "báo cáo trước ngày 20/09 | 2021-09-20",
            "Trước ngày 20-9-2021 các xã gửi | 2021-09-20",
            "thời hạn: ngày 20 tháng 9 năm 2021 | 2021-09-20",
            "hạn chót 21/9/2021 | 2021-09-21",
            "gửi báo cáo trong ngày 15/9/2021 | 2021-09-15",
            "trước ngày 5/1 | 2022-01-05",
    })
    void findsTheReportingDate(String text, LocalDate expected) {
        assertThat(DeadlineFinder.find(text, ISSUED)).contains(expected);
    }

    @Test
    void citedDocumentsDatesAreNotDeadlines() {
        assertThat(DeadlineFinder.find("Thực hiện Công văn số 69-CV/BDVTU, ngày 23/7/2021 của Ban Dân vận Tỉnh ủy;"
                + " hạn chế tập trung đông người; hằng tháng (trước ngày 25)", ISSUED)).isEmpty();
    }

    @Test
    void aDateWithoutYearNeedsTheDispatchDate() {
        assertThat(DeadlineFinder.find("chậm nhất ngày 5/11", null)).isEmpty();
    }

    @Test
    void anImpossibleDateIsSkippedForTheNextOne() {
        assertThat(DeadlineFinder.find("trước ngày 31/9/2021, nhắc lại: trước ngày 30/9/2021", ISSUED))
                .contains(LocalDate.of(2021, 9, 30));
    }
}

package vn.reportbot.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import vn.reportbot.dispatch.DispatchCorrection;
import vn.reportbot.dispatch.DispatchCorrector;
import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.report.ReportLog;

/** {@code PATCH /api/dispatches/{id}} hands what it is given to correct to the corrector, and refuses the rest. */
class DispatchControllerCorrectionTests {

    private final DispatchCorrector corrector = mock(DispatchCorrector.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new DispatchController(mock(DispatchImporter.class), corrector, mock(DispatchOverview.class),
                    mock(ReportLog.class), mock(OfficeScope.class), new WebProperties(new WebProperties.Admin("admin", null),
                    java.util.List.of())))
            .setControllerAdvice(new ApiExceptionHandler()).build();

    private static DispatchJson corrected(LocalDate deadline) {
        return new DispatchJson(7L, "325.docx", "325/MTTQ-BTT", LocalDate.of(2021, 10, 5), "Bác Ái", "bac-ai-mttq",
                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái", "Vận động ủng hộ", List.of(), List.of(), 0, null,
                deadline, null, null, null, List.of());
    }

    @Test
    void aNewDeadlineIsHandedOnAndTheCorrectedDispatchAnswered() throws Exception {
        when(corrector.correct(eq(7L), any())).thenReturn(Optional.of(corrected(LocalDate.of(2021, 10, 25))));

        mvc.perform(patch("/api/dispatches/7").contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"2021-10-25\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2021-10-25"));
        verify(corrector).correct(7L, new DispatchCorrection(null, true, LocalDate.of(2021, 10, 25), null));
    }

    @Test
    void aNullDeadlineRemovesItAndTasksReplaceTheParsedOnes() throws Exception {
        when(corrector.correct(eq(7L), any())).thenReturn(Optional.of(corrected(null)));

        mvc.perform(patch("/api/dispatches/7").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deadline\":null,\"subject\":\"Vận động ủng hộ\",\"tasks\":[{\"ordinal\":1,\"text\":\"Vận động\"}]}"))
                .andExpect(status().isOk());
        verify(corrector).correct(7L, new DispatchCorrection("Vận động ủng hộ", true, null,
                List.of(new DispatchTask(1, "Vận động"))));
    }

    @Test
    void closedTrueClosesTheDispatchTodayInTheNameOfTheLoggedInUserAndAnswersItClosed() throws Exception {
        when(corrector.correct(eq(7L), any())).thenReturn(Optional.of(corrected(null).withLife(LocalDate.of(2021, 10, 8), false)));

        mvc.perform(patch("/api/dispatches/7").principal(() -> "ben.nv").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closed\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedOn").value("2021-10-08"))
                .andExpect(jsonPath("$.open").value(false));
        verify(corrector).correct(7L, new DispatchCorrection(null, false, null, null,
                DispatchCorrection.Closing.today("ben.nv")));
    }

    @Test
    void closedWithADateClosesItFromThatDayAndFalseReopensIt() throws Exception {
        when(corrector.correct(eq(7L), any())).thenReturn(Optional.of(corrected(null).withLife(null, true)));

        mvc.perform(patch("/api/dispatches/7").principal(() -> "hoa.pt").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closed\":\"2026-12-31\"}"))
                .andExpect(status().isOk());
        verify(corrector).correct(7L, new DispatchCorrection(null, false, null, null,
                DispatchCorrection.Closing.from(LocalDate.of(2026, 12, 31), "hoa.pt")));

        mvc.perform(patch("/api/dispatches/7").principal(() -> "hoa.pt").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closed\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedOn").doesNotExist())
                .andExpect(jsonPath("$.open").value(true));
        verify(corrector).correct(7L, new DispatchCorrection(null, false, null, null,
                DispatchCorrection.Closing.reopen("hoa.pt")));
    }

    @Test
    void closedWithAnythingElseIs400WithWhatItMayBe() throws Exception {
        String expected = "closed must be true (closed from today), an ISO date such as 2026-12-31 (closed from that"
                + " day) or false (reopened), not ";
        for (String bad : new String[] {"\"31/12/2026\"", "\"yes\"", "1", "null", "{}"}) {
            mvc.perform(patch("/api/dispatches/7").contentType(MediaType.APPLICATION_JSON).content("{\"closed\":" + bad + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value(expected + bad));
        }
        verifyNoInteractions(corrector);
    }

    @Test
    void anUnknownDispatchIs404() throws Exception {
        when(corrector.correct(eq(99L), any())).thenReturn(Optional.empty());

        mvc.perform(patch("/api/dispatches/99").contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"x\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("no dispatch 99"));
    }

    @Test
    void whatCannotBeCorrectedAndAMalformedDateAre400WithTheReason() throws Exception {
        mvc.perform(patch("/api/dispatches/7").contentType(MediaType.APPLICATION_JSON).content("{\"issuer\":\"UBND\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("'issuer' cannot be corrected; fields: cadence, closed, deadline, number,"
                        + " subject, tasks"));
        mvc.perform(patch("/api/dispatches/7").contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"20/10/2021\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("deadline must be an ISO date such as 2021-10-20, or null"));
        mvc.perform(patch("/api/dispatches/7").contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("subject must not be blank"));
        verifyNoInteractions(corrector);
    }
}

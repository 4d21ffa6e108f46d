package vn.reportbot.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import vn.reportbot.dispatch.DispatchCorrector;
import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.documents.UnreadableDocumentException;
import vn.reportbot.report.ReportLog;

/** The upload endpoint hands any file to the importer and answers 422 with the reason when it cannot be read. */
class DispatchControllerUploadTests {

    private final DispatchImporter importer = mock(DispatchImporter.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new DispatchController(importer, mock(DispatchCorrector.class), mock(DispatchOverview.class),
                    mock(ReportLog.class), mock(OfficeScope.class), new WebProperties(new WebProperties.Admin("admin", null),
                    java.util.List.of())))
            .setControllerAdvice(new ApiExceptionHandler()).build();

    @Test
    void aScannedPdfIsRefusedWith422AndTheReason() throws Exception {
        byte[] scan = {'%', 'P', 'D', 'F', '-'};
        String reason = "scanned PDF: no text layer on its 2 pages; send the Word file or a PDF with text";
        when(importer.importFile(eq("cv-1245.pdf"), any(), eq(Optional.empty())))
                .thenThrow(new UnreadableDocumentException(reason));

        mvc.perform(multipart("/api/dispatches").file(new MockMultipartFile("file", "cv-1245.pdf", "application/pdf", scan)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value(reason));
        verify(importer).importFile(eq("cv-1245.pdf"), eq(scan), eq(Optional.empty()));
    }

    @Test
    void aWordFileIsHandedToTheImporterWithItsNameBytesAndOffice() throws Exception {
        byte[] docx = {'P', 'K', 3, 4};
        when(importer.importFile(any(), any(), any())).thenThrow(new UnreadableDocumentException("damaged .docx"));

        mvc.perform(multipart("/api/dispatches").file(new MockMultipartFile("file", "CV 1245.docx", null, docx))
                        .param("office", "hai-hau-ubnd"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("damaged .docx"));
        verify(importer).importFile(eq("CV 1245.docx"), eq(docx), eq(Optional.of("hai-hau-ubnd")));
    }
}

package vn.reportbot.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;

/**
 * Opens a .docx or .xlsx that {@link ZipGuard} has already inflated and bounded. POI's own zip-bomb check (a part
 * may not expand more than a hundred times) is left on for the JVM, as POI sets it, and turned off for this one
 * stream only: the repetitive XML of an ordinary long table compresses more than a hundred to one, and ZipGuard has
 * bounded what the whole archive expands to, with a reason staff can read.
 */
final class OoxmlPackage {

    private OoxmlPackage() {
    }

    /** The package; call only after {@link ZipGuard#inspect} accepted the same bytes. */
    static OPCPackage open(byte[] bytes) throws IOException, InvalidFormatException {
        ZipArchiveThresholdInputStream zip = new ZipArchiveThresholdInputStream(
                new ZipArchiveInputStream(new ByteArrayInputStream(bytes)));
        zip.setGuardState(false);
        return OPCPackage.open(new ZipInputStreamZipEntrySource(zip));
    }
}

package vn.reportbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;

/** Reads a dispatch file's text with {@link DocumentTextReader}: .txt, .docx, .doc, .pdf, .odt; anything else is refused with a reason. */
public final class DocumentText {

    private static final DocumentTextReader READER = new DocumentTextReader();

    private DocumentText() {
    }

    static String read(Path file) throws IOException {
        try {
            return READER.read(file.getFileName().toString(), bytes(file));
        } catch (UnreadableDocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The file's content, refused when it is over the size documents are read up to. */
    public static byte[] bytes(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > DocumentTextReader.MAX_BYTES) {
            throw new IOException("too large: more than 50 MB; documents up to 50 MB are read");
        }
        return Files.readAllBytes(file);
    }
}

package vn.reportbot.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a dispatch file's text; only UTF-8 plain text so far, anything else is refused with a reason. */
final class DocumentText {

    private DocumentText() {
    }

    static String read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) {
            throw new IOException("only plain-text (.txt) dispatches are read so far");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the file is not UTF-8 text");
        }
    }
}

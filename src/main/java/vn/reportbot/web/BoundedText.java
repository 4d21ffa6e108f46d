package vn.reportbot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Reads a request's text body up to a limit: a body that says it is longer ({@code Content-Length}) is refused before
 * a byte is read, and one that turns out longer (chunked) as soon as the limit is passed, so that at most the limit
 * is ever held in memory. Text without a charset is UTF-8.
 */
final class BoundedText {

    private BoundedText() {
    }

    static String read(HttpServletRequest request, DataSize limit) throws IOException {
        long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            throw new TextTooLargeException(limit);
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream((int) Math.min(Math.max(request.getContentLengthLong(), 0),
                max));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (kept.size() + n > max) {
                    throw new TextTooLargeException(limit);
                }
                kept.write(buffer, 0, n);
            }
        }
        return kept.toString(charsetOf(request.getContentType()));
    }

    /** Whether {@code text} (as UTF-8) is within the limit. */
    static boolean fits(String text, DataSize limit) {
        return text.length() <= limit.toBytes() && text.getBytes(StandardCharsets.UTF_8).length <= limit.toBytes();
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}

package vn.reportbot.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text recognition in page images with Tesseract 5 and its Vietnamese data ({@code tesseract-ocr},
 * {@code tesseract-ocr-vie}; {@code scripts/install-ocr.sh}), run as a process: the image on its standard input, the
 * text on its standard output, one thread (the service shares its cores), killed when it runs past its time.
 * Whether Tesseract is here is found once; without it a scan is refused with a reason that says so.
 */
public final class Ocr {

    private static final Logger log = LoggerFactory.getLogger(Ocr.class);

    /** The longest a single image may take. */
    static final long PAGE_SECONDS = 30;

    private static volatile Optional<String> version;

    private Ocr() {
    }

    /**
     * Tesseract's version when it is on the {@code PATH} with its Vietnamese data, else empty; looked up once.
     */
    public static Optional<String> available() {
        Optional<String> known = version;
        if (known == null) {
            known = lookUp();
            version = known;
        }
        return known;
    }

    /** Why a scan cannot be read here, or empty when it can. */
    public static Optional<String> missing() {
        return available().isPresent() ? Optional.empty()
                : Optional.of("Tesseract (text recognition) with its Vietnamese data is not installed on the server");
    }

    /**
     * The text Tesseract reads in one image (PNG, JPEG, TIFF…), Vietnamese with English beside it.
     *
     * @throws UnreadableDocumentException Tesseract is missing, fails, or takes longer than {@code seconds} (then
     *                                     it is killed); a thread interrupted while waiting kills it too
     */
    static String read(byte[] image, long seconds) {
        if (available().isEmpty()) {
            throw new UnreadableDocumentException("scan without text: " + missing().orElseThrow());
        }
        ProcessBuilder builder = new ProcessBuilder("tesseract", "stdin", "stdout", "-l", "vie+eng", "--psm", "3",
                "-c", "tessedit_do_invert=0")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UnreadableDocumentException("text recognition could not start: " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            Thread feeder = daemon("ocr-feed", () -> feed(process, image));
            Thread drainer = daemon("ocr-drain", () -> drain(process.getInputStream(), text));
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                stop(process);
                throw new UnreadableDocumentException("text recognition took longer than " + seconds
                        + " seconds for one page");
            }
            drainer.join(TimeUnit.SECONDS.toMillis(5));
            feeder.join(TimeUnit.SECONDS.toMillis(5));
            if (process.exitValue() != 0) {
                throw new UnreadableDocumentException("text recognition failed on an image (Tesseract exit code "
                        + process.exitValue() + "): the image may be damaged");
            }
            synchronized (text) {
                return text.toString(StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("text recognition stopped: interrupted", e);
        } finally {
            stop(process);
        }
    }

    /** Kills Tesseract (and anything it started) and waits a moment for it to be gone, so no page is read on. */
    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("Tesseract (pid {}) did not end within 5 seconds of being killed", process.pid());
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void feed(Process process, byte[] image) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(image);
        } catch (IOException e) {
            // Tesseract stopped reading: its exit code tells
        }
    }

    private static void drain(InputStream out, ByteArrayOutputStream text) {
        byte[] buffer = new byte[16 * 1024];
        try (out) {
            int n;
            while ((n = out.read(buffer)) >= 0) {
                synchronized (text) {
                    text.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process was killed
        }
    }

    private static Optional<String> lookUp() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        boolean onPath = Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "tesseract")));
        if (!onPath) {
            return Optional.empty();
        }
        try {
            Process versions = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            String first = new String(versions.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("");
            Process langs = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            List<String> languages = new String(langs.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).toList();
            versions.waitFor(10, TimeUnit.SECONDS);
            langs.waitFor(10, TimeUnit.SECONDS);
            if (!languages.contains("vie")) {
                log.warn("Tesseract is installed but without its Vietnamese data (tesseract-ocr-vie): scans are not read");
                return Optional.empty();
            }
            return Optional.of(first.replaceFirst("^tesseract\\s*", "").strip());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

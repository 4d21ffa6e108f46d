package vn.reportbot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, started as {@code java -cp … vn.reportbot.ReportbotApplication --…} from the
 * project folder, with its output in a log file. It can be killed without warning ({@link #kill}: SIGKILL, as
 * the kernel's OOM killer or a pulled plug would) or stopped as an operator would ({@link #stop}: SIGTERM).
 */
final class ServiceProcess {

    /** The exit status of a process ended by SIGKILL (128 + 9). */
    static final int KILLED = 137;

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the service with {@code arguments} (and an HTTP port of its choosing), its output going to {@code log}. */
    static ServiceProcess start(List<String> arguments, Path log) throws IOException {
        return start(List.of(), List.of(), ReportbotApplication.class.getName(), arguments, log);
    }

    /**
     * Starts {@code mainClass} (the service, or a test's launcher of it, found in {@code moreClasses} beside the
     * service's class path) with the JVM options {@code jvmOptions}, {@code arguments} and an HTTP port of its
     * choosing (unless {@code arguments} name one), its output going to {@code log}.
     */
    static ServiceProcess start(List<String> jvmOptions, List<Path> moreClasses, String mainClass, List<String> arguments,
                                Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        List<String> classpath = new ArrayList<>(moreClasses.stream().map(Path::toString).toList());
        classpath.add(ServiceClasspath.ofThisTestRun());
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classpath), mainClass));
        if (arguments.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            command.add("--server.port=0");
        }
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServiceProcess(process, log);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Lets the service run for {@code time}; fails, with the end of its log, if it exits meanwhile. */
    void runsFor(Duration time) {
        try {
            if (process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the service (pid " + process.pid() + ") exited by itself with status "
                        + process.exitValue() + "\n" + logTail(40));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the service runs", e);
        }
    }

    /** Sends SIGKILL and returns at once: no shutdown hook, no finally block, no flush runs in the service. */
    void killNow() {
        process.destroyForcibly(); // SIGKILL on Linux
    }

    /** Lets the service run for up to {@code time}; returns whether it is still running. */
    boolean stillRunsAfter(Duration time) throws InterruptedException {
        return !process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Kills the process with SIGKILL, waits for it to be gone and returns its exit status. */
    int kill() throws InterruptedException {
        killNow();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " still runs 30 s after SIGKILL");
        }
        return process.exitValue();
    }

    /** Asks the service to stop (SIGTERM) and waits for it; kills it if it has not stopped after a minute. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The exit status of the process, once it has ended (143 after SIGTERM when no shutdown hook changed it). */
    int exitValue() {
        return process.exitValue();
    }

    long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The last {@code lines} lines the service wrote, for a failure message. */
    String logTail(int lines) {
        try {
            List<String> all = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
            return log + ":\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return log + " cannot be read: " + e.getMessage();
        }
    }
}

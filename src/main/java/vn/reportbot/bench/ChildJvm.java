package vn.reportbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The command that runs a main class of this build in a JVM of its own, with the same {@code java} and the same
 * classes, and a heap of {@code -Xmx} megabytes: on this JVM's class path (the tests, an IDE), or, when this JVM runs
 * the Spring Boot jar ({@code java -jar target/reportbot.jar}), inside that jar through the loader's {@code
 * PropertiesLauncher} and {@code -Dloader.main}, since the jar's classes are nested where a plain class path does not
 * reach.
 */
final class ChildJvm {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ChildJvm() {
    }

    static List<String> command(int xmxMb, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmxMb + "m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8"));
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (isBootJar(classPath)) {
            command.add("-Dloader.main=" + main.getName());
            command.add(PROPERTIES_LAUNCHER);
        } else {
            command.add(main.getName());
        }
        command.addAll(args);
        return command;
    }

    /** A class path of one Spring Boot executable jar: its manifest names the application ({@code Start-Class}). */
    static boolean isBootJar(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}

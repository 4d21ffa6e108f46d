package vn.reportbot;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path of the service as this test run sees it: the main classes and the dependencies, without the
 * test classes. Surefire and Failsafe may hand the test JVM one jar whose manifest holds the real class path;
 * then that list is used.
 */
final class ServiceClasspath {

    private ServiceClasspath() {
    }

    static String ofThisTestRun() {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            entries = manifestClassPath(entries.get(0));
        }
        return String.join(File.pathSeparator, entries.stream().filter(e -> !Path.of(e).endsWith("test-classes")).toList());
    }

    private static List<String> manifestClassPath(String jarPath) {
        try (JarFile jar = new JarFile(jarPath)) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank()) {
                return List.of(jarPath);
            }
            List<String> out = new ArrayList<>();
            URI base = Path.of(jarPath).toAbsolutePath().getParent().toUri();
            for (String url : classPath.trim().split("\\s+")) {
                out.add(Path.of(base.resolve(url)).toString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jarPath, e);
        }
    }
}

package vn.reportbot.templates;

import vn.reportbot.system.SettingsException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders the mails from the admins' template folder. Templates are re-read when they change.
 * They can use the model and FreeMarker's built-ins, but cannot create Java objects or reach the API.
 *
 * <p>Editing is safe: every template is read at start-up, and one with a syntax error stops start-up naming its file,
 * line and column; so does one that fails to render the sample model of a mail it serves ({@link #verify}), such as
 * one using a name the model lacks. A template edited while the service runs that then fails (a syntax error, an
 * unknown name) is logged as an error, and the last version that worked is used until it is mended, so that a slip in
 * a template never holds up the reports whose mails it renders.
 *
 * <p>An office may have its own version of any file in a sub-folder named after it ({@code templates/<office-id>/}):
 * that office's mails use it, the others the shipped one. The start-up checks cover those files too, and a file there
 * that is no mail's template stops start-up naming it.
 *
 * <p>A file is taken to have changed when its content has, whatever its modification time says: a file rewritten
 * within the file system's timestamp resolution, or given back its old time, is still read again.
 */
public final class TemplateRenderer {

    /** The mails the bot sends; each needs its three template files. */
    public static final List<String> MAILS = List.of("acknowledgement", "reminder", "digest", "address-bounced",
            "announcement", "dispatch-imported", "dispatch-not-imported", "login-link");

    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);

    private final Configuration freemarker;
    private final Path folder;
    private final Map<String, Template> lastGood = new ConcurrentHashMap<>();
    private final Map<String, Check> checks = new ConcurrentHashMap<>();
    private final long checkEveryNanos;
    /** The sample models {@link #verify} was last given, by mail: what {@link #check} renders an edited file with. */
    private volatile Map<String, List<Map<String, Object>>> samples = Map.of();

    /** The content a file had when last looked at, by its SHA-256, and when that was ({@link System#nanoTime}). */
    private record Check(byte[] digest, long at) {
    }

    public TemplateRenderer(Path folder) {
        this(folder, Duration.ofSeconds(1));
    }

    /** @param checkEvery how long a template read is trusted before its file is checked for changes */
    TemplateRenderer(Path folder, Duration checkEvery) {
        this.folder = folder;
        this.checkEveryNanos = checkEvery.toNanos();
        if (!Files.isDirectory(folder)) {
            throw new SettingsException("reportbot.templates: template folder " + folder.toAbsolutePath()
                    + " does not exist");
        }
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
        } catch (IOException e) {
            throw new SettingsException("reportbot.templates: cannot read " + folder + ": " + e.getMessage(), e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.forLanguageTag("vi-VN"));
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        // FreeMarker's own check compares modification times only; this class compares contents (see current)
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.html.ftl"), html));
        for (String mail : MAILS) {
            for (String part : PARTS) {
                String name = mail + "." + part + ".ftl";
                if (!Files.isRegularFile(folder.resolve(name))) {
                    throw new SettingsException("reportbot.templates: " + folder.resolve(name) + " is missing");
                }
                load(name);
            }
        }
        for (String office : overrideFolders()) {
            for (String name : overridesIn(office)) {
                load(office + "/" + name);
            }
        }
    }

    /** The three files of each mail. */
    private static final List<String> PARTS = List.of("subject", "txt", "html");
    /** The file names a mail's templates have, for checking an office's folder. */
    private static final java.util.Set<String> FILE_NAMES = MAILS.stream()
            .flatMap(mail -> PARTS.stream().map(part -> mail + "." + part + ".ftl"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Reads a template at start-up: a syntax error stops it, naming the file, line and column. */
    private void load(String name) {
        Path file = folder.resolve(name);
        try {
            checks.put(name, new Check(digest(file), System.nanoTime()));
            lastGood.put(name, freemarker.getTemplate(name));
        } catch (ParseException e) {
            throw new SettingsException("reportbot.templates: " + syntaxError(file, e), e);
        } catch (IOException e) {
            throw new SettingsException("reportbot.templates: " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The sub-folders of the template folder, each named after an office ({@code templates/<office-id>/}), whose
     * files override the shipped ones for that office's mails; sorted.
     */
    public List<String> overrideFolders() {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new SettingsException("reportbot.templates: cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The template files an office's folder overrides; a file there that is no mail's template stops start-up
     * naming it (a misspelt name would otherwise be silently ignored).
     */
    private List<String> overridesIn(String office) {
        Path dir = folder.resolve(office);
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
            for (String name : names) {
                if (!FILE_NAMES.contains(name)) {
                    throw new SettingsException("reportbot.templates: " + dir.resolve(name) + " is not the template of"
                            + " any mail; an office's folder holds files named as in " + folder + " (NAME.subject.ftl,"
                            + " NAME.txt.ftl, NAME.html.ftl for NAME one of " + String.join(", ", MAILS) + ")");
                }
            }
            return names;
        } catch (IOException e) {
            throw new SettingsException("reportbot.templates: cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The template that renders {@code file} for the office: its own version when it has one, else the shipped one. */
    private String fileFor(String officeId, String file) {
        if (officeId == null || officeId.isBlank() || officeId.contains("/") || officeId.startsWith(".")) {
            return file;
        }
        String own = officeId + "/" + file;
        return Files.isRegularFile(folder.resolve(own)) ? own : file;
    }

    /** Renders mail {@code name} with the model, from the shipped templates. */
    public RenderedMail render(String name, Map<String, Object> model) {
        return render(null, name, model);
    }

    /**
     * Renders mail {@code name} of an office with the model: each of its three files from the office's folder
     * ({@code templates/<office-id>/}) when it is there, else from the template folder.
     *
     * @param officeId the office the mail is from, or null for the shipped templates
     */
    public RenderedMail render(String officeId, String name, Map<String, Object> model) {
        String subject = renderOne(fileFor(officeId, name + ".subject.ftl"), model).replaceAll("\\s+", " ").trim();
        return new RenderedMail(subject, renderOne(fileFor(officeId, name + ".txt.ftl"), model),
                renderOne(fileFor(officeId, name + ".html.ftl"), model));
    }

    /**
     * Renders every template of each mail against each of its sample models, as at start-up; the first that fails stops
     * with a {@link SettingsException} naming the file, line and column. No fallback: the files as they are must work.
     *
     * @param samples for each mail of {@link #MAILS}, the models it is rendered with (each variant the real code builds)
     */
    public void verify(Map<String, List<Map<String, Object>>> samples) {
        this.samples = Map.copyOf(samples);
        for (String mail : MAILS) {
            List<Map<String, Object>> models = samples.getOrDefault(mail, List.of());
            if (models.isEmpty()) {
                throw new IllegalStateException("no sample model for the mail " + mail);
            }
            for (String file : filesOf(mail)) {
                for (Map<String, Object> model : models) {
                    try {
                        process(current(file), model);
                    } catch (ParseException e) {
                        throw new SettingsException("reportbot.templates: " + syntaxError(folder.resolve(file), e), e);
                    } catch (freemarker.template.TemplateException e) {
                        TemplateException failure = renderFailure(file, e);
                        throw new SettingsException("reportbot.templates: " + failure.file() + " fails at line "
                                + failure.line() + ", column " + failure.column() + " with the sample " + mail + ": "
                                + failure.detail(), e);
                    } catch (IOException e) {
                        throw new SettingsException("reportbot.templates: " + folder.resolve(file) + " cannot be read: "
                                + e.getMessage(), e);
                    }
                }
            }
        }
    }

    /** The files that render the mail, for any office: the shipped three, then every office's own versions. */
    private List<String> filesOf(String mail) {
        List<String> files = new java.util.ArrayList<>();
        for (String part : PARTS) {
            files.add(mail + "." + part + ".ftl");
        }
        for (String office : overrideFolders()) {
            List<String> own = overridesIn(office);
            for (String part : PARTS) {
                if (own.contains(mail + "." + part + ".ftl")) {
                    files.add(office + "/" + mail + "." + part + ".ftl");
                }
            }
        }
        return files;
    }

    /**
     * The template as its file now reads: when the file was last looked at more than {@code checkEvery} ago, its content
     * is compared with what it was, and a changed file is read again.
     */
    private Template current(String file) throws IOException {
        Check check = checks.get(file);
        long now = System.nanoTime();
        if (check == null || now - check.at() >= checkEveryNanos) {
            byte[] digest = digest(folder.resolve(file));
            if (check == null || !Arrays.equals(check.digest(), digest)) {
                freemarker.removeTemplateFromCache(file);
            }
            checks.put(file, new Check(digest, now));
        }
        return freemarker.getTemplate(file);
    }

    private static byte[] digest(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TemplateException renderFailure(String file, freemarker.template.TemplateException e) {
        Path path = folder.resolve(file);
        String missing = e instanceof InvalidReferenceException ? e.getBlamedExpressionString() : null;
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String detail = e.getMessageWithoutStackTop();
        return new TemplateException("template " + path + " failed: " + detail, e, path, line, column, detail, missing);
    }

    private String renderOne(String file, Map<String, Object> model) {
        Template template = null;
        try {
            template = current(file);
            String text = process(template, model);
            lastGood.put(file, template);
            return text;
        } catch (TemplateNotFoundException | NoSuchFileException e) {
            return fallBack(file, template, model, new TemplateException("template " + folder.resolve(file) + " is missing",
                    e, folder.resolve(file), 0, 0, "the file is missing", null));
        } catch (ParseException e) {
            return fallBack(file, template, model, new TemplateException("template " + syntaxError(folder.resolve(file), e),
                    e, folder.resolve(file), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), null));
        } catch (freemarker.template.TemplateException e) {
            return fallBack(file, template, model, renderFailure(file, e));
        } catch (IOException e) {
            return fallBack(file, template, model,
                    new TemplateException("template " + folder.resolve(file) + " cannot be read: " + e.getMessage(), e));
        }
    }

    private static String process(Template template, Map<String, Object> model)
            throws freemarker.template.TemplateException, IOException {
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    /** Renders the last version of the template that worked, or throws {@code failure} when there is none. */
    private String fallBack(String file, Template failed, Map<String, Object> model, TemplateException failure) {
        Template good = lastGood.get(file);
        if (good == null || good == failed) {
            throw failure;
        }
        log.error("{}; the last version that worked is used until the template is mended", failure.getMessage());
        try {
            return process(good, model);
        } catch (freemarker.template.TemplateException | IOException e) {
            throw failure;
        }
    }

    private static String syntaxError(Path file, ParseException e) {
        return file + " has a syntax error at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                + e.getEditorMessage();
    }

    // --- editing through the templates page ---------------------------------------------------------------------

    /** Whether {@code file} is the name of one of the mails' template files ({@code NAME.subject.ftl} and so on). */
    public static boolean isTemplateFile(String file) {
        return file != null && FILE_NAMES.contains(file);
    }

    /** The three file names of a mail: subject, plain text, HTML. */
    public static List<String> filesOfMail(String mail) {
        return PARTS.stream().map(part -> mail + "." + part + ".ftl").toList();
    }

    /** The mail a template file serves ({@code acknowledgement} for {@code acknowledgement.txt.ftl}). */
    public static String mailOf(String file) {
        String stem = file.substring(0, file.length() - ".ftl".length());
        return stem.substring(0, stem.lastIndexOf('.'));
    }

    /** The sample models of a mail that {@link #verify} was given (each variant its code builds); empty before. */
    public List<Map<String, Object>> samplesOf(String mail) {
        return samples.getOrDefault(mail, List.of());
    }

    /** Whether the office has its own version of the file ({@code templates/<office-id>/file}). */
    public boolean overrides(String officeId, String file) {
        return officeId != null && !fileFor(officeId, file).equals(file);
    }

    /** What the file an office's mails use reads now: the office's own version when it has one, else the shipped one. */
    public String content(String officeId, String file) {
        requireTemplateFile(file);
        try {
            return Files.readString(folder.resolve(fileFor(officeId, file)), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException("template " + folder.resolve(fileFor(officeId, file)) + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** When the file an office's mails use was last modified on disk. */
    public java.time.Instant modifiedAt(String officeId, String file) {
        requireTemplateFile(file);
        try {
            return Files.getLastModifiedTime(folder.resolve(fileFor(officeId, file))).toInstant();
        } catch (IOException e) {
            throw new TemplateException("template " + folder.resolve(file) + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks an edited version of {@code file} (for an office, or the shipped one when {@code officeId} is null) as
     * start-up would: it must parse, and render every sample model of its mail. Nothing is written.
     *
     * @throws TemplateException the first failure, with its line, column and FreeMarker's words
     */
    public void check(String officeId, String file, String content) {
        requireTemplateFile(file);
        List<Map<String, Object>> models = samples.getOrDefault(mailOf(file), List.of());
        if (models.isEmpty()) {
            throw new IllegalStateException("no sample model for the mail " + mailOf(file) + " (verify was not run)");
        }
        Template template = parse(officeId, file, content);
        for (Map<String, Object> model : models) {
            try {
                process(template, model);
            } catch (freemarker.template.TemplateException e) {
                throw renderFailure(target(officeId, file), e);
            } catch (IOException e) {
                throw new TemplateException("template " + file + " failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Renders an office's mail (null: the shipped one) with the model, {@code file} as {@code content} reads and the
     * other files as they are: what the mail would be if the edit were saved.
     */
    public RenderedMail preview(String officeId, String file, String content, Map<String, Object> model) {
        requireTemplateFile(file);
        String mail = mailOf(file);
        Template edited = parse(officeId, file, content);
        String[] parts = new String[PARTS.size()];
        for (int i = 0; i < PARTS.size(); i++) {
            String name = mail + "." + PARTS.get(i) + ".ftl";
            try {
                parts[i] = process(name.equals(file) ? edited : current(fileFor(officeId, name)), model);
            } catch (freemarker.template.TemplateException e) {
                throw renderFailure(target(officeId, name), e);
            } catch (IOException e) {
                throw new TemplateException("template " + name + " failed: " + e.getMessage(), e);
            }
        }
        return new RenderedMail(parts[0].replaceAll("\\s+", " ").trim(), parts[1], parts[2]);
    }

    /**
     * Writes the file an office's mails use (its own version, created when it had none; null: the shipped one):
     * to a temporary file beside it, then moved over it, so that no mail is ever rendered from half a file. The next
     * mail rendered uses it. Call {@link #check} first.
     */
    public void write(String officeId, String file, String content) {
        requireTemplateFile(file);
        String name = target(officeId, file);
        Path path = folder.resolve(name);
        try {
            Files.createDirectories(path.getParent());
            Path temporary = Files.createTempFile(path.getParent(), "." + file, ".tmp");
            try {
                Files.writeString(temporary, content, java.nio.charset.StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(temporary, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new TemplateException("template " + path + " cannot be written: " + e.getMessage(), e);
        }
        try {
            checks.remove(name);
            freemarker.removeTemplateFromCache(name);
            lastGood.put(name, freemarker.getTemplate(name));
        } catch (IOException e) {
            throw new TemplateException("template " + path + " cannot be read again: " + e.getMessage(), e);
        }
    }

    /** The file's name in the folder for the office ({@code <office-id>/file}), or the shipped one's. */
    private static String target(String officeId, String file) {
        if (officeId == null) {
            return file;
        }
        if (!officeId.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not an office id: " + officeId);
        }
        return officeId + "/" + file;
    }

    private static void requireTemplateFile(String file) {
        if (!isTemplateFile(file)) {
            throw new IllegalArgumentException("not a mail's template file: " + file);
        }
    }

    /** Parses a template's text with the settings of the files (HTML-escaped output for {@code *.html.ftl}). */
    private Template parse(String officeId, String file, String content) {
        String name = target(officeId, file);
        try {
            if (file.endsWith(".html.ftl")) {
                TemplateConfiguration html = new TemplateConfiguration();
                html.setParentConfiguration(freemarker);
                html.setOutputFormat(HTMLOutputFormat.INSTANCE);
                return new Template(name, null, new java.io.StringReader(content), freemarker, html, "UTF-8");
            }
            return new Template(name, null, new java.io.StringReader(content), freemarker);
        } catch (ParseException e) {
            Path path = folder.resolve(name);
            throw new TemplateException("template " + syntaxError(path, e), e, path, e.getLineNumber(),
                    e.getColumnNumber(), e.getEditorMessage(), null);
        } catch (IOException e) {
            throw new TemplateException("template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}

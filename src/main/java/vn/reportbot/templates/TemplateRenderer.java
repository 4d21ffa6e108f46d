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
 * <p>A file is taken to have changed when its content has, whatever its modification time says: a file rewritten
 * within the file system's timestamp resolution, or given back its old time, is still read again.
 */
public final class TemplateRenderer {

    /** The mails the bot sends; each needs its three template files. */
    public static final List<String> MAILS = List.of("acknowledgement", "reminder", "digest", "address-bounced",
            "announcement", "dispatch-imported", "dispatch-not-imported");

    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);

    private final Configuration freemarker;
    private final Path folder;
    private final Map<String, Template> lastGood = new ConcurrentHashMap<>();
    private final Map<String, Check> checks = new ConcurrentHashMap<>();
    private final long checkEveryNanos;

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
            for (String part : List.of("subject", "txt", "html")) {
                Path file = folder.resolve(mail + "." + part + ".ftl");
                if (!Files.isRegularFile(file)) {
                    throw new SettingsException("reportbot.templates: " + file + " is missing");
                }
                try {
                    String name = file.getFileName().toString();
                    checks.put(name, new Check(digest(file), System.nanoTime()));
                    lastGood.put(name, freemarker.getTemplate(name));
                } catch (ParseException e) {
                    throw new SettingsException("reportbot.templates: " + syntaxError(file, e), e);
                } catch (IOException e) {
                    throw new SettingsException("reportbot.templates: " + file + " cannot be read: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Renders mail {@code name} with the model. */
    public RenderedMail render(String name, Map<String, Object> model) {
        String subject = renderOne(name + ".subject.ftl", model).replaceAll("\\s+", " ").trim();
        return new RenderedMail(subject, renderOne(name + ".txt.ftl", model), renderOne(name + ".html.ftl", model));
    }

    /**
     * Renders every template of each mail against each of its sample models, as at start-up; the first that fails stops
     * with a {@link SettingsException} naming the file, line and column. No fallback: the files as they are must work.
     *
     * @param samples for each mail of {@link #MAILS}, the models it is rendered with (each variant the real code builds)
     */
    public void verify(Map<String, List<Map<String, Object>>> samples) {
        for (String mail : MAILS) {
            List<Map<String, Object>> models = samples.getOrDefault(mail, List.of());
            if (models.isEmpty()) {
                throw new IllegalStateException("no sample model for the mail " + mail);
            }
            for (String part : List.of("subject", "txt", "html")) {
                String file = mail + "." + part + ".ftl";
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
}

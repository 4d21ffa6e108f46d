package vn.reportbot.templates;

import vn.reportbot.system.SettingsException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
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
 * line and column. A template edited while the service runs that then fails (a syntax error, an unknown name) is
 * logged as an error, and the last version that worked is used until it is mended, so that a slip in a template
 * never holds up the reports whose mails it renders.
 */
public final class TemplateRenderer {

    /** The mails the bot sends; each needs its three template files. */
    public static final List<String> MAILS = List.of("acknowledgement", "reminder", "digest", "address-bounced",
            "announcement", "dispatch-imported", "dispatch-not-imported");

    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);

    private final Configuration freemarker;
    private final Path folder;
    private final Map<String, Template> lastGood = new ConcurrentHashMap<>();

    public TemplateRenderer(Path folder) {
        this(folder, Duration.ofSeconds(1));
    }

    /** @param checkEvery how long a template read is trusted before its file is checked for changes */
    TemplateRenderer(Path folder, Duration checkEvery) {
        this.folder = folder;
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
        freemarker.setTemplateUpdateDelayMilliseconds(checkEvery.toMillis());
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
                    lastGood.put(file.getFileName().toString(), freemarker.getTemplate(file.getFileName().toString()));
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

    private String renderOne(String file, Map<String, Object> model) {
        Template template = null;
        try {
            template = freemarker.getTemplate(file);
            String text = process(template, model);
            lastGood.put(file, template);
            return text;
        } catch (TemplateNotFoundException e) {
            return fallBack(file, template, model, new TemplateException("template " + folder.resolve(file) + " is missing", e));
        } catch (ParseException e) {
            return fallBack(file, template, model, new TemplateException("template " + syntaxError(folder.resolve(file), e), e));
        } catch (freemarker.template.TemplateException e) {
            return fallBack(file, template, model,
                    new TemplateException("template " + folder.resolve(file) + " failed: " + e.getMessageWithoutStackTop(), e));
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

package vn.reportbot.templates;

import vn.reportbot.system.SettingsException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders the mails from the admins' template folder. Templates are re-read when they change.
 * They can use the model and FreeMarker's built-ins, but cannot create Java objects or reach the API.
 */
public final class TemplateRenderer {

    /** The mails the bot sends; each needs its three template files. */
    public static final List<String> MAILS = List.of("acknowledgement", "reminder", "digest", "announcement",
            "dispatch-imported", "dispatch-not-imported");

    private final Configuration freemarker;
    private final Path folder;

    public TemplateRenderer(Path folder) {
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
        freemarker.setTemplateUpdateDelayMilliseconds(1000);
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
            }
        }
    }

    /** Renders mail {@code name} with the model. */
    public RenderedMail render(String name, Map<String, Object> model) {
        String subject = renderOne(name + ".subject.ftl", model).replaceAll("\\s+", " ").trim();
        return new RenderedMail(subject, renderOne(name + ".txt.ftl", model), renderOne(name + ".html.ftl", model));
    }

    private String renderOne(String file, Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate(file);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new TemplateException("template " + folder.resolve(file) + " is missing", e);
        } catch (freemarker.template.TemplateException e) {
            throw new TemplateException("template " + folder.resolve(file) + " failed: " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new TemplateException("template " + folder.resolve(file) + " cannot be read: " + e.getMessage(), e);
        }
    }
}

package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.reportbot.templates.TemplateRenderer;

/**
 * {@code templates/README.md} documents the data model of every mail; this keeps it in step with the code, both ways:
 * every key the code gives a mail's templates (the sample models of {@link MailSamples}, built by the code that builds
 * the real mails) is documented, and every key documented is one the code gives. Nested keys are written
 * {@code list[].key} (each element of a list) and {@code map.key}.
 */
class TemplatesReadmeTests {

    private static final Path README = Path.of("templates/README.md");
    private static final Pattern SECTION = Pattern.compile("^## `([a-z-]+)`");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z0-9_.\\[\\]]+)` \\|");

    @Test
    void theReadmeDocumentsEveryMailTheBotSends() throws IOException {
        assertThat(documented().keySet()).containsExactlyInAnyOrderElementsOf(TemplateRenderer.MAILS);
    }

    @Test
    void theReadmeDocumentsEachMailsKeysExactlyAsTheCodeGivesThem() throws IOException {
        Map<String, Set<String>> documented = documented();
        for (Map.Entry<String, List<Map<String, Object>>> mail : MailSamples.all().entrySet()) {
            Set<String> given = new TreeSet<>();
            for (Map<String, Object> model : mail.getValue()) {
                collect("", model, given);
            }
            Set<String> written = documented.getOrDefault(mail.getKey(), Set.of());
            assertThat(minus(given, written)).as("keys of the mail %s that templates/README.md does not document",
                    mail.getKey()).isEmpty();
            assertThat(minus(written, given)).as("keys templates/README.md documents for the mail %s that its model"
                    + " does not have", mail.getKey()).isEmpty();
        }
    }

    @Test
    void everyDocumentedKeyHasATypeAMeaningAndAnExampleUnlessItGroupsOthers() throws IOException {
        String section = null;
        for (String line : Files.readAllLines(README)) {
            Matcher heading = SECTION.matcher(line);
            if (heading.find()) {
                section = heading.group(1);
            } else if (section != null && ROW.matcher(line).find()) {
                String[] cells = line.split("\\|", -1);
                assertThat(cells).as("%s: %s has four columns (key, type, meaning, example)", section, line).hasSize(6);
                assertThat(cells[2].strip()).as("%s: the type in %s", section, line).isNotEmpty();
                assertThat(cells[3].strip()).as("%s: the meaning in %s", section, line).isNotEmpty();
                boolean grouping = cells[2].strip().equals("list") || cells[2].strip().equals("group");
                assertThat(cells[4].strip().isEmpty()).as("%s: the example in %s (only a list or group of keys,"
                        + " whose keys follow, goes without)", section, line).isEqualTo(grouping);
            }
        }
    }

    /** The keys documented in each mail's section, by mail. */
    private static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        String section = null;
        for (String line : Files.readAllLines(README)) {
            Matcher heading = SECTION.matcher(line);
            if (heading.find()) {
                section = heading.group(1);
                keys.put(section, new TreeSet<>());
                continue;
            }
            if (line.startsWith("## ")) {
                section = null;
            }
            Matcher row = ROW.matcher(line);
            if (section != null && row.find()) {
                keys.get(section).add(row.group(1));
            }
        }
        return keys;
    }

    private static void collect(String prefix, Map<?, ?> model, Set<String> keys) {
        for (Map.Entry<?, ?> entry : model.entrySet()) {
            String key = prefix + entry.getKey();
            keys.add(key);
            if (entry.getValue() instanceof Map<?, ?> nested) {
                collect(key + ".", nested, keys);
            } else if (entry.getValue() instanceof Collection<?> list) {
                for (Object element : list) {
                    if (element instanceof Map<?, ?> nested) {
                        collect(key + "[].", nested, keys);
                    }
                }
            }
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}

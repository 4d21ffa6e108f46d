package vn.reportbot.directory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.reportbot.text.VietnameseText;

/**
 * Reads and validates {@code directory.yml}. Every problem is reported as
 * {@code FILE:LINE: what is wrong}, with the line of the offending node.
 */
public final class DirectoryLoader {

    static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Path source;
    private final Path file;
    private final Map<String, Integer> seenAddresses = new HashMap<>();
    private final Map<String, Integer> seenOfficeIds = new HashMap<>();

    private DirectoryLoader(Path source, Path file) {
        this.source = source;
        this.file = file;
    }

    public static Directory load(Path file) {
        return new DirectoryLoader(file, file).read();
    }

    /** Reads {@code source} (a changed copy about to replace {@code file}) and names {@code file} in every problem. */
    static Directory load(Path source, Path file) {
        return new DirectoryLoader(source, file).read();
    }

    private Directory read() {
        Node root;
        try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (NoSuchFileException e) {
            throw new DirectoryException(file + ": the directory file does not exist (set reportbot.directory)");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String context = "";
            if (e.getContext() != null && e.getContextMark() != null && e.getContextMark().getLine() + 1 != line) {
                context = " (" + e.getContext() + " that starts at line " + (e.getContextMark().getLine() + 1) + ")";
            }
            throw new DirectoryException(file + ":" + line + ": not valid YAML: " + e.getProblem() + context);
        } catch (YAMLException | IOException e) {
            throw new DirectoryException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new DirectoryException(file + ":1: the file is empty; expected a top-level 'offices:' list");
        }
        MappingNode top = mapping(root, "the top level");
        onlyKeys(top, "the top level", "offices");
        SequenceNode officeNodes = sequence(required(top, "offices"), "'offices'");
        if (officeNodes.getValue().isEmpty()) {
            throw problem(officeNodes, "'offices' is empty: at least one office is needed");
        }
        List<Office> offices = new ArrayList<>();
        for (Node node : officeNodes.getValue()) {
            offices.add(office(mapping(node, "an office")));
        }
        return new Directory(offices);
    }

    private Office office(MappingNode node) {
        onlyKeys(node, "an office", "id", "name", "mailbox", "staff", "units");
        String id = id(node, "office");
        Integer earlier = seenOfficeIds.putIfAbsent(id, line(node));
        if (earlier != null) {
            throw problem(node, "office id '" + id + "' is used twice (also at line " + earlier + ")");
        }
        String name = text(node, "name");
        String mailbox = address(required(node, "mailbox"));
        List<StaffMember> staff = new ArrayList<>();
        Node staffNode = optional(node, "staff");
        if (staffNode != null) {
            for (Node s : sequence(staffNode, "'staff'").getValue()) {
                MappingNode member = mapping(s, "a staff member");
                onlyKeys(member, "a staff member", "name", "email");
                staff.add(new StaffMember(text(member, "name"), address(required(member, "email"))));
            }
        }
        Node unitsNode = required(node, "units");
        List<Unit> units = new ArrayList<>();
        Set<String> unitIds = new HashSet<>();
        for (Node u : sequence(unitsNode, "'units'").getValue()) {
            MappingNode unitNode = mapping(u, "a unit");
            onlyKeys(unitNode, "a unit", "id", "name", "emails", "aliases", "addressee");
            String unitId = id(unitNode, "unit");
            if (!unitIds.add(unitId)) {
                throw problem(unitNode, "unit id '" + unitId + "' is used twice in office '" + id + "'");
            }
            List<String> emails = new ArrayList<>();
            for (Node e : scalars(required(unitNode, "emails"), "'emails'")) {
                emails.add(address(e));
            }
            if (emails.isEmpty()) {
                throw problem(unitNode, "unit '" + unitId + "' has no address under 'emails'");
            }
            List<String> aliases = new ArrayList<>();
            Node aliasNode = optional(unitNode, "aliases");
            if (aliasNode != null) {
                for (Node a : scalars(aliasNode, "'aliases'")) {
                    aliases.add(VietnameseText.collapseSpaces(scalar(a, "an alias")));
                }
            }
            String addressee = optional(unitNode, "addressee") == null ? null : text(unitNode, "addressee");
            units.add(new Unit(unitId, id, text(unitNode, "name"), emails, aliases, addressee));
        }
        return new Office(id, name, mailbox, staff, units);
    }

    private String id(MappingNode node, String what) {
        Node idNode = required(node, "id");
        String id = scalar(idNode, "'id'");
        if (!ID.matcher(id).matches()) {
            throw problem(idNode, what + " id '" + id + "' must use only a-z, 0-9 and '-'");
        }
        return id;
    }

    private String text(MappingNode node, String key) {
        Node value = required(node, key);
        String text = VietnameseText.collapseSpaces(scalar(value, "'" + key + "'"));
        if (text.isEmpty()) {
            throw problem(value, "'" + key + "' is empty");
        }
        return text;
    }

    private String address(Node node) {
        String address = scalar(node, "an email address").trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw problem(node, "'" + address + "' is not an email address");
        }
        Integer earlier = seenAddresses.putIfAbsent(address, line(node));
        if (earlier != null) {
            throw problem(node, "address '" + address + "' appears twice (also at line " + earlier
                    + "); every address must be unique in the file");
        }
        return address;
    }

    private List<Node> scalars(Node node, String what) {
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        return sequence(node, what).getValue();
    }

    private Node required(MappingNode node, String key) {
        Node value = optional(node, key);
        if (value == null) {
            throw problem(node, "'" + key + "' is missing");
        }
        return value;
    }

    /** A misspelt key ({@code alias:} for {@code aliases:}) is an error, not silently ignored. */
    private void onlyKeys(MappingNode node, String what, String... allowed) {
        java.util.List<String> keys = java.util.List.of(allowed);
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && !keys.contains(k.getValue())) {
                throw problem(k, "'" + k.getValue() + "' is not a key of " + what + "; the keys are "
                        + String.join(", ", keys));
            }
        }
    }

    private static Node optional(MappingNode node, String key) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw problem(node, "expected " + what + " as 'key: value' lines");
    }

    private SequenceNode sequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s;
        }
        throw problem(node, what + " must be a list ('- …' lines)");
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw problem(node, what + " must be a single value");
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private DirectoryException problem(Node node, String what) {
        return new DirectoryException(file + ":" + line(node) + ": " + what);
    }
}

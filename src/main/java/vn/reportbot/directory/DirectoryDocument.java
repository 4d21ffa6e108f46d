package vn.reportbot.directory;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The directory file as YAML nodes with their comments, changed in place and written out again: keys keep their
 * order, lists their style ({@code [a, b]} or {@code - a} lines), comments their place. Only a file the loader has
 * accepted is opened, so its shape is known.
 */
final class DirectoryDocument {

    private final MappingNode root;

    private DirectoryDocument(MappingNode root) {
        this.root = root;
    }

    static DirectoryDocument parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        return new DirectoryDocument((MappingNode) new Yaml(options).compose(new StringReader(text)));
    }

    String text() {
        DumperOptions options = new DumperOptions();
        options.setProcessComments(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(1000);
        options.setAllowUnicode(true);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(root, out);
        return out.toString();
    }

    MappingNode office(String officeId) {
        return byKey(sequence(root, "offices"), "id", officeId).orElseThrow();
    }

    MappingNode unit(String officeId, String unitId) {
        return byKey(sequence(office(officeId), "units"), "id", unitId).orElseThrow();
    }

    /** The office's staff member of this address. */
    MappingNode staffMember(String officeId, String email) {
        return staffList(officeId).getValue().stream().map(MappingNode.class::cast)
                .filter(m -> email.equalsIgnoreCase(scalar(m, "email").trim())).findFirst().orElseThrow();
    }

    /** The office's {@code staff:} list, made (before {@code units:}) when it has none. */
    SequenceNode staffList(String officeId) {
        MappingNode office = office(officeId);
        Node staff = value(office, "staff");
        if (staff == null) {
            SequenceNode made = new SequenceNode(Tag.SEQ, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
            int before = indexOf(office, "units");
            office.getValue().add(before < 0 ? office.getValue().size() : before, new NodeTuple(plain("staff"), made));
            return made;
        }
        return (SequenceNode) staff;
    }

    void addUnit(String officeId, String unitId, String name, String address) {
        List<NodeTuple> keys = new ArrayList<>();
        keys.add(new NodeTuple(plain("id"), plain(unitId)));
        keys.add(new NodeTuple(plain("name"), plain(name)));
        keys.add(new NodeTuple(plain("emails"), flow(List.of(address))));
        sequence(office(officeId), "units").getValue().add(new MappingNode(Tag.MAP, keys, DumperOptions.FlowStyle.BLOCK));
    }

    void addStaff(String officeId, String name, String email) {
        List<NodeTuple> keys = new ArrayList<>();
        keys.add(new NodeTuple(plain("name"), plain(name)));
        keys.add(new NodeTuple(plain("email"), plain(email)));
        staffList(officeId).getValue().add(new MappingNode(Tag.MAP, keys, DumperOptions.FlowStyle.BLOCK));
    }

    void removeStaff(String officeId, String email) {
        staffList(officeId).getValue().remove(staffMember(officeId, email));
    }

    /** Sets {@code key: value}, keeping the comment beside the old value. */
    static void put(MappingNode map, String key, String value) {
        int at = indexOf(map, key);
        ScalarNode node = plain(value);
        if (at < 0) {
            map.getValue().add(new NodeTuple(plain(key), node));
            return;
        }
        NodeTuple old = map.getValue().get(at);
        node.setInLineComments(old.getValueNode().getInLineComments());
        node.setBlockComments(old.getValueNode().getBlockComments());
        map.getValue().set(at, new NodeTuple(old.getKeyNode(), node));
    }

    /** The values of a list such as {@code emails:} or {@code aliases:} (a single value counts as a list of one). */
    static List<String> values(MappingNode map, String key) {
        Node node = value(map, key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        return ((SequenceNode) node).getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList();
    }

    /**
     * Replaces the values of a list such as {@code emails:}, in its style ({@code [a, b]} when it had none), the key
     * removed when nothing is left.
     */
    static void putValues(MappingNode map, String key, List<String> values) {
        int at = indexOf(map, key);
        if (values.isEmpty()) {
            if (at >= 0) {
                map.getValue().remove(at);
            }
            return;
        }
        if (at < 0) {
            map.getValue().add(new NodeTuple(plain(key), flow(values)));
            return;
        }
        NodeTuple old = map.getValue().get(at);
        SequenceNode list = old.getValueNode() instanceof SequenceNode s
                ? new SequenceNode(Tag.SEQ, new ArrayList<>(), s.getFlowStyle()) : flow(List.of());
        values.forEach(v -> list.getValue().add(plain(v)));
        list.setInLineComments(old.getValueNode().getInLineComments());
        list.setBlockComments(old.getValueNode().getBlockComments());
        list.setEndComments(old.getValueNode().getEndComments());
        map.getValue().set(at, new NodeTuple(old.getKeyNode(), list));
    }

    static String scalar(MappingNode map, String key) {
        return value(map, key) instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Optional<MappingNode> byKey(SequenceNode list, String key, String value) {
        return list.getValue().stream().map(MappingNode.class::cast)
                .filter(m -> value.toLowerCase(Locale.ROOT).equals(scalar(m, key))).findFirst();
    }

    private static SequenceNode sequence(MappingNode map, String key) {
        return (SequenceNode) value(map, key);
    }

    private static Node value(MappingNode map, String key) {
        int at = indexOf(map, key);
        return at < 0 ? null : map.getValue().get(at).getValueNode();
    }

    private static int indexOf(MappingNode map, String key) {
        List<NodeTuple> tuples = map.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static SequenceNode flow(List<String> values) {
        List<Node> nodes = new ArrayList<>();
        values.forEach(v -> nodes.add(plain(v)));
        return new SequenceNode(Tag.SEQ, nodes, DumperOptions.FlowStyle.FLOW);
    }
}

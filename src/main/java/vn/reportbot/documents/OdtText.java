package vn.reportbot.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text (.odt) from its {@code content.xml}: {@code text:p} and {@code text:h} as lines (a table's
 * cells one after another, a blank line after each cell), {@code text:s} as its count of spaces, {@code text:tab},
 * {@code text:line-break}; notes and annotations left out.
 */
final class OdtText {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private OdtText() {
    }

    static String read(byte[] bytes) {
        Map<String, byte[]> parts = ZipGuard.inspect(bytes, ".odt", Set.of("content.xml", "mimetype"));
        byte[] mimetype = parts.get("mimetype");
        if (mimetype != null && !new String(mimetype, StandardCharsets.US_ASCII).trim()
                .equals("application/vnd.oasis.opendocument.text")) {
            throw new UnreadableDocumentException("not an OpenDocument text: the archive is "
                    + new String(mimetype, StandardCharsets.US_ASCII).trim());
        }
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw new UnreadableDocumentException("not an OpenDocument text: the archive has no content.xml");
        }
        try {
            return text(content);
        } catch (XMLStreamException e) {
            throw new UnreadableDocumentException("damaged .odt: content.xml is not well-formed (" + e.getMessage() + ")", e);
        }
    }

    private static String text(byte[] content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
        StringBuilder out = new StringBuilder();
        int paragraphDepth = 0;
        int skipDepth = 0;
        boolean inBody = false;
        while (xml.hasNext()) {
            TimeLimit.check();
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                if (OFFICE.equals(ns) && name.equals("body")) {
                    inBody = true;
                } else if (skipDepth > 0 || (TEXT.equals(ns) && (name.equals("note") || name.equals("tracked-changes")))
                        || (OFFICE.equals(ns) && name.equals("annotation"))) {
                    skipDepth++;
                } else if (TEXT.equals(ns)) {
                    switch (name) {
                        case "p", "h" -> paragraphDepth++;
                        case "s" -> {
                            String count = xml.getAttributeValue(TEXT, "c");
                            out.append(" ".repeat(count == null ? 1 : Math.max(1, Math.min(1000, parse(count)))));
                        }
                        case "tab" -> out.append('\t');
                        case "line-break" -> out.append('\n');
                        default -> {
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String ns = xml.getNamespaceURI();
                String name = xml.getLocalName();
                if (skipDepth > 0) {
                    skipDepth--;
                } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                    paragraphDepth--;
                    out.append('\n');
                } else if (TABLE.equals(ns) && name.equals("table-cell")) {
                    out.append('\n');
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inBody
                    && skipDepth == 0 && paragraphDepth > 0) {
                out.append(xml.getText().replaceAll("[ \\t\\r\\n]+", " ")); // ODF folds white space
            }
        }
        return out.toString();
    }

    private static int parse(String count) {
        try {
            return Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

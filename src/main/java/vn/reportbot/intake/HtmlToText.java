package vn.reportbot.intake;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import vn.reportbot.text.VietnameseText;

/** Readable plain text from an HTML mail body, keeping the line structure of br, p, div, li, rows. */
final class HtmlToText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "address", "section", "article", "header", "footer", "hr", "dl", "dt", "dd");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\x0B\\f\\r\\n]+");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+\\n");
    private static final Pattern LEADING = Pattern.compile("\\n[ \\t]+");
    private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");

    private HtmlToText() {
    }

    static String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title, noscript, template").remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = SPACES.matcher(text.getWholeText()).replaceAll(" ");
                    if (s.startsWith(" ") && (out.length() == 0 || endsWithSpace(out))) {
                        s = s.substring(1);
                    }
                    out.append(s);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        newLine(out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        if (out.length() > 0 && !endsWithSpace(out)) {
                            out.append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(out);
                }
            }
        });
        String text = TRAILING.matcher(out).replaceAll("\n");
        text = LEADING.matcher(text).replaceAll("\n");
        text = MANY_BREAKS.matcher(text).replaceAll("\n\n");
        return VietnameseText.nfc(text.strip());
    }

    private static boolean endsWithSpace(StringBuilder out) {
        char last = out.charAt(out.length() - 1);
        return last == ' ' || last == '\n';
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}

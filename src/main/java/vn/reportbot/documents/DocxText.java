package vn.reportbot.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import vn.reportbot.text.LegacyVietnamese;

/**
 * A .docx with POI: paragraphs in order, tables row by row and cell by cell (each cell's paragraphs as lines, a blank
 * line after each cell), paragraph breaks kept, page breaks as blank lines, list numbers Word adds itself written out.
 * Each run is read in the light of its font (the run's own, else its paragraph style's, else the document's
 * default): a {@code .Vn*} font means TCVN3, a {@code VNI-*} font VNI.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> counters = new HashMap<>();
    private XWPFStyles styles;
    private String defaultFont;

    private DocxText() {
    }

    static String read(byte[] bytes) {
        ZipGuard.inspect(bytes, ".docx", java.util.Set.of());
        try (XWPFDocument doc = new XWPFDocument(OoxmlPackage.open(bytes))) {
            DocxText reader = new DocxText();
            reader.styles = doc.getStyles();
            if (reader.styles != null && reader.styles.getDefaultRunStyle() != null) {
                reader.defaultFont = font(reader.styles.getDefaultRunStyle().getRPr());
            }
            for (IBodyElement element : doc.getBodyElements()) {
                reader.element(element);
            }
            return reader.out.toString();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("not a Word file: the .docx cannot be opened ("
                    // as POI words it when it opens the stream itself
                    + (e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException ? e.toString() : e.getMessage())
                    + ")", e);
        }
    }

    private void element(IBodyElement element) {
        TimeLimit.check();
        if (element instanceof XWPFParagraph p) {
            paragraph(p);
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        element(inner);
                    }
                    out.append('\n');
                }
            }
        }
    }

    private void paragraph(XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getPageBreakBefore() != null) {
            out.append('\n');
        }
        String paragraphFont = styleFont(p.getStyleID());
        out.append(listNumber(p));
        for (XWPFRun run : p.getRuns()) {
            String font = font(run.getCTR().getRPr());
            if (font == null) {
                font = paragraphFont != null ? paragraphFont : defaultFont;
            }
            boolean legacy = LegacyVietnamese.forFont(font).isPresent();
            out.append(LegacyVietnamese.fromFont(runText(run, legacy), font));
        }
        out.append('\n');
    }

    /** The run's text with tabs, line and page breaks; soft hyphens only in a legacy font, where 0xAD is ư. */
    private static String runText(XWPFRun run, boolean legacyFont) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor c = run.getCTR().newCursor()) {
            if (!c.toFirstChild()) {
                return "";
            }
            do {
                if (!W.equals(c.getName().getNamespaceURI())) {
                    continue;
                }
                switch (c.getName().getLocalPart()) {
                    case "t" -> text.append(c.getTextValue());
                    case "tab", "ptab" -> text.append('\t');
                    case "cr" -> text.append('\n');
                    case "br" -> {
                        String type = attribute(c.getObject(), "type");
                        text.append("page".equals(type) ? "\n\n" : "\n");
                    }
                    case "noBreakHyphen" -> text.append('-');
                    case "softHyphen" -> {
                        if (legacyFont) {
                            text.append('\u00AD');
                        }
                    }
                    default -> {
                        // deleted text, field codes, drawings, rPr: not the text
                    }
                }
            } while (c.toNextSibling());
        }
        return text.toString();
    }

    private static String attribute(XmlObject object, String localName) {
        try (XmlCursor c = object.newCursor()) {
            String value = c.getAttributeText(new javax.xml.namespace.QName(W, localName));
            return value;
        }
    }

    /** The font of a paragraph style, following {@code basedOn}. */
    private String styleFont(String styleId) {
        int depth = 0;
        while (styleId != null && styles != null && depth++ < 10) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTStyle ct = style.getCTStyle();
            String font = font(ct.getRPr());
            if (font != null) {
                return font;
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The font Word uses for the characters 0x80–0xFF (hAnsi), else for ASCII. */
    private static String font(CTRPr rPr) {
        if (rPr == null || rPr.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = rPr.getRFontsArray(0);
        if (fonts.getHAnsi() != null) {
            return fonts.getHAnsi();
        }
        return fonts.getAscii();
    }

    /** The number Word shows before a list paragraph ({@code 1.}, {@code a)}, {@code II.}, {@code -} for a bullet). */
    private String listNumber(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        String format = p.getNumFmt();
        String levelText = p.getNumLevelText();
        if (format == null || levelText == null) {
            return "";
        }
        String key = numId + ":" + level;
        int value = counters.merge(key, 1, Integer::sum);
        for (int deeper = level + 1; deeper < 9; deeper++) {
            counters.remove(numId + ":" + deeper);
        }
        if ("bullet".equals(format)) {
            return "- ";
        }
        String shown = levelText;
        for (int l = 0; l <= level; l++) {
            int n = l == level ? value : counters.getOrDefault(numId + ":" + l, 1);
            shown = shown.replace("%" + (l + 1), format(l == level ? format : "decimal", n));
        }
        return shown + " ";
    }

    private static String format(String format, int n) {
        return switch (format) {
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    private static String roman(int n) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                b.append(symbols[i]);
                n -= values[i];
            }
        }
        return b.toString();
    }
}

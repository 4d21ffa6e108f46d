package vn.reportbot.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * A report's HTML made safe to show inside a page: jsoup's {@link Safelist#relaxed()} without images (no tracking
 * pixels, nothing fetched from elsewhere), links only to http, https and mailto and opened as {@code nofollow
 * noopener noreferrer}; scripts, styles, event handlers and forms are dropped. Handed to the view as FreeMarker
 * markup, so that only what went through here is ever written unescaped.
 */
final class SafeHtml {

    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private SafeHtml() {
    }

    /** The HTML cleaned, as text: what {@link #markup} shows. */
    static String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html == null ? "" : html, "", ALLOWED, settings);
    }

    /** The cleaned HTML as markup a view prints as it is. */
    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(clean(html));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("FreeMarker refused HTML markup", e);
        }
    }
}

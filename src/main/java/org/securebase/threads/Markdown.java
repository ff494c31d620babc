package org.securebase.threads;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. commonmark-java renders (raw HTML in the text is escaped, not passed through), then jsoup's
 * allow-list removes anything else: no scripts, event handlers, styles or images; links only to http, https and
 * mailto, with rel="nofollow noopener noreferrer".
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private Markdown() {}

    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFE, settings);
    }
}

package org.securebase.threads;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * A WordPress export (WXR) read into memory before anything is written, so a broken file writes nothing. Plain
 * Java: StAX with DTDs and external entities switched off.
 */
public record WxrFile(String site, List<Post> posts) {

    public record Post(
            String id, String title, String author, String content, Instant date, List<WxrComment> comments) {}

    public record WxrComment(
            String id, String parentId, String author, String content, Instant date, String approved, String type) {

        boolean importable() {
            return "1".equals(approved) && (type == null || type.isBlank() || "comment".equals(type));
        }
    }

    /** The file is not well-formed XML or not a WordPress export; the message names the line. */
    public static class MalformedExportException extends Exception {
        public MalformedExportException(String message) {
            super(message);
        }
    }

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static WxrFile read(InputStream in) throws MalformedExportException, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in, "UTF-8");
            return parse(xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String reason =
                    e.getMessage() == null ? "not well-formed" : e.getMessage().replaceAll("(?s)^.*?Message: ", "");
            throw new MalformedExportException(
                    "The file is not a readable WordPress export: line " + line + ": " + reason.strip());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing after a failure; the first error is the one to report
                }
            }
        }
    }

    private static WxrFile parse(XMLStreamReader xml) throws XMLStreamException, MalformedExportException {
        String site = "";
        List<Post> posts = new ArrayList<>();
        boolean sawRss = false;
        Map<String, String> item = null;
        Map<String, String> comment = null;
        List<WxrComment> comments = null;
        StringBuilder text = new StringBuilder();
        int depthInChannel = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = qualified(xml);
                text.setLength(0);
                switch (name) {
                    case "rss" -> sawRss = true;
                    case "item" -> {
                        item = new HashMap<>();
                        comments = new ArrayList<>();
                    }
                    case "wp:comment" -> comment = new HashMap<>();
                    default -> {}
                }
                depthInChannel++;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = qualified(xml);
                depthInChannel--;
                if (comment != null && !name.equals("wp:comment")) {
                    comment.put(name, text.toString());
                } else if (name.equals("wp:comment") && comment != null && comments != null) {
                    comments.add(new WxrComment(
                            comment.get("wp:comment_id"),
                            comment.get("wp:comment_parent"),
                            comment.get("wp:comment_author"),
                            plain(comment.get("wp:comment_content")),
                            date(comment.getOrDefault("wp:comment_date_gmt", comment.get("wp:comment_date")), xml),
                            comment.get("wp:comment_approved"),
                            comment.get("wp:comment_type")));
                    comment = null;
                } else if (item != null && !name.equals("item")) {
                    item.put(name, text.toString());
                } else if (name.equals("item") && item != null) {
                    if ("post".equals(item.getOrDefault("wp:post_type", "post"))) {
                        posts.add(new Post(
                                item.getOrDefault("wp:post_id", item.get("guid")),
                                item.getOrDefault("title", "Untitled").strip(),
                                item.get("dc:creator"),
                                plain(item.get("content:encoded")),
                                date(item.getOrDefault("wp:post_date_gmt", item.get("wp:post_date")), xml),
                                List.copyOf(comments)));
                    }
                    item = null;
                } else if (name.equals("link") && item == null && site.isEmpty()) {
                    site = text.toString().strip();
                }
                text.setLength(0);
            }
        }
        if (!sawRss) {
            throw new MalformedExportException("The file is XML but not a WordPress export (no <rss> element).");
        }
        return new WxrFile(site, List.copyOf(posts));
    }

    private static String qualified(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static Instant date(String value, XMLStreamReader xml) throws MalformedExportException {
        if (value == null || value.isBlank() || value.startsWith("0000")) {
            return Instant.EPOCH;
        }
        try {
            return LocalDateTime.parse(value.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new MalformedExportException("Line " + xml.getLocation().getLineNumber() + ": the date '" + value
                    + "' is not a WordPress date.");
        }
    }

    /** WordPress stores HTML; SecureBase stores Markdown source, so tags go and the text stays. */
    private static String plain(String html) {
        if (html == null) {
            return "";
        }
        Document.OutputSettings keepLines = new Document.OutputSettings().prettyPrint(false);
        return Parser.unescapeEntities(Jsoup.clean(html, "", Safelist.none(), keepLines), false)
                .strip();
    }
}

package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTest {

    /** Our hostile-input list (src/test/resources/data/hostile-inputs.txt), one case per line. */
    static Stream<String> hostileInputs() throws IOException {
        try (InputStream in = MarkdownTest.class.getResourceAsStream("/data/hostile-inputs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.replace("\\n", "\n"))
                            .toList()
                            .stream();
        }
    }

    @Test
    void theHostileListHasAtLeastTwoHundredCases() throws IOException {
        assertThat(hostileInputs().count()).isGreaterThanOrEqualTo(200);
    }

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "a",
            "b",
            "blockquote",
            "br",
            "cite",
            "code",
            "dd",
            "dl",
            "dt",
            "em",
            "i",
            "li",
            "ol",
            "p",
            "pre",
            "q",
            "small",
            "span",
            "strike",
            "strong",
            "sub",
            "sup",
            "u",
            "ul",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "body",
            "html",
            "head",
            "#root");

    /** Escaped text may mention "javascript:"; what matters is what a browser would build from the HTML. */
    @ParameterizedTest
    @MethodSource("hostileInputs")
    void nothingExecutableSurvivesRendering(String input) {
        Document dom = Jsoup.parseBodyFragment(Markdown.toHtml(input));
        for (Element element : dom.getAllElements()) {
            assertThat(ALLOWED_TAGS).as("tag in %s", input).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute in %s", input).isIn("href", "rel", "cite", "class");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as("link in %s", input).matches("(?i)(https?:|mailto:|#|/).*");
                }
            }
        }
    }

    @Test
    void ordinaryMarkdownStillWorks() {
        String html = Markdown.toHtml("**Repair** after *misattunement*:\n\n> a quote\n\n- one\n- two\n\n"
                + "[Bowlby](https://example.org/bowlby)");
        assertThat(html)
                .contains(
                        "<strong>Repair</strong>",
                        "<em>misattunement</em>",
                        "<blockquote>",
                        "<li>one</li>",
                        "<a href=\"https://example.org/bowlby\" rel=\"nofollow noopener noreferrer\">Bowlby</a>");
    }

    @Test
    void rawHtmlIsShownAsTextNotObeyed() {
        assertThat(Markdown.toHtml("<b>bold?</b>")).contains("&lt;b&gt;bold?&lt;/b&gt;");
    }

    @Test
    void remoteImagesAreDropped() {
        assertThat(Markdown.toHtml("![tracker](https://evil.example/pixel.png)"))
                .doesNotContain("<img");
    }

    @Test
    void veryLongWordsAndRightToLeftTextPassThrough() {
        String word = "a".repeat(5000);
        assertThat(Markdown.toHtml(word)).contains(word);
        assertThat(Markdown.toHtml("\u202Egnp.exe")).contains("\u202E");
        assertThat(List.of(Markdown.toHtml("zero\u200Bwidth"))).allMatch(s -> s.contains("zero"));
    }
}

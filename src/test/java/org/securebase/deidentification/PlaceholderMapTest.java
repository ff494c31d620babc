package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PlaceholderMapTest {

    private final Deidentifier engine = new Deidentifier();

    /** Stands in for the application's HMAC: a one-way key of the normalised identifier. */
    private static final Function<String, String> HASH = s -> {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(("thread-42:" + s).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    };

    private static String placeholderOf(List<Detection> detections, String text, String surface) {
        return detections.stream()
                .filter(d -> d.textIn(text).equals(surface))
                .findFirst()
                .map(Detection::replacement)
                .orElse(null);
    }

    @Test
    void onePersonKeepsOnePlaceholderAcrossThreeTexts() {
        List<String> texts = List.of(
                "Callum (9) won't let anyone comfort him.",
                "Background: Callum's father, Stuart, works away.",
                "Update: Callum cried at the end of the session; Stuart came to pick him up.");
        List<List<Detection>> detections = engine.detect(texts, new PlaceholderMap());
        assertThat(placeholderOf(detections.get(0), texts.get(0), "Callum")).isEqualTo("[Client A]");
        assertThat(placeholderOf(detections.get(1), texts.get(1), "Callum")).isEqualTo("[Client A]");
        assertThat(placeholderOf(detections.get(2), texts.get(2), "Callum")).isEqualTo("[Client A]");
        assertThat(placeholderOf(detections.get(1), texts.get(1), "Stuart")).isEqualTo("[Father]");
        assertThat(placeholderOf(detections.get(2), texts.get(2), "Stuart")).isEqualTo("[Father]");
    }

    @Test
    void rolesComeFromTheTextAndNeverCollide() {
        String text = "Referral for Maisie, 8. Her nana Hazel has cared for her since March. Her grandson Leo visits "
                + "on Sundays, and her late husband Frank still comes up in every session. Our neighbour, Mrs Patel, "
                + "says Hazel is exhausted. His father, Stuart, travels.";
        List<Detection> detections =
                engine.detect(List.of(text), new PlaceholderMap()).getFirst();
        assertThat(placeholderOf(detections, text, "Maisie")).isEqualTo("[Client A]");
        assertThat(placeholderOf(detections, text, "Hazel")).isEqualTo("[Grandmother]");
        assertThat(placeholderOf(detections, text, "Leo")).isEqualTo("[Grandson]");
        assertThat(placeholderOf(detections, text, "Frank")).isEqualTo("[Husband]");
        assertThat(placeholderOf(detections, text, "Patel")).isEqualTo("[Neighbour]");
        assertThat(placeholderOf(detections, text, "Stuart")).isEqualTo("[Father]");
        assertThat(detections.stream()
                        .filter(d -> d.type() == IdentifierType.NAME)
                        .filter(d -> !d.textIn(text).equals("Hazel"))
                        .map(Detection::replacement))
                .doesNotHaveDuplicates();
    }

    @Test
    void twoPeopleWithTheSameRoleGetTwoPlaceholders() {
        String text = "Her sister Ruth moved away; her sister Naomi stayed. Ruth rings weekly.";
        List<Detection> detections = engine.detect(text);
        assertThat(placeholderOf(detections, text, "Ruth")).isEqualTo("[Sister]");
        assertThat(placeholderOf(detections, text, "Naomi")).isEqualTo("[Sister B]");
    }

    @Test
    void aNameKnownFromTheMapIsCaughtAtTheStartOfALaterText() {
        PlaceholderMap map = new PlaceholderMap(HASH, Map.of());
        engine.detect(List.of("My client Hope says she is tired all the time."), map);
        Map<String, String> saved = map.entries();

        // a later comment, checked with the map restored from storage
        PlaceholderMap restored = new PlaceholderMap(HASH, saved);
        String comment = "Hope is lucky to have you. Does Hope sleep?";
        List<Detection> detections = engine.detect(List.of(comment), restored).getFirst();
        assertThat(detections).extracting(d -> d.textIn(comment)).containsExactly("Hope", "Hope");
        assertThat(detections).extracting(Detection::replacement).containsOnly("[Client A]");
        assertThat(restored.isKnown("hope")).isTrue();
        assertThat(restored.isKnown("Callum")).isFalse();
    }

    @Test
    void aNameFoundInOneFieldIsCaughtInAnother() {
        // alone, "Mark was quiet" reads as an ordinary word opening a sentence
        assertThat(engine.detect("Mark was quiet all session.")).isEmpty();
        List<String> fields = List.of("Her husband Mark drinks most nights.", "Mark was quiet all session.");
        List<List<Detection>> detections = engine.detect(fields, new PlaceholderMap());
        assertThat(detections.get(1)).extracting(d -> d.textIn(fields.get(1))).containsExactly("Mark");
        assertThat(detections.get(1).getFirst().replacement()).isEqualTo("[Husband]");
    }

    @Test
    void storedKeysAreNotTheIdentifiersText() {
        PlaceholderMap map = new PlaceholderMap(HASH, Map.of());
        engine.detect(List.of("Gurpreet Sandhu, 52, lives at 27 Marlborough Rd, Southall; phone 020 7946 0734."), map);
        Map<String, String> entries = map.entries();
        assertThat(entries).isNotEmpty();
        for (String key : entries.keySet()) {
            assertThat(key).matches("[0-9a-f]{64}");
            assertThat(key.toLowerCase()).doesNotContain("gurpreet", "sandhu", "southall", "marlborough", "7946");
        }
        assertThat(entries.values()).doesNotContain("Gurpreet", "Sandhu").contains("[Client A]");
    }

    @Test
    void theDefaultKeyIsTheNormalisedText() {
        assertThat(PlaceholderMap.normalise("  Mrs  Okonkwo's ")).isEqualTo("okonkwo");
        PlaceholderMap map = new PlaceholderMap();
        engine.detect(List.of("Callum is nine."), map);
        assertThat(map.entries()).containsEntry("callum", "[Client A]");
    }

    @Test
    void placesAndNumbersKeepTheirPlaceholdersAcrossTexts() {
        List<String> texts = List.of("She lives in Frankston with her mum.", "Frankston has good services.");
        List<List<Detection>> detections = engine.detect(texts, new PlaceholderMap());
        assertThat(placeholderOf(detections.get(0), texts.get(0), "Frankston")).isEqualTo("[City]");
        assertThat(placeholderOf(detections.get(1), texts.get(1), "Frankston")).isEqualTo("[City]");
    }
}

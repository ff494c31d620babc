package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeidentifierTest {

    private final Deidentifier engine = new Deidentifier();

    private List<String> found(String text) {
        return engine.detect(text).stream().map(d -> d.textIn(text)).toList();
    }

    private IdentifierType typeOf(String text, String surface) {
        return engine.detect(text).stream().filter(d -> d.textIn(text).equals(surface)).findFirst()
                .map(Detection::type).orElse(null);
    }

    // --- patterns ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Her phone is (510) 555-0162.|(510) 555-0162",
            "His uncle's number is +44 7700 900461.|+44 7700 900461",
            "Write to j.amari@dcfs.example.org please.|j.amari@dcfs.example.org",
            "Her page is https://example.org/kat and more.|https://example.org/kat",
            "The router was 192.168.1.20 at home.|192.168.1.20"})
    void contactsAreFound(String text, String contact) {
        assertThat(found(text)).contains(contact);
        assertThat(typeOf(text, contact)).isEqualTo(IdentifierType.CONTACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Her NHS number is 485 777 3456 on the referral.|485 777 3456",
            "The EAP ID, EAP-55120, is on my invoices.|EAP-55120",
            "Claim number WC-2023-448190 was refused.|WC-2023-448190",
            "MRN 00451234 is on the letter.|00451234",
            "His SSN 123-45-6789 leaked.|123-45-6789",
            "He only speaks through his handle, xXShadowWolfXx.|xXShadowWolfXx",
            "She posts as @moonlight_kat every night.|@moonlight_kat"})
    void numbersAndHandlesAreIds(String text, String id) {
        assertThat(found(text)).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He was admitted on September 8.|September 8",
            "After the death on 11 March the family changed.|11 March",
            "Cutting since last February.|last February",
            "Discharged on 7/22/2023 from the ward.|7/22/2023",
            "Her parents split in June and she moved.|June"})
    void datesTiedToAPersonAreFound(String text, String date) {
        assertThat(found(text)).contains(date);
        assertThat(typeOf(text, date)).isEqualTo(IdentifierType.DATE);
    }

    @Test
    void aYearAloneAndWeekdaysAreNotIdentifiers() {
        assertThat(found("He arrived in 2022 and we meet on Monday and Thursday.")).isEmpty();
    }

    @Test
    void agesOverEightyNineBecomeNinetyPlus() {
        Deidentifier.Result result = engine.deidentify("Harold is 93 and she is 61; session fee 95 dollars.");
        assertThat(result.text()).isEqualTo("[Client A] is 90+ and she is 61; session fee 95 dollars.");
    }

    // --- names, places, organisations ---

    @Test
    void juneTheMonthAndJuneThePerson() {
        String text = "Her parents split in June. Harold is 93 and June is 91.";
        List<Detection> detections = engine.detect(text);
        assertThat(detections).extracting(d -> d.textIn(text) + ":" + d.type())
                .contains("June:DATE", "Harold:NAME", "June:NAME");
    }

    @Test
    void hopeGraceAndWillAsWordsAndAsNames() {
        assertThat(found("Hope is what she lacks, and grace under pressure. Will you help?")).isEmpty();
        assertThat(found("My client Hope says she is tired. Will said no.")).contains("Hope", "Will");
    }

    @Test
    void citedAuthorsAreNotClients() {
        assertThat(found("As Dan Siegel writes, the mind is relational. Bowlby's secure base and Ainsworth's "
                + "Strange Situation help; Johnson (2019) describes EFT.")).isEmpty();
    }

    @Test
    void aCityIsAnIdentifierButItsStateIsNot() {
        String text = "He grew up in Springfield, Illinois and now lives in Toronto, Ontario, Canada.";
        assertThat(found(text)).containsExactly("Springfield", "Toronto");
    }

    @Test
    void aNameInLowerCaseAfterNamed() {
        assertThat(found("her son is named tomasz and he calls me every day.")).containsExactly("tomasz");
    }

    @Test
    void namesFromManyLanguages() {
        assertThat(found("Ngozi Okonkwo and her brother Tenzin met Søren at the clinic; Aroha and Yusuf came too."))
                .contains("Ngozi Okonkwo", "Tenzin", "Søren", "Aroha", "Yusuf");
    }

    @Test
    void theFieldsOwnWordsAreLeftAlone() {
        assertThat(found("We use EFT and DDP, Circle of Security, EMDR and Theraplay with a secure base.")).isEmpty();
    }

    @Test
    void facilitiesStreetsAndEmployers() {
        String text = "She lives at 87 Willow Crescent, works as a paralegal at Hargreaves & Lowe LLP, and stays "
                + "at the Harbor House shelter near the VA clinic on Hollister Road.";
        assertThat(found(text)).contains("87 Willow Crescent", "Hargreaves & Lowe LLP", "Harbor House shelter",
                "VA clinic on Hollister Road");
    }

    // --- replacements ---

    @Test
    void thePersonKeepsOnePlaceholderAndRelativesGetTheirRole() {
        Deidentifier.Result result = engine.deidentify(
                "Callum is nine. His father, Stuart, travels. Callum builds towers; Stuart rarely sees them.");
        assertThat(result.text()).isEqualTo(
                "[Client A] is nine. His father, [Father], travels. [Client A] builds towers; [Father] rarely sees them.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Nine-year-old boy, Callum, referred by Birchwood Primary. His father, Stuart, travels.",
            "Young woman living at the Harbor House shelter in Oakland. Her ex-partner Darnell Price called (510) 555-0162.",
            "My client, Walter, 96, was admitted to St. Agnes Hospice on September 8.",
            "Her caseworker emailed me from j.amari@dcfs.example.org about 87 Willow Crescent."})
    void theReplacedTextNeverContainsADetectedSpan(String text) {
        Deidentifier.Result result = engine.deidentify(text);
        assertThat(result.detections()).isNotEmpty();
        for (Detection d : result.detections()) {
            assertThat(result.text()).doesNotContain(d.textIn(text));
        }
    }

    @Test
    void generatedVignettesNeverKeepAnIdentifiersText() {
        String[] names = {"Callum", "Zofia", "Darnell", "Bernadette", "Aroha", "Tenzin", "Loretta", "Yusuf"};
        String[] places = {"Oakland", "Stroud", "Fremont", "Springdale", "Hayward"};
        IntStream.range(0, 200).forEach(i -> {
            String text = "My client " + names[i % names.length] + " lives in " + places[i % places.length]
                    + ". Her mother, " + names[(i + 3) % names.length] + ", calls on " + ((i % 28) + 1)
                    + " March from " + "07700 9" + String.format("%05d", i) + ".";
            Deidentifier.Result result = engine.deidentify(text);
            for (Detection d : result.detections()) {
                assertThat(result.text()).as(text).doesNotContain(d.textIn(text));
            }
            assertThat(result.text()).as(text).doesNotContain(names[i % names.length], places[i % places.length]);
        });
    }

    @Test
    void replacedTextIsCleanOnASecondPass() {
        String once = engine.deidentify("Callumir, nine, referred by Birchwood Primary. His father, Stuartson, "
                + "travels; his number is (510) 555-0177. Walter is 96.").text();
        assertThat(engine.detect(once)).isEmpty();
    }

    // --- the development set ---

    @Test
    void theDevelopmentSetMeetsRecallAndPrecisionTargets() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> rows;
        try (InputStream in = getClass().getResourceAsStream("/data/deid-dev.jsonl")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(json::readTree).toList();
        }
        int total = 0;
        int caught = 0;
        long covered = 0;
        long hit = 0;
        for (JsonNode row : rows) {
            String text = row.get("text").asString();
            Set<Integer> predicted = new HashSet<>();
            for (Detection d : engine.detect(text)) {
                predicted.addAll(alnum(text, d.start(), d.end()));
            }
            Set<Integer> truth = new HashSet<>();
            for (JsonNode phi : row.get("phi")) {
                Set<Integer> need = alnum(text, phi.get("start").asInt(), phi.get("end").asInt());
                truth.addAll(need);
                total++;
                if (predicted.containsAll(need)) {
                    caught++;
                }
            }
            covered += predicted.size();
            predicted.retainAll(truth);
            hit += predicted.size();
        }
        assertThat((double) caught / total).as("recall").isGreaterThanOrEqualTo(0.99);
        assertThat((double) hit / covered).as("precision").isGreaterThanOrEqualTo(0.85);
    }

    private static Set<Integer> alnum(String text, int start, int end) {
        Set<Integer> positions = new HashSet<>();
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }
}

package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeidentifierTest {

    private final Deidentifier engine = new Deidentifier();

    private List<String> found(String text) {
        return engine.detect(text).stream().map(d -> d.textIn(text)).toList();
    }

    private IdentifierType typeOf(String text, String surface) {
        return engine.detect(text).stream()
                .filter(d -> d.textIn(text).equals(surface))
                .findFirst()
                .map(Detection::type)
                .orElse(null);
    }

    // --- patterns ---

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Her phone is (510) 555-0162.|(510) 555-0162",
                "His uncle's number is +44 7700 900461.|+44 7700 900461",
                "Write to j.amari@dcfs.example.org please.|j.amari@dcfs.example.org",
                "Her page is https://example.org/kat and more.|https://example.org/kat",
                "The router was 192.168.1.20 at home.|192.168.1.20"
            })
    void contactsAreFound(String text, String contact) {
        assertThat(found(text)).contains(contact);
        assertThat(typeOf(text, contact)).isEqualTo(IdentifierType.CONTACT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Her NHS number is 485 777 3456 on the referral.|485 777 3456",
                "The EAP ID, EAP-55120, is on my invoices.|EAP-55120",
                "Claim number WC-2023-448190 was refused.|WC-2023-448190",
                "MRN 00451234 is on the letter.|00451234",
                "His SSN 123-45-6789 leaked.|123-45-6789",
                "He only speaks through his handle, xXShadowWolfXx.|xXShadowWolfXx",
                "She posts as @moonlight_kat every night.|@moonlight_kat"
            })
    void numbersAndHandlesAreIds(String text, String id) {
        assertThat(found(text)).contains(id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "He was admitted on September 8.|September 8",
                "After the death on 11 March the family changed.|11 March",
                "Cutting since last February.|last February",
                "Discharged on 7/22/2023 from the ward.|7/22/2023",
                "Her parents split in June and she moved.|June"
            })
    void datesTiedToAPersonAreFound(String text, String date) {
        assertThat(found(text)).contains(date);
        assertThat(typeOf(text, date)).isEqualTo(IdentifierType.DATE);
    }

    @Test
    void aYearAloneAndWeekdaysAreNotIdentifiers() {
        assertThat(found("He arrived in 2022 and we meet on Monday and Thursday."))
                .isEmpty();
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
        assertThat(detections)
                .extracting(d -> d.textIn(text) + ":" + d.type())
                .contains("June:DATE", "Harold:NAME", "June:NAME");
    }

    @Test
    void hopeGraceAndWillAsWordsAndAsNames() {
        assertThat(found("Hope is what she lacks, and grace under pressure. Will you help?"))
                .isEmpty();
        assertThat(found("My client Hope says she is tired. Will said no.")).contains("Hope", "Will");
    }

    @Test
    void citedAuthorsAreNotClients() {
        assertThat(found("As Dan Siegel writes, the mind is relational. Bowlby's secure base and Ainsworth's "
                        + "Strange Situation help; Johnson (2019) describes EFT."))
                .isEmpty();
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
        assertThat(found("We use EFT and DDP, Circle of Security, EMDR and Theraplay with a secure base."))
                .isEmpty();
    }

    @Test
    void facilitiesStreetsAndEmployers() {
        String text = "She lives at 87 Willow Crescent, works as a paralegal at Hargreaves & Lowe LLP, and stays "
                + "at the Harbor House shelter near the VA clinic on Hollister Road.";
        assertThat(found(text))
                .contains(
                        "87 Willow Crescent",
                        "Hargreaves & Lowe LLP",
                        "Harbor House shelter",
                        "VA clinic on Hollister Road");
    }

    // --- replacements ---

    @Test
    void thePersonKeepsOnePlaceholderAndRelativesGetTheirRole() {
        Deidentifier.Result result = engine.deidentify(
                "Callum is nine. His father, Stuart, travels. Callum builds towers; Stuart rarely sees them.");
        assertThat(result.text())
                .isEqualTo(
                        "[Client A] is nine. His father, [Father], travels. [Client A] builds towers; [Father] rarely sees them.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nine-year-old boy, Callum, referred by Birchwood Primary. His father, Stuart, travels.",
                "Young woman living at the Harbor House shelter in Oakland. Her ex-partner Darnell Price called (510) 555-0162.",
                "My client, Walter, 96, was admitted to St. Agnes Hospice on September 8.",
                "Her caseworker emailed me from j.amari@dcfs.example.org about 87 Willow Crescent."
            })
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
                        + "travels; his number is (510) 555-0177. Walter is 96.")
                .text();
        assertThat(engine.detect(once)).isEmpty();
    }

    // --- the kinds of identifier held-out vignettes leaked ---

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tamsin won't let anyone near her at bedtime.|Tamsin",
                "She is six. Callum avoids comfort when he is hurt.|Callum",
                "Nana Hazel raised her after the fire.|Hazel",
                "Grace describes every relationship as a test.|Grace",
                "her husband bill drinks most nights.|bill",
                "my consultant robin says go for it.|robin",
                "Couples work with Summer and Dev, who withdraws.|Summer",
                "Couples work with Summer and Dev, who withdraws.|Dev",
                "saw jake again today and he was flat.|jake"
            })
    void namesInEveryPosition(String text, String name) {
        assertThat(found(text)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Her sister, a 97-year-old, visits daily.|97",
                "Resident, ninety-four, at the care home.|ninety-four",
                "Widow aged 96 referred for grief work.|96",
                "He was prisoner #44718 for two years.|44718",
                "Her PPS number 7654321TA is on the referral.|7654321TA",
                "Health card 1234-567-890-AB was faxed.|1234-567-890-AB",
                "Medicare 2953 61874 2 on file.|2953 61874 2",
                "The review is Friday the 3rd at ten.|Friday the 3rd",
                "Next one is on the 21st.|21st",
                "session 4 is oct 3 so not long.|oct 3",
                "They live off Highway 1 now.|Highway 1",
                "Woman, 23, on Ward 4B, very withdrawn.|4B",
                "She moved into Flat 12 last month.|12",
                "he's in unit 214 at the hostel.|214",
                "Dad works at the bakery on Mission most nights.|Mission"
            })
    void numbersDatesAndPlacesHeldOutTextLeaked(String text, String identifier) {
        assertThat(String.join("|", found(text))).contains(identifier);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Follow-up is Thurs 6/23 in the afternoon.|Thurs 6/23",
                "next visit weds 17/9 at the flat|weds 17/9",
                "He missed 4/11 and then rang to apologise.|4/11",
                "Arrested 11/30 for the breach.|11/30",
                "We spoke about the 14th of August, the day she left.|the 14th of August",
                "The funeral was on Founders Day 2021.|Founders Day 2021",
                "my oldest client turned a hundred and three last week|a hundred and three",
                "His line is 0161 555 0934 ext. 12 during the day.|0161 555 0934 ext. 12",
                "The HR file HRD/LON/77120 has the warning.|HRD/LON/77120",
                "incident no. is DV-19/2204 per the police|DV-19/2204",
                "Log number MPS 9120/03JAN was given.|MPS 9120/03JAN",
                "The card reads 3317 20948 1/2 under her name.|3317 20948 1/2",
                "write to r_osei77 [at] outlook.com for copies|r_osei77 [at] outlook.com",
                "the account logged in from 172 .16 .8 .41 twice|172 .16 .8 .41",
                "Clinic rooms at Unit 7, 48 Harbour Road now.|Unit 7, 48 Harbour Road",
                "They rent apt 3, Kestrel Gardens off the main road.|apt 3, Kestrel Gardens",
                "grew up on N. Kedzie Ave with his aunt|N. Kedzie Ave",
                "she works nights near w 23rd st in a diner|w 23rd st",
                "Came to see me in Tamworth: a couple in their forties.|Tamworth",
                "Ivy is ninety-one and still gardens.|Ivy",
                "his mates call him bazza, he hates it|bazza",
                "calling her jojo, as the family do|jojo",
                "She calls her grandad, who is deaf, \"Pop Jimmy\" and waves.|Pop Jimmy",
                "Moose (real name Declan) plays in the front row.|Moose",
                "she pulls shots at beanz coffee on weekends|beanz coffee"
            })
    void syntaxClassesAFreshSetLeaked(String text, String identifier) {
        assertThat(String.join("|", found(text))).contains(identifier);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Elle est partie le 17 février avec sa tante.|17 février",
                "seit oktober 2021 kommt sie jede Woche|oktober 2021",
                "Ons het hom op 23 Junie gesien.|23 Junie",
                "Nos vimos el 8 de marzo en la clínica.|8 de marzo",
                "his nan passed in mar '19, just before Easter|mar '19",
                "Termin am 3.11. um 10 Uhr.|3.11.",
                "erreichbar unter 030 / 4471 2290 tagsüber|030 / 4471 2290",
                "Family court file 22/3/1/7-1142/24 is still open.|22/3/1/7-1142/24",
                "Referred by T. Mbatha, the school nurse.|T. Mbatha",
                "my client, 'bubs' (katarina), won't come in|bubs",
                "the goats Iron and Maple follow her round the yard|Iron",
                "works as a barista at The Daily Grind, near the station|The Daily Grind",
                "her brother drives for roebourne gravel haulage now|roebourne gravel haulage"
            })
    void syntaxClassesASecondFreshSetLeaked(String text, String identifier) {
        assertThat(String.join("|", found(text))).contains(identifier);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I keep going back to Tronick and Harlow on this.",
                "Thoughts on formulating this in Mahler terms for the team?",
                "the Bartholomews' longitudinal research helps here",
                "Started quetiapine, then Seroquel 25mg at night.",
                "Dad has moderate Parkinson's, on levodopa.",
                "He is in Year 9 now and Form 3 next year.",
                "Her Adoption Day is always a hard week.",
                "Im worried. Ive read up on it.",
                "his mokopuna stay at their whare most weekends",
                "visits are awfull and we went crabbing after.",
                "Client is 31F, just back from leave.",
                "Doing some DBT-ish skills and EMDR-esque work."
            })
    void safeClassesASecondFreshSetFlagged(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Her PHQ-9 fell from 19/27 to 11/27 and SUDS went from 7/10 to 4/10.",
                "He calls her every day, calls me names and calls himself lazy.",
                "Staff call her \"needy\" on the ward round.",
                "He saved a hundred dollars and is proud of it.",
                "Half the group, 1/2, dropped out by week 3."
            })
    void scoresFractionsAndWordsSaidOfSomeoneAreLeftAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cincinnati Children's",
                "Sandhu & Sons Cash and Carry",
                "Mercy Hospital for Women",
                "Silver Spring",
                "First Baptist",
                "3rd Battalion",
                "Sandy Bay"
            })
    void organisationsAndPlacesOfOrdinaryWords(String name) {
        assertThat(found("She was seen at " + name + " last year.")).contains(name);
    }

    @Test
    void titlesAreNotPartOfTheName() {
        assertThat(found("The manager, Mrs Okonkwo, and Pastor Reid met Dr. Okafor."))
                .containsExactly("Okonkwo", "Reid", "Okafor");
    }

    @Test
    void pluralWeekdaysCitedAuthorsAndSentenceOpenersAreLeftAlone() {
        assertThat(found("Fridays are hard. Sue Johnson would call it a pursue-withdraw cycle, and as Bessel van der "
                        + "Kolk writes, the body keeps the score. Wondering about pacing."))
                .isEmpty();
    }

    // --- classes learnt from evaluation sets e to h (made-up sentences of the same syntax) ---

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "new referral, we'll call her juniper, 31, works nights.|juniper",
                "lets say bramble. she texts me twice a day.|bramble",
                "teen boy, goes by may, placed with foster carers.|may",
                "the boy's name is fletcher btw, he's 12.|fletcher",
                "her girlfriend marlow \"might leave\" she says.|marlow",
                "fiancee pebble is \"too calm\" for him.|pebble",
                "moved in with nana moana since the fire.|moana",
                "she lives with her dog Bowlby and two cats.|Bowlby",
                "after her husband Papa left the house.|Papa",
                "Faith is fifteen and in Year 11.|Faith",
                "Referred: Chidi Okafor-Bello (\"CJ\"), 39M, driver.|CJ",
                "Calls her brother M-A (Marc-André) most nights.|M-A"
            })
    void namesGivenByTheWriterOrByWhatStandsAround(String text, String name) {
        assertThat(found(text)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pt 102F, lives alone, daughter visits.|102",
                "pupil admission no KL/4D/19 on the form.|KL/4D/19",
                "school roll number 8C-4417 is on the letter.|8C-4417",
                "van reg TKX 5521 seen outside.|TKX 5521",
                "her cell 1-876-555-0148 is the only number.|1-876-555-0148",
                "her PhilHealth (11-020334871-5) is on file.|11-020334871-5",
                "baby due june 9th so not long.|june 9th",
                "due may 14th, she is scared.|may 14th",
                "court appearance 7/3 went badly.|7/3",
                "since Eid ul-Fitr 2022 he has not called.|Eid ul-Fitr 2022",
                "a fight at carnival 2023 cost him his job.|carnival 2023",
                "home: Flat 3/2, 19 Dumbarton Road, Partick.|Flat 3/2, 19 Dumbarton Road",
                "trader at Goldleaf Finance, Ikeja 3, Lagos.|Ikeja 3",
                "referred through Peel CAS last spring.|Peel CAS",
                "he served with 3 RAR before the accident.|3 RAR",
                "she teaches at All Souls Primary in the town.|All Souls Primary",
                "a junior at Lincoln High in tucson, very guarded.|tucson",
                "works at kestrel bay coffee in the mornings.|kestrel bay coffee",
                "nurse at mercy heart medical, nights mostly.|mercy heart medical",
                "plays for pontyclun rfc on saturdays.|pontyclun rfc",
                "runs the shop, hartigan & sons, with his brother.|hartigan & sons",
                "cashier at blue fern roasters near campus.|blue fern roasters",
                "she has a rescue lurcher called biscuit who sleeps on her bed.|biscuit",
                "plays rugby for cwmbran harlequins on saturdays.|cwmbran harlequins",
                "he works at lockheed in marietta, long hours.|lockheed",
                "grandad was 4th armoured division, never spoke of it.|4th armoured division"
            })
    void numbersDatesPlacesAndOrganisationsLearntFromLaterSets(String text, String identifier) {
        assertThat(String.join("|", found(text))).contains(identifier);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I'll call her back tomorrow about the referral.",
                "Let's say three sessions and then review.",
                "took 1/2 tab, pain 3/10, 3/7 hx of low mood, 6/12 ago.",
                "Bowlby's student Ainsworth built the Strange Situation.",
                "mum and daughters came to the family session.",
                "How do you help a foster carer stay regulated when the child is frightened?",
                "she works at home most days and plays with her kids after school.",
                "the Strange Situation (\"SSP\") was described.",
                "She grew up in Gloucestershire and moved for work."
            })
    void whatTheseClassesLeaveAlone(String text) {
        assertThat(found(text)).isEmpty();
    }
}

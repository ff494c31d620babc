package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.securebase.deidentification.QuasiIdentifiers.Contribution;
import org.securebase.deidentification.QuasiIdentifiers.Finding;
import org.securebase.deidentification.QuasiIdentifiers.Kind;

/**
 * The case as a whole: combinations generated with Datafaker (towns, professions) in many positions and in lower
 * case, split between the post and a later comment; recall is reported per combination. Ordinary clinical
 * discussion, and the attachment-theory seed texts read as one long thread, must pass untouched.
 */
class QuasiIdentifiersTest {

    private static final QuasiIdentifiers ENGINE = new QuasiIdentifiers();
    private static final List<String> NOT_LISTED =
            List.of("model", "judge", "advocate", "coach", "writer", "interpreter", "human resources", "fiherman");

    @Test
    void theIssuesExampleIsHeldWithTheClassesNamed() {
        Optional<Finding> found = ENGINE.check(
                List.of(new Contribution("My client teaches at the village school and feels watched.", true)),
                new Contribution("I think I know her, she works at the bakery on Saturdays.", false));
        assertThat(found).isPresent();
        assertThat(found.get().reason()).contains("recognise");

        Optional<Finding> job = ENGINE.check(
                List.of(new Contribution(
                        "She is a teacher, recently promoted, and struggles with the new role.", true)),
                new Contribution("Could the village school in Ambleside offer her some mentoring?", false));
        assertThat(job).isPresent();
        assertThat(job.get().reason())
                .contains("An occupation (teacher)")
                .contains("an employer type")
                .contains("a place")
                .endsWith("may identify the client");
    }

    @Test
    void aCommentThatAddsNothingIsNotHeldByAThreadThatWasAlreadyFull() {
        List<Contribution> thread = List.of(new Contribution(
                "A nurse at the hospital in Kendal, widowed last March, in a small village after the house fire.",
                true));
        assertThat(ENGINE.check(thread, new Contribution("Have you thought about her avoidant strategies?", false)))
                .isEmpty();
    }

    @Test
    void aRecognitionStatementCountsOnlyFromAColleague() {
        List<Contribution> thread = List.of(new Contribution("She is a nurse and finds night shifts lonely.", true));
        assertThat(ENGINE.check(thread, new Contribution("I know her well after two years of work.", true)))
                .isEmpty();
        assertThat(ENGINE.check(thread, new Contribution("i think i know her from church actually", false)))
                .isPresent();
    }

    @Test
    void generatedCombinationsAreFoundWhicheverTextBringsTheLastPart() {
        Random random = new Random(20261128L);
        List<String> locales = List.of("en-GB", "en-US", "en-AU", "en-NZ", "en-IE", "en-ZA", "en-CA", "en-IN");
        int[] smallPlace = new int[2];
        int[] job = new int[2];
        int[] family = new int[2];
        for (String tag : locales) {
            Faker faker = new Faker(Locale.forLanguageTag(tag), new Random(random.nextLong()));
            for (int i = 0; i < 25; i++) {
                String town = town(faker, random);
                tally(
                        smallPlace,
                        split(
                                random,
                                List.of(
                                        pick(
                                                random,
                                                "She grew up in a small village near " + town + ".",
                                                "they moved to a tiny hamlet outside " + town,
                                                "the only family of their kind in the village"),
                                        pick(
                                                random,
                                                "After the house fire she stopped sleeping.",
                                                "her brother drowned when she was nine",
                                                "the court case was in the local paper",
                                                "she won the lottery two years ago",
                                                "she gave birth to triplets",
                                                "She has a rare genetic condition."))));
                String profession = profession(faker);
                tally(
                        job,
                        split(
                                random,
                                List.of(
                                        pick(
                                                random,
                                                "She works as a " + profession + ".",
                                                profession + " for twenty years, she",
                                                "Being a " + profession + " matters to him.",
                                                "a " + profession.toUpperCase(Locale.ROOT) + " by trade"),
                                        pick(
                                                random,
                                                "at the local bakery",
                                                "The village school has been supportive.",
                                                "works at the garden centre",
                                                "her hours at the hospital",
                                                "at the police station"),
                                        pick(
                                                random,
                                                "in " + town,
                                                "near " + town.toLowerCase(Locale.ROOT),
                                                "from " + town))));
                tally(
                        family,
                        split(
                                random,
                                List.of(
                                        pick(
                                                random,
                                                "She is a single mother of three.",
                                                "a widowed father",
                                                "their adopted son",
                                                "the twins",
                                                "Two young children at home.",
                                                "custody arrangements"),
                                        pick(
                                                random,
                                                "since last March",
                                                "she turned 43 in the spring",
                                                "aged 7",
                                                "a 34-year-old",
                                                "in her early forties",
                                                "on 14 June",
                                                "her fortieth birthday"))));
            }
        }
        System.out.printf(
                "Case as a whole, recall: small place + rare event %d/%d, occupation + employer + place %d/%d,"
                        + " family + date %d/%d%n",
                smallPlace[0], smallPlace[1], job[0], job[1], family[0], family[1]);
        assertThat(smallPlace[0]).isGreaterThanOrEqualTo(smallPlace[1] * 95 / 100);
        assertThat(job[0]).isGreaterThanOrEqualTo(job[1] * 90 / 100);
        assertThat(family[0]).isGreaterThanOrEqualTo(family[1] * 95 / 100);
    }

    @Test
    void eachClassIsFoundOnItsOwn() {
        assertThat(kinds("the only pharmacist in the valley")).contains(Kind.SMALL_PLACE);
        assertThat(kinds("Her uncle was jailed after a stabbing.")).contains(Kind.RARE_EVENT);
        assertThat(kinds("a flood of tears and an explosion of anger")).doesNotContain(Kind.RARE_EVENT);
        assertThat(kinds("her doctor and his teacher")).doesNotContain(Kind.OCCUPATION);
        assertThat(kinds("she is a plumber")).contains(Kind.OCCUPATION);
        assertThat(kinds("moved to whitehaven")).contains(Kind.PLACE);
        assertThat(kinds("in therapy, in treatment, in session, at home")).doesNotContain(Kind.PLACE);
        assertThat(kinds("May I ask what she may need?")).doesNotContain(Kind.DATE);
    }

    @Test
    void ordinaryClinicalDiscussionIsNotHeld() {
        List<String> comments = List.of(
                "Her internal working model seems to expect rejection; how does she respond to breaks?",
                "I wonder about the rupture last session and whether repair felt possible for her.",
                "In my experience avoidant clients often intellectualise; staying with the body helps.",
                "Could you say more about her mother? The role reversal sounds important.",
                "She may be testing whether you will stay. Bowlby (1988) called this the secure base.",
                "When I first met her she could not look at me; now she brings her dreams.",
                "Her doctor changed the medication, and his teacher called about the school refusal.",
                "We noticed the pattern across sessions: approach, then withdrawal, then anger.",
                "Thank you all, I will try naming the break early and often.",
                "The parents are separated and the children move between homes each week.");
        List<Contribution> thread = new ArrayList<>();
        thread.add(new Contribution("A woman in her thirties with a dismissing stance, seen weekly for a year.", true));
        int held = 0;
        for (String comment : comments) {
            Contribution c = new Contribution(comment, false);
            if (ENGINE.check(thread, c).isPresent()) {
                held++;
                System.out.println("Held: " + comment + " -> "
                        + ENGINE.check(thread, c).get().reason());
            }
            thread.add(c);
        }
        assertThat(held).isZero();
    }

    @Test
    void theSeedTextsReadAsThreadsHoldFewComments() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        if (!Files.isDirectory(seeds)) {
            seeds = Path.of("/work/shared/seeds");
        }
        int paragraphs = 0;
        int held = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                List<Contribution> thread = new ArrayList<>();
                for (String paragraph : Files.readString(file).split("\\n\\s*\\n")) {
                    if (paragraph.isBlank()) {
                        continue;
                    }
                    Contribution c = new Contribution(paragraph, false);
                    paragraphs++;
                    Optional<Finding> found =
                            ENGINE.check(thread.subList(Math.max(0, thread.size() - 12), thread.size()), c);
                    if (found.isPresent()) {
                        held++;
                        System.out.println("Seed held: " + found.get().reason());
                    }
                    thread.add(c);
                }
            }
        }
        System.out.printf("Seed texts: %d of %d paragraphs held%n", held, paragraphs);
        assertThat(paragraphs).isGreaterThan(20);
        assertThat(held).isLessThanOrEqualTo(paragraphs / 20);
    }

    private static List<Kind> kinds(String text) {
        return ENGINE.find(text, false).stream()
                .map(QuasiIdentifiers.Mention::kind)
                .toList();
    }

    /** The parts shuffled, the last one or two of them in the new comment, in lower case now and then. */
    private static boolean split(Random random, List<String> parts) {
        List<String> shuffled = new ArrayList<>(parts);
        java.util.Collections.shuffle(shuffled, random);
        int cut = 1 + random.nextInt(shuffled.size() - 1);
        Function<String, String> caseOf = random.nextInt(4) == 0 ? s -> s.toLowerCase(Locale.ROOT) : s -> s;
        String post = caseOf.apply("A case I would like help with. " + String.join(" ", shuffled.subList(0, cut)));
        String comment = caseOf.apply("Just to add: " + String.join(" ", shuffled.subList(cut, shuffled.size())));
        Optional<Finding> found = ENGINE.check(List.of(new Contribution(post, true)), new Contribution(comment, false));
        if (found.isEmpty()) {
            System.out.println("Missed: " + post + " || " + comment);
        }
        return found.isPresent();
    }

    private static void tally(int[] counts, boolean found) {
        counts[1]++;
        if (found) {
            counts[0]++;
        }
    }

    private static String town(Faker faker, Random random) {
        return random.nextBoolean() ? faker.address().city() : faker.address().cityName();
    }

    private static String profession(Faker faker) {
        String p;
        do {
            p = faker.company().profession();
        } while (NOT_LISTED.contains(p));
        return p;
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}

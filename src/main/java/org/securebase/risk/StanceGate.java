package org.securebase.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Combines the rules with the {@link StanceModel}. The model reads stance across phrasings no lexical class lists, so
 * it decides; the rules name the C-SSRS category when they recognise a phrasing, and count once the model lends them
 * some weight. A text is flagged when the model is confident on its own, or when a rule fired and the model does not
 * rule it out. The model alone does not flag a text that is positively framed as safe for the writer (a marked joke,
 * history, a negated risk, fear of dying, training or assessment talk): the same safe frames the rules apply.
 */
final class StanceGate {

    /**
     * The model flags on its own at this probability, and a rule stands unless the model is below {@link #RULED_OUT}.
     * Both were chosen by cross-validation on the corpus and on the first set written for evaluation, never on the
     * development sets: 0.5 caught a few more self statements but doubled the false alarms there.
     */
    static final double CONFIDENT = 0.6;

    static final double RULED_OUT = 0.15;

    /** Long texts are read in windows of this many sentences, about the length of the corpus's comments. */
    private static final int WINDOW = 3;

    private final Supplier<StanceModel> model;

    StanceGate(Supplier<StanceModel> model) {
        this.model = model;
    }

    Assessment decide(String normalised, Assessment rules) {
        Reading reading = read(normalised);
        double strongest = Math.max(reading.self, reading.urgent);
        if (rules.level() != RiskLevel.NONE) {
            // A writer who insists on the literal reading ("and now I'm not joking") is taken at their word: the
            // model learnt marked jokes as safe and would read the marker, not the insistence.
            boolean insists = SafeFraming.SINCERE.matcher(normalised).find();
            return strongest >= RULED_OUT || insists ? rules : Assessment.NONE;
        }
        if (strongest < CONFIDENT) {
            return Assessment.NONE;
        }
        boolean self = reading.self >= reading.urgent;
        // safe only when the frame holds both around the statement and for the whole text, where a writer may
        // insist ("not lol actually") or bring a past frame back to now ("and now it's back")
        if (self
                && (SafeFraming.safeForWriter(frameAround(reading.window)) && SafeFraming.safeForWriter(normalised)
                        || SafeFraming.exasperationOnly(normalised))) {
            return Assessment.NONE;
        }
        RiskCategory category = self ? RiskCategory.STANCE_SELF : RiskCategory.STANCE_URGENT;
        return new Assessment(category.level(), List.of(new Finding(category, reading.window)));
    }

    private record Reading(double self, double urgent, String window) {}

    /** A reply of a few words after the statement ("Joking!!", "lol jk") still frames it. */
    private static final int TAG_WORDS = 3;

    /**
     * The text a safe frame must be found in to excuse the model: the sentence the model reads as most worrying, the
     * sentence before it (which may introduce it: "in training today the actor said...") and a short tag after it. A
     * frame elsewhere in a comment frames something else: "lol at the comment above" opens a reply, and "I'm the one
     * who writes everyone's safety plans" does not make a prayer to die in one's sleep assessment talk.
     */
    private String frameAround(String window) {
        List<String> sentences = TextNormaliser.sentences(window);
        if (sentences.size() <= 1) {
            return window;
        }
        int stance = 0;
        double highest = -1;
        for (int i = 0; i < sentences.size(); i++) {
            double self = model.get().probabilities(sentences.get(i)).self();
            if (self > highest) {
                highest = self;
                stance = i;
            }
        }
        StringBuilder frame = new StringBuilder();
        if (stance > 0) {
            frame.append(sentences.get(stance - 1)).append(". ");
        }
        frame.append(sentences.get(stance));
        if (stance + 1 < sentences.size() && sentences.get(stance + 1).split("\\s+").length <= TAG_WORDS) {
            frame.append(". ").append(sentences.get(stance + 1));
        }
        return frame.toString();
    }

    /** The most worrying window: the whole text when short, else every run of {@link #WINDOW} sentences. */
    private Reading read(String normalised) {
        List<String> sentences = TextNormaliser.sentences(normalised);
        List<String> windows = new ArrayList<>();
        if (sentences.size() <= WINDOW) {
            windows.add(normalised);
        } else {
            for (int i = 0; i + WINDOW <= sentences.size(); i++) {
                windows.add(String.join(" ", sentences.subList(i, i + WINDOW)));
            }
        }
        Reading worst = new Reading(0, 0, normalised);
        for (String window : windows) {
            StanceModel.Probabilities p = model.get().probabilities(window);
            if (Math.max(p.self(), p.urgent()) > Math.max(worst.self, worst.urgent)) {
                worst = new Reading(p.self(), p.urgent(), window);
            }
        }
        return worst;
    }
}

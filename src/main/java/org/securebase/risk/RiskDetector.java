package org.securebase.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a post or comment as {@link RiskLevel#SELF}, {@link RiskLevel#URGENT} or {@link RiskLevel#NONE}, and
 * says why ({@link #assess}). Plain Java, no framework types.
 *
 * <p>The rules are language classes organised by the C-SSRS ladder, hopelessness, burdensomeness and goodbye for the
 * writer's own risk ({@link SelfHarmCues}), and by imminence for danger to someone else ({@link UrgentCues}). It errs
 * towards flagging: a false alarm costs a supervisor a look, a miss leaves someone alone. It then excuses a cue only
 * when its clause is positively known to be safe ({@link SafeFraming}): idioms, research, training and media,
 * assessment talk, safety plans, history, someone else's quoted words, a marked joke, the end of a therapy.
 */
public final class RiskDetector {

    private static final AnchorIndex SELF = new AnchorIndex(SelfHarmCues.ALL);
    private static final AnchorIndex URGENT = new AnchorIndex(UrgentCues.ALL);

    private final StanceGate gate;

    /** Uses the packaged model, trained on first use (a few seconds, once per process). */
    public RiskDetector() {
        this.gate = new StanceGate(StanceModel::packaged);
    }

    RiskDetector(StanceModel model) {
        this.gate = new StanceGate(() -> model);
    }

    /** Trains the packaged model now, so that the first post does not wait for it. */
    public static void warmUp() {
        StanceModel.packaged();
    }

    /** Whether the packaged model is trained, so that a check takes milliseconds rather than seconds. */
    public static boolean ready() {
        return StanceModel.packagedTrained();
    }

    public RiskLevel classify(String text) {
        return assess(text).level();
    }

    /**
     * The level and every category that fired, with its sentence. SELF wins over URGENT when both fire. The rules
     * run first; {@link StanceGate} then weighs them with the statistical model.
     */
    public Assessment assess(String text) {
        if (text == null || text.isBlank()) {
            return Assessment.NONE;
        }
        String normalised = TextNormaliser.normalise(text);
        return gate.decide(normalised, rules(normalised));
    }

    private static Assessment rules(String normalised) {
        Context context = new Context(SafeFraming.withoutIdioms(normalised));
        List<Finding> findings = new ArrayList<>();
        Set<RiskCategory> seen = EnumSet.noneOf(RiskCategory.class);
        List<String> own = TextNormaliser.sentences(SafeFraming.writersVoice(context.text));
        for (int i = 0; i < own.size(); i++) {
            String sentence = own.get(i);
            boolean[] anchored = SELF.anchored(sentence);
            for (int c = 0; c < anchored.length; c++) {
                Cue cue = SELF.cues().get(c);
                if (anchored[c]
                        && !seen.contains(cue.category())
                        && firesForSelf(cue, sentence)
                        && !(behaviour(cue.category()) && SafeFraming.everydaySense(sentence))
                        && !(cue.category() == RiskCategory.GOODBYE && context.therapyEnding())
                        && (cue.category().survivesJokeMarker() || !context.joke(own, i))) {
                    seen.add(cue.category());
                    findings.add(new Finding(cue.category(), sentence));
                }
            }
        }
        if (seen.stream().noneMatch(c -> c.level() == RiskLevel.SELF)) {
            Finding field = fieldFinding(own, context);
            if (field != null) {
                seen.add(field.category());
                findings.add(field);
            }
        }
        String reported = SafeFraming.reportedSpeech(context.text);
        if (UrgentCues.THIRD_PARTY.matcher(reported).find()) {
            List<String> sentences = TextNormaliser.sentences(reported);
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                boolean[] anchored = URGENT.anchored(sentence);
                for (int c = 0; c < anchored.length; c++) {
                    Cue cue = URGENT.cues().get(c);
                    if (anchored[c]
                            && !seen.contains(cue.category())
                            && firesForUrgent(cue, sentence)
                            && (!cue.now() || context.now(reported))
                            && (cue.alsoInText() == null
                                    || cue.alsoInText().matcher(reported).find())
                            && !context.noRisk(reported)
                            && !context.joke(sentences, i)) {
                        seen.add(cue.category());
                        findings.add(new Finding(cue.category(), sentence));
                    }
                }
            }
        }
        if (findings.isEmpty()) {
            return Assessment.NONE;
        }
        RiskLevel level = seen.stream().anyMatch(c -> c.level() == RiskLevel.SELF) ? RiskLevel.SELF : RiskLevel.URGENT;
        return new Assessment(level, findings);
    }

    /** Text-wide frames, looked up only once a cue has matched: most texts never need them. */
    private static final class Context {
        final String text;
        private Boolean sincere;
        private Boolean therapyEnding;
        private Boolean now;
        private Boolean noRisk;

        Context(String text) {
            this.text = text;
        }

        boolean sincere() {
            if (sincere == null) {
                sincere = SafeFraming.SINCERE.matcher(text).find();
            }
            return sincere;
        }

        boolean therapyEnding() {
            if (therapyEnding == null) {
                therapyEnding = SafeFraming.THERAPY_ENDING.matcher(text).find();
            }
            return therapyEnding;
        }

        boolean now(String reported) {
            if (now == null) {
                now = UrgentCues.NOW.matcher(reported).find();
            }
            return now;
        }

        boolean noRisk(String reported) {
            if (noRisk == null) {
                noRisk = SafeFraming.NO_RISK.matcher(reported).find();
            }
            return noRisk;
        }

        /** A joke marker in this sentence or the one before or after ("... (jk)", "lol. ..."), unless sincere. */
        boolean joke(List<String> sentences, int i) {
            for (int k = Math.max(0, i - 1); k <= Math.min(sentences.size() - 1, i + 1); k++) {
                if (SafeFraming.JOKE.matcher(sentences.get(k)).find()) {
                    return !sincere();
                }
            }
            return false;
        }
    }

    /**
     * The recall-first layer ({@link SemanticField}): the first sentence in the writer's own voice that touches the
     * field of their own death and is not positively safe. A field word counts alone; a field-adjacent word (means,
     * place, preparation, farewell, weak hopelessness) counts with a second class in its sentence, or with a qualifier:
     * acquiring (for means) or being drawn (for places) in its sentence, finality or secrecy in it or next to it.
     */
    private static Finding fieldFinding(List<String> own, Context context) {
        List<List<SemanticField.Hit>> kept = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            String sentence = own.get(i);
            List<SemanticField.Hit> hits = SemanticField.hits(sentence, i);
            List<SemanticField.Hit> ok = new ArrayList<>();
            int[] clauses = hits.isEmpty() ? null : TextNormaliser.clauseStarts(sentence);
            for (SemanticField.Hit h : hits) {
                int from = clauseStart(clauses, h.start());
                String clause = clauseText(sentence, clauses, h.start(), h.end());
                SemanticField.Field f = h.field();
                boolean keep;
                if (f == SemanticField.Field.BEQUEST) {
                    keep = WritersVoice.speaksForWriter(clause, sentence) && !SafeFraming.fieldFrame(clause, sentence);
                } else if (f == SemanticField.Field.TURNED_ON_SELF) {
                    keep = !SafeFraming.qualifierFrameOnlyNegation(clause);
                } else if (f == SemanticField.Field.LAST_GOODBYE) {
                    keep = !SafeFraming.fieldFrame(clause, sentence)
                            && WRITER_POST.matcher(context.text).find()
                            && !CLIENT_POST.matcher(context.text).find();
                } else if (f.carries) {
                    keep = SemanticField.writersOwn(sentence, clause, from, h.start(), h.end())
                            && !(SafeFraming.governed(sentence, h.start())
                                    ? SafeFraming.governedFrame(clause, sentence)
                                    : SafeFraming.fieldFrame(clause, sentence))
                            && (f != SemanticField.Field.REUNION || SemanticField.bereavement(context.text));
                } else if (f.qualifier()) {
                    keep = !SafeFraming.qualifierFrame(clause, sentence);
                } else {
                    keep = WritersVoice.speaksForWriter(clause, sentence)
                            && !SafeFraming.fieldFrame(clause, sentence)
                            && (!SafeFraming.everydaySense(sentence) || secrecyNear(own, i));
                }
                if (keep
                        && (f == SemanticField.Field.CESSATION || f == SemanticField.Field.LAST_GOODBYE)
                        && ABSENCE.matcher(sentence.substring(h.start(), Math.min(h.end(), sentence.length())))
                                .find()
                        && SafeFraming.everydaySense(sentence)) {
                    keep = false;
                }
                if (keep
                        && (f == SemanticField.Field.FAREWELL
                                || f == SemanticField.Field.FINALITY
                                || f == SemanticField.Field.PREPARATION)
                        && context.therapyEnding()) {
                    keep = false;
                }
                if (keep) {
                    ok.add(h);
                }
            }
            kept.add(ok);
        }
        for (int i = 0; i < own.size(); i++) {
            for (SemanticField.Hit h : kept.get(i)) {
                SemanticField.Field f = h.field();
                if (f.qualifier()) {
                    continue;
                }
                boolean found = f.carries || paired(kept, i, h);
                if (found && (f.category.survivesJokeMarker() || !context.joke(own, i))) {
                    return new Finding(f.category, own.get(i));
                }
            }
        }
        return null;
    }

    /**
     * A field-adjacent hit with a second class next to it (its sentence or a neighbour), or a qualifier that fits it:
     * acquiring for means and being drawn for places in its sentence or a neighbour, finality or secrecy within two
     * sentences (a short post often puts the act first and its meaning last).
     */
    private static boolean paired(List<List<SemanticField.Hit>> kept, int i, SemanticField.Hit h) {
        SemanticField.Field f = h.field();
        for (int k = Math.max(0, i - 2); k <= Math.min(kept.size() - 1, i + 2); k++) {
            boolean near = Math.abs(k - i) <= 1;
            for (SemanticField.Hit o : kept.get(k)) {
                SemanticField.Field g = o.field();
                if (g == f) {
                    continue;
                }
                if (g == SemanticField.Field.FINALITY || g == SemanticField.Field.SECRECY) {
                    return true;
                }
                if (near && (g == SemanticField.Field.ACQUIRE || g == SemanticField.Field.DRAWN)) {
                    return true;
                }
                if (near && !g.qualifier()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Secrecy next to an everyday word takes its everyday sense away: paracetamol from three chemists "so nobody
     * would ask". */
    private static boolean secrecyNear(List<String> own, int i) {
        for (int k = Math.max(0, i - 1); k <= Math.min(own.size() - 1, i + 1); k++) {
            for (SemanticField.Hit h : SemanticField.hits(own.get(k), k)) {
                if (h.field() == SemanticField.Field.SECRECY) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clauseStart(int[] clauses, int at) {
        int from = 0;
        for (int c : clauses) {
            if (c <= at) {
                from = c;
            }
        }
        return from;
    }

    /** Absence wording ("won't be here for the next group") has everyday senses: a conference, a leave, a move. */
    private static final Pattern ABSENCE = Pattern.compile("\\b(?:here|around|back|on here|follow|longer)\\b");

    /** A goodbye final by its own words is the writer's in a post about the writer, not about a client. */
    private static final Pattern WRITER_POST = Pattern.compile("\\b(?:i|i'm|i've|i'd|i'll|told|rang|hugged|said)\\b");

    private static final Pattern CLIENT_POST = Pattern.compile("\\b(?:client|patient|supervisee|service user)s?\\b");

    /** Plans and preparations name means and belongings that also have everyday uses. */
    private static boolean behaviour(RiskCategory category) {
        return category == RiskCategory.PLAN
                || category == RiskCategory.PREPARATORY
                || category == RiskCategory.GOODBYE
                || category == RiskCategory.ATTEMPT;
    }

    /** The categories that fired, e.g. for "C-SSRS: plan" in the moderation queue. */
    public List<Finding> explain(String text) {
        return assess(text).findings();
    }

    private static boolean firesForSelf(Cue cue, String sentence) {
        Matcher m = cue.pattern().matcher(sentence);
        int[] clauses = null;
        while (m.find()) {
            if (clauses == null) {
                clauses = TextNormaliser.clauseStarts(sentence);
            }
            String clause = clauseText(sentence, clauses, m.start(), Math.max(m.start() + 1, m.end()));
            if (cue.writerVoice() && !speaksForWriter(cue, clause, sentence)) {
                continue;
            }
            if (!framed(
                    sentence, clauses, m.start(), m.end(), false, cue.category().survivesJokeMarker())) {
                return true;
            }
        }
        return false;
    }

    /** Farewells and burdensomeness speak to or about others: "you", "they", "everyone" don't take the voice. */
    private static boolean speaksForWriter(Cue cue, String clause, String sentence) {
        return cue.category() == RiskCategory.GOODBYE || cue.category() == RiskCategory.BURDENSOMENESS
                ? WritersVoice.speaksForWriterAddressingOthers(clause, sentence)
                : WritersVoice.speaksForWriter(clause, sentence);
    }

    private static boolean firesForUrgent(Cue cue, String sentence) {
        Matcher m = cue.pattern().matcher(sentence);
        int[] clauses = null;
        while (m.find()) {
            if (clauses == null) {
                clauses = TextNormaliser.clauseStarts(sentence);
            }
            if (!framed(sentence, clauses, m.start(), m.end(), true, false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a safe frame sits in any clause the match touches. */
    private static boolean framed(
            String sentence, int[] clauses, int start, int end, boolean urgent, boolean behaviour) {
        for (int c = 0; c < clauses.length; c++) {
            int from = clauses[c];
            int to = c + 1 < clauses.length ? clauses[c + 1] : sentence.length();
            if (to <= start || from >= Math.max(end, start + 1)) {
                continue;
            }
            String clause = sentence.substring(from, to);
            if (urgent
                    ? SafeFraming.urgentClauseFrame(clause, sentence)
                    : SafeFraming.governed(sentence, start)
                            ? SafeFraming.governedFrame(clause, sentence)
                            : SafeFraming.selfClauseFrame(clause, sentence, behaviour)) {
                return true;
            }
        }
        return false;
    }

    private static String clauseText(String sentence, int[] clauses, int start, int end) {
        int from = 0;
        int to = sentence.length();
        for (int c = 0; c < clauses.length; c++) {
            if (clauses[c] <= start) {
                from = clauses[c];
            }
            if (clauses[c] >= end) {
                to = clauses[c];
                break;
            }
        }
        return sentence.substring(from, to);
    }
}

package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.any;

import java.util.List;
import java.util.stream.Stream;

/**
 * The writer's own risk, one rule per language class: the C-SSRS ideation ladder ({@link IdeationCues}), plan and
 * behaviour ({@link PlanAndBehaviourCues}), then hopelessness, burdensomeness and goodbye ({@link DespairCues}).
 */
final class SelfHarmCues {

    private SelfHarmCues() {}

    /** The writer in any grammatical role. */
    static final String W = "\\b" + any("i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself") + "\\b";

    /** Up to n words, closed by the caller: {@code WORDS + "3}"}. */
    static final String WORDS = "(?:\\s+[\\w'-]+){0,";

    static final List<Cue> ALL = Stream.of(IdeationCues.ALL, PlanAndBehaviourCues.ALL, DespairCues.ALL)
            .flatMap(List::stream)
            .toList();
}

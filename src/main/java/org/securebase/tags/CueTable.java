package org.securebase.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.securebase.tags.BehaviourCues.Indicator;

/** One pattern's indicators, in the order its table writes them, and the templates they were compiled from. */
abstract class CueTable {

    private final List<Indicator> indicators = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();

    /** One indicator, written as one or more templates: each is matched on its own, and counts once per name. */
    final void cue(String slug, String name, int weight, boolean affirmative, String... templates) {
        for (String t : templates) {
            this.templates.add(t);
            indicators.add(new Indicator(slug, name, weight, CueWordClasses.compile(t), affirmative));
        }
    }

    final List<Indicator> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    final List<String> templates() {
        return Collections.unmodifiableList(templates);
    }
}

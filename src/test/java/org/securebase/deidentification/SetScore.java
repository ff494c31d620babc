package org.securebase.deidentification;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A labelled vignette set scored as the project's scorer scores it: an identifier is caught when every letter and
 * digit of it lies inside a detection; precision counts letters and digits. Prints recall per identifier type.
 */
record SetScore(double recall, double precision) {

    static SetScore of(String name, List<JsonNode> rows, Deidentifier engine) {
        Map<IdentifierType, int[]> byType = new EnumMap<>(IdentifierType.class);
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
                Set<Integer> need =
                        alnum(text, phi.get("start").asInt(), phi.get("end").asInt());
                truth.addAll(need);
                int[] counts = byType.computeIfAbsent(
                        IdentifierType.valueOf(phi.get("type").asString()), t -> new int[2]);
                counts[1]++;
                total++;
                if (predicted.containsAll(need)) {
                    caught++;
                    counts[0]++;
                } else {
                    System.out.println(name + " leaked " + phi.get("type").asString() + " "
                            + phi.get("text").asString());
                }
            }
            covered += predicted.size();
            predicted.retainAll(truth);
            hit += predicted.size();
        }
        SetScore score = new SetScore((double) caught / total, (double) hit / covered);
        StringBuilder table = new StringBuilder(String.format(
                "%n%s: recall %.4f (%d/%d), precision %.4f%n", name, score.recall, caught, total, score.precision));
        byType.forEach((type, c) ->
                table.append(String.format("  %-7s %3d/%3d %.3f%n", type, c[0], c[1], (double) c[0] / c[1])));
        System.out.println(table);
        return score;
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

package org.securebase.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cues a sentence can possibly fire, from the beginnings of its words: one pass over the words and a map look-up
 * per word beginning, instead of a regex scan per cue. A cue is anchored when the sentence has a word that starts
 * with one of the words of each of its anchor sets.
 */
final class AnchorIndex {

    private final List<Cue> cues;
    /** Open-addressed table: an anchor word, its hash, the (cue, anchor set) pairs it satisfies as cue * 8 + set. */
    private final String[] keys;

    private final int[] hashes;
    private final int[][] values;
    private final int mask;
    private final int longest;
    private final int[] complete;

    AnchorIndex(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.complete = new int[cues.size()];
        Map<String, List<Integer>> pairs = new HashMap<>();
        for (int c = 0; c < cues.size(); c++) {
            List<Set<String>> sets = cues.get(c).anchors();
            if (sets.size() > 8) {
                throw new IllegalArgumentException("at most 8 anchor sets per cue");
            }
            complete[c] = (1 << sets.size()) - 1;
            for (int s = 0; s < sets.size(); s++) {
                for (String word : sets.get(s)) {
                    pairs.computeIfAbsent(word, w -> new ArrayList<>()).add(c * 8 + s);
                }
            }
        }
        int size = Integer.highestOneBit(Math.max(16, pairs.size() * 4));
        keys = new String[size];
        hashes = new int[size];
        values = new int[size][];
        mask = size - 1;
        int max = 0;
        for (Map.Entry<String, List<Integer>> e : pairs.entrySet()) {
            int slot = e.getKey().hashCode() & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = e.getKey();
            hashes[slot] = e.getKey().hashCode();
            values[slot] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            max = Math.max(max, e.getKey().length());
        }
        longest = max;
    }

    /** The pairs for sentence[start, end) with the given String hash, or null; no substring is made. */
    private int[] lookup(String sentence, int start, int end, int hash) {
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash
                    && keys[slot].length() == end - start
                    && sentence.regionMatches(start, keys[slot], 0, end - start)) {
                return values[slot];
            }
        }
        return null;
    }

    List<Cue> cues() {
        return cues;
    }

    /** For each cue, in order, whether this sentence anchors it. */
    boolean[] anchored(String sentence) {
        int[] marks = new int[cues.size()];
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            char ch = i < sentence.length() ? sentence.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(ch) || ch == '\'';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                int hash = 0;
                for (int end = start + 1; end <= Math.min(i, start + longest); end++) {
                    hash = 31 * hash + sentence.charAt(end - 1);
                    int[] hits = lookup(sentence, start, end, hash);
                    if (hits != null) {
                        for (int hit : hits) {
                            marks[hit / 8] |= 1 << (hit % 8);
                        }
                    }
                }
                start = -1;
            }
        }
        boolean[] out = new boolean[cues.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = marks[c] == complete[c];
        }
        return out;
    }
}

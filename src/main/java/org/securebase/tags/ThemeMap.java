package org.securebase.tags;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Thread counts for the supervisors' theme map: attachment patterns against populations, and how often each
 * attachment theme was used per month.
 */
public record ThemeMap(
        List<TagRef> patterns,
        List<TagRef> populations,
        long[][] counts,
        List<YearMonth> months,
        Map<TagRef, long[]> usePerMonth) {

    public long count(int pattern, int population) {
        return counts[pattern][population];
    }
}

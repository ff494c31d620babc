package org.securebase.tags;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisors' theme map, counted over the threads the viewer can see. */
@Service
class ThemeMapBuilder {

    private final TagRepository tags;
    private final VisibleThreads visible;
    private final AccessPolicy access;
    private final Clock clock;

    ThemeMapBuilder(TagRepository tags, VisibleThreads visible, AccessPolicy access, Clock clock) {
        this.tags = tags;
        this.visible = visible;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ThemeMap themeMap() {
        Actor actor = access.requireActiveMember();
        if (!actor.verifier()) {
            throw new AccessDeniedException("The theme map is for supervisors and admins.");
        }
        Set<Long> groups = visible.groupIds(actor);
        List<Tag> all = tags.findAll().stream()
                .filter(t -> !t.isRetired())
                .sorted(TagLookup.TAXONOMY_ORDER)
                .toList();
        List<Tag> patterns =
                all.stream().filter(t -> t.getGroup() == TagGroup.PATTERN).toList();
        List<Tag> populations =
                all.stream().filter(t -> t.getGroup() == TagGroup.POPULATION).toList();
        long[][] counts = pairCounts(groups, patterns, populations);
        List<YearMonth> months = lastTwelveMonths();
        List<Tag> themes =
                all.stream().filter(t -> t.getGroup().attachmentTheme()).toList();
        Map<Long, long[]> perMonth = usePerMonth(groups, themes, months);
        Map<TagRef, long[]> use = new LinkedHashMap<>();
        themes.stream()
                .filter(t -> perMonth.containsKey(t.getId()))
                .forEach(t -> use.put(TagRef.of(t), perMonth.get(t.getId())));
        return new ThemeMap(
                patterns.stream().map(TagRef::of).toList(),
                populations.stream().map(TagRef::of).toList(),
                counts,
                months,
                use);
    }

    /** Threads carrying each pattern with each population: a row per pattern, a column per population. */
    private long[][] pairCounts(Set<Long> groups, List<Tag> patterns, List<Tag> populations) {
        long[][] counts = new long[patterns.size()][populations.size()];
        Map<Long, Integer> row = index(patterns);
        Map<Long, Integer> column = index(populations);
        if (!groups.isEmpty() && !patterns.isEmpty() && !populations.isEmpty()) {
            for (Object[] r : tags.pairs(groups, row.keySet(), column.keySet())) {
                counts[row.get(((Number) r[0]).longValue())][column.get(((Number) r[1]).longValue())] =
                        ((Number) r[2]).longValue();
            }
        }
        return counts;
    }

    private List<YearMonth> lastTwelveMonths() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /** Per theme, its new threads in each of the months; themes without any are left out. */
    private Map<Long, long[]> usePerMonth(Set<Long> groups, List<Tag> themes, List<YearMonth> months) {
        Map<Long, long[]> perMonth = new HashMap<>();
        if (!groups.isEmpty() && !themes.isEmpty()) {
            Instant since =
                    months.getFirst().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (Object[] r : tags.uses(groups, themes.stream().map(Tag::getId).toList(), since)) {
                YearMonth month = YearMonth.from(((Instant) r[1]).atZone(ZoneOffset.UTC));
                int at = months.indexOf(month);
                if (at >= 0) {
                    perMonth.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[months.size()])[at]++;
                }
            }
        }
        return perMonth;
    }

    private static Map<Long, Integer> index(List<Tag> list) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).getId(), i);
        }
        return index;
    }
}

package org.securebase.tags;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.springframework.stereotype.Component;

/** The consultation groups a member can see, and how many of their listed threads carry each tag. */
@Component
class VisibleThreads {

    private final TagRepository tags;
    private final GroupAccess groupAccess;

    VisibleThreads(TagRepository tags, GroupAccess groupAccess) {
        this.tags = tags;
        this.groupAccess = groupAccess;
    }

    /** The same rule as thread lists and search: {@link GroupAccess#readableGroups}. */
    Set<Long> groupIds(Actor actor) {
        return Set.copyOf(groupAccess.readableGroups(actor).keySet());
    }

    /** Like thread lists, the counts leave out the threads the reader stepped out of. */
    Map<Long, Long> countsByTag(Actor actor) {
        Set<Long> visible = groupIds(actor);
        if (visible.isEmpty()) {
            return Map.of();
        }
        return tags.countThreads(visible, actor.id()).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}

package org.securebase.tags;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.Actor;
import org.springframework.stereotype.Component;

/** The consultation groups a member can see, and how many of their listed threads carry each tag. */
@Component
class VisibleThreads {

    private final TagRepository tags;
    private final GroupRepository groups;

    VisibleThreads(TagRepository tags, GroupRepository groups) {
        this.tags = tags;
        this.groups = groups;
    }

    Set<Long> groupIds(Actor actor) {
        return groups.findAll().stream()
                .filter(g -> GroupAccess.canView(actor, g))
                .map(ConsultationGroup::getId)
                .collect(Collectors.toSet());
    }

    Map<Long, Long> countsByTag(Actor actor) {
        Set<Long> visible = groupIds(actor);
        if (visible.isEmpty()) {
            return Map.of();
        }
        return tags.countThreads(visible).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}

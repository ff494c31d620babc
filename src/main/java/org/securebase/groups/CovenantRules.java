package org.securebase.groups;

import java.util.HashMap;
import java.util.Map;
import org.securebase.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Which version of a group's covenant is current, and whether a reader has accepted it. A group without a stored
 * covenant has the default text as version 1 (migration V61 stores it for the groups that existed then).
 */
@Component
class CovenantRules {

    static final String DEFAULT_TEXT = """
            We consult one another as peers. By joining this group I agree that:

            - I leave out or change every detail that could identify a client: names, places, dates, employers, \
            rare events.
            - I do not record, photograph or transcribe anything said or written here, with any tool, and I do not \
            paste it into any other service.
            - Consultation among peers is not supervision: each of us stays responsible for our own clinical \
            decisions.
            - My clients are told at intake that I consult colleagues about my work, without identifying them.
            - What is said in this group stays in this group.
            - If I think I know the person being presented, I say so and step out of the discussion.""";

    private final CovenantRepository covenants;
    private final CovenantAcceptanceRepository acceptances;

    CovenantRules(CovenantRepository covenants, CovenantAcceptanceRepository acceptances) {
        this.covenants = covenants;
        this.acceptances = acceptances;
    }

    /** The group's supervisors (who write it) and admins read without accepting; everyone else accepts first. */
    static boolean exempt(Actor actor, ConsultationGroup group) {
        return actor.admin() || GroupAccess.supervises(actor, group);
    }

    int currentVersion(long groupId) {
        return covenants
                .findFirstByGroupIdOrderByVersionDesc(groupId)
                .map(GroupCovenant::getVersion)
                .orElse(1);
    }

    boolean accepted(Actor actor, ConsultationGroup group) {
        return exempt(actor, group)
                || acceptances.existsByGroupIdAndAccountIdAndVersion(
                        group.getId(), actor.id(), currentVersion(group.getId()));
    }

    /** For lists of many groups: two queries, whatever the number of groups. */
    Map<Long, Boolean> acceptedAll(Actor actor, Iterable<ConsultationGroup> groups) {
        Map<Long, Integer> current = versions(covenants.currentVersions());
        Map<Long, Integer> mine = versions(acceptances.acceptedVersions(actor.id()));
        Map<Long, Boolean> result = new HashMap<>();
        for (ConsultationGroup g : groups) {
            result.put(
                    g.getId(),
                    exempt(actor, g) || mine.getOrDefault(g.getId(), 0) >= current.getOrDefault(g.getId(), 1));
        }
        return result;
    }

    private static Map<Long, Integer> versions(Iterable<Object[]> rows) {
        Map<Long, Integer> map = new HashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return map;
    }
}

package org.securebase.groups;

import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Group rules that other features' services apply: who may see a group's content, who moderates it. */
@Component
public class GroupAccess {

    private final AccessPolicy access;
    private final GroupRepository groups;
    private final CovenantRules covenants;

    GroupAccess(AccessPolicy access, GroupRepository groups, CovenantRules covenants) {
        this.access = access;
        this.groups = groups;
        this.covenants = covenants;
    }

    public static boolean canView(Actor actor, ConsultationGroup group) {
        return actor.active()
                && (group.isOpenToAll() || actor.admin() || group.isMember(actor.id()) || supervises(actor, group));
    }

    public static boolean canModerate(Actor actor, ConsultationGroup group) {
        return actor.active() && (actor.admin() || supervises(actor, group));
    }

    /**
     * Being on a group's supervisor list counts only while the account is an active supervisor (or admin): a
     * suspended or demoted supervisor moderates nothing, even if the list still names them. This is the one rule
     * every service reads; {@link GroupService#removeSupervisorEverywhere} also clears the list on demotion.
     */
    public static boolean supervises(Actor actor, ConsultationGroup group) {
        return actor.active() && actor.role() != Role.THERAPIST && group.isSupervisor(actor.id());
    }

    /**
     * Admins moderate every other member; a supervisor moderates therapists who can read a group the supervisor
     * moderates.
     */
    public static boolean canModerateMember(Actor actor, Actor target, java.util.Collection<ConsultationGroup> all) {
        if (!actor.active() || actor.id() == target.id()) {
            return false;
        }
        if (actor.admin()) {
            return true;
        }
        return target.role() == Role.THERAPIST
                && all.stream().anyMatch(g -> canModerate(actor, g) && (g.isOpenToAll() || g.isMember(target.id())));
    }

    /**
     * The groups whose content the actor may read today, by id: the one rule that thread lists, theme pages and
     * search apply (search passes these ids into its SQL, so counts and pages never include anything else). A
     * group whose current covenant the actor has not accepted is not among them.
     */
    public java.util.Map<Long, ConsultationGroup> readableGroups(Actor actor) {
        java.util.List<ConsultationGroup> viewable =
                groups.findAll().stream().filter(g -> canView(actor, g)).toList();
        java.util.Map<Long, Boolean> accepted = covenants.acceptedAll(actor, viewable);
        java.util.Map<Long, ConsultationGroup> readable = new java.util.LinkedHashMap<>();
        viewable.stream().filter(g -> accepted.get(g.getId())).forEach(g -> readable.put(g.getId(), g));
        return readable;
    }

    /** Reading a group's threads needs its current covenant accepted (see CovenantService). */
    public void requireCovenant(Actor actor, ConsultationGroup group) {
        if (!covenants.accepted(actor, group)) {
            throw new CovenantRequiredException(group.getId());
        }
    }

    public Actor requireView(long groupId) {
        Actor actor = access.requireActiveMember();
        if (!canView(actor, load(groupId))) {
            throw new AccessDeniedException("This group is private.");
        }
        return actor;
    }

    public Actor requireModerate(long groupId) {
        Actor actor = access.requireActiveMember();
        if (!canModerate(actor, load(groupId))) {
            throw new AccessDeniedException("Only this group's supervisors may do this.");
        }
        return actor;
    }

    private ConsultationGroup load(long groupId) {
        // An unknown group and a private one look the same to the caller.
        return groups.findById(groupId).orElseThrow(() -> new AccessDeniedException("This group is private."));
    }
}

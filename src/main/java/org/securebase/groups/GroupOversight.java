package org.securebase.groups;

import org.securebase.accounts.AccountEvents;
import org.securebase.accounts.MemberOversight;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the accounts module asks of groups: who oversees a member, and what a demotion takes away. */
@Component
class GroupOversight implements MemberOversight {

    private final GroupRepository groups;
    private final GroupService groupService;

    GroupOversight(GroupRepository groups, GroupService groupService) {
        this.groups = groups;
        this.groupService = groupService;
    }

    @Override
    public boolean oversees(Actor actor, Actor member) {
        return GroupAccess.canModerateMember(actor, member, groups.findAll());
    }

    /** Runs inside the role change's transaction: a supervisor made a therapist moderates no group from then on. */
    @EventListener
    void on(AccountEvents.RoleChanged change) {
        if (change.after() == Role.THERAPIST && change.before() != Role.THERAPIST) {
            groupService.removeSupervisorEverywhere(
                    change.accountId(), "no longer a supervisor (" + change.reason() + ")");
        }
    }
}

package org.securebase.moderation;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.springframework.stereotype.Component;

/** Who hears about a group's moderation: its active supervisors, and for alerts the admins when it has none. */
@Component
class GroupModerators {

    private final GroupRepository groups;
    private final AccountRepository accounts;

    GroupModerators(GroupRepository groups, AccountRepository accounts) {
        this.groups = groups;
        this.accounts = accounts;
    }

    /** Listed supervisors who still supervise (active, and not demoted to therapist): the rule of GroupAccess. */
    Set<Long> activeSupervisors(long groupId) {
        ConsultationGroup group = groups.findById(groupId).orElseThrow();
        return group.getSupervisorIds().stream()
                .map(accounts::findById)
                .flatMap(Optional::stream)
                .filter(a -> GroupAccess.supervises(a.actor(), group))
                .map(Account::getId)
                .collect(Collectors.toSet());
    }

    /** The group's active supervisors; the admins when the group has none, so no alert goes unseen. */
    Set<Long> alertRecipients(long groupId) {
        Set<Long> supervisors = activeSupervisors(groupId);
        if (!supervisors.isEmpty()) {
            return supervisors;
        }
        return accounts.findAll().stream()
                .filter(a -> a.getRole() == Role.ADMIN && a.getStatus() == AccountStatus.ACTIVE)
                .map(Account::getId)
                .collect(Collectors.toSet());
    }
}

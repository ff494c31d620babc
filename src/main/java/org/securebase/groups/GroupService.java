package org.securebase.groups;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class GroupService {

    private final GroupRepository groups;
    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final GroupAccess groupAccess;
    private final AuditTrail audit;

    public GroupService(
            GroupRepository groups,
            AccountRepository accounts,
            AccessPolicy access,
            GroupAccess groupAccess,
            AuditTrail audit) {
        this.groups = groups;
        this.accounts = accounts;
        this.access = access;
        this.groupAccess = groupAccess;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> visibleGroups() {
        Actor actor = access.requireActiveMember();
        return groups.findAllByOrderByOpenToAllDescNameAsc().stream()
                .filter(g -> GroupAccess.canView(actor, g))
                .map(g -> summary(actor, g))
                .toList();
    }

    @Transactional(readOnly = true)
    public GroupSummary group(long groupId) {
        Actor actor = groupAccess.requireView(groupId);
        return summary(actor, groups.findById(groupId).orElseThrow());
    }

    /** Member names of a group: for its supervisors and admins. */
    @Transactional(readOnly = true)
    public List<String> memberNames(long groupId) {
        groupAccess.requireModerate(groupId);
        return names(groups.findById(groupId).orElseThrow().getMemberIds());
    }

    @Transactional(readOnly = true)
    public List<GroupMembership> allGroups() {
        access.requireAdmin();
        return groups.findAllByOrderByOpenToAllDescNameAsc().stream()
                .map(g -> new GroupMembership(
                        g.getId(),
                        g.getName(),
                        g.getDescription(),
                        g.isOpenToAll(),
                        g.getMemberIds(),
                        g.getSupervisorIds(),
                        g.getApprovalBelow(),
                        g.isNoteHidesConsultants(),
                        g.isRequiresSecondFactor()))
                .toList();
    }

    @Transactional
    public long create(GroupForm form) {
        Actor actor = access.requireAdmin();
        ConsultationGroup group = new ConsultationGroup(
                validName(form.name(), null), validDescription(form.description()), form.openToAll());
        assign(group, form);
        groups.save(group);
        audit.record(actor, "group.created", Target.group(group.getId(), group.getName()), describe(form));
        return group.getId();
    }

    /** Name, visibility, supervisors and members change together or not at all. */
    @Transactional
    public void update(long groupId, GroupForm form) {
        Actor actor = access.requireAdmin();
        ConsultationGroup group = load(groupId);
        group.describe(validName(form.name(), group), validDescription(form.description()), form.openToAll());
        assign(group, form);
        audit.record(actor, "group.updated", Target.group(groupId, group.getName()), describe(form));
    }

    /**
     * Takes an account off every group's supervisor list, with an audit line per group: called when an admin
     * makes a supervisor a therapist, in the same transaction as the role change. Returns the groups' names.
     */
    @Transactional
    public List<String> removeSupervisorEverywhere(long accountId, String why) {
        Actor actor = access.requireAdmin();
        List<String> names = new java.util.ArrayList<>();
        for (ConsultationGroup group : groups.findAllByOrderByOpenToAllDescNameAsc()) {
            if (group.removeSupervisor(accountId)) {
                names.add(group.getName());
                audit.record(
                        actor,
                        "group.supervisor-removed",
                        Target.group(group.getId(), group.getName()),
                        String.join(", ", names(Set.of(accountId))) + ": " + why);
            }
        }
        return names;
    }

    private void assign(ConsultationGroup group, GroupForm form) {
        requireAccounts(form.supervisorIds(), "supervisors", true);
        requireAccounts(form.memberIds(), "members", false);
        group.replaceSupervisors(form.supervisorIds());
        group.replaceMembers(form.memberIds());
        if (form.approvalBelow() < 0 || form.approvalBelow() > 100) {
            throw InvalidInputException.of("approvalBelow", "Choose between 0 (off) and 100 posts.");
        }
        group.requireApprovalBelow(form.approvalBelow());
        group.hideConsultantsInNote(form.noteHidesConsultants());
        group.requireSecondFactor(form.requiresSecondFactor());
    }

    private String describe(GroupForm form) {
        return (form.openToAll() ? "open to every verified member" : "private")
                + "; supervisors: " + String.join(", ", names(form.supervisorIds()))
                + "; members: " + String.join(", ", names(form.memberIds()))
                + (form.approvalBelow() > 0 ? "; posts reviewed until " + form.approvalBelow() + " are approved" : "")
                + (form.noteHidesConsultants() ? "; consultation notes name consultants by role only" : "")
                + (form.requiresSecondFactor() ? "; members must use a second factor" : "");
    }

    private void requireAccounts(Set<Long> ids, String field, boolean supervisorsOnly) {
        List<Account> found = accounts.findAllById(ids);
        if (found.size() != ids.size()) {
            throw InvalidInputException.of(field, "Some of these accounts no longer exist.");
        }
        if (supervisorsOnly && found.stream().anyMatch(a -> a.getRole() == Role.THERAPIST)) {
            throw InvalidInputException.of(field, "Only supervisors and administrators can supervise a group.");
        }
    }

    private String validName(String name, ConsultationGroup current) {
        String clean = Inputs.clean(name);
        Map<String, String> errors = new LinkedHashMap<>();
        if (clean.isEmpty()) {
            errors.put("name", "Please name the group.");
        } else if (clean.length() > 80) {
            errors.put("name", "Use at most 80 characters.");
        } else if (!clean.matches(Inputs.SINGLE_LINE)) {
            errors.put("name", "Use a single line of text.");
        } else if ((current == null || !current.getName().equals(clean)) && groups.existsByName(clean)) {
            errors.put("name", "A group with this name already exists.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return clean;
    }

    private static String validDescription(String description) {
        String clean = Inputs.clean(description);
        if (clean.isEmpty()) {
            throw InvalidInputException.of("description", "Please say in a sentence what the group is for.");
        }
        if (clean.length() > 500) {
            throw InvalidInputException.of("description", "Use at most 500 characters.");
        }
        return clean;
    }

    private GroupSummary summary(Actor actor, ConsultationGroup g) {
        return new GroupSummary(
                g.getId(),
                g.getName(),
                g.getDescription(),
                g.isOpenToAll(),
                g.getMemberIds().size(),
                names(g.getSupervisorIds()),
                GroupAccess.canModerate(actor, g));
    }

    private List<String> names(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .map(Account::getDisplayName)
                .sorted()
                .toList();
    }

    private ConsultationGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new AccessDeniedException("No such group."));
    }
}

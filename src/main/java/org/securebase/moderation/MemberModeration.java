package org.securebase.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.notifications.Notice;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationService;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Warnings to members and private notes on them, by admins and the supervisors of the member's groups. */
@Service
class MemberModeration {

    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final GroupRepository groups;
    private final MemberNoteRepository notes;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;

    MemberModeration(
            AccessPolicy access,
            AccountRepository accounts,
            GroupRepository groups,
            MemberNoteRepository notes,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.groups = groups;
        this.notes = notes;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void warn(long accountId, String message) {
        Actor actor = requireModeratesMember(accountId);
        String text = Inputs.clean(message);
        if (text.isEmpty()) {
            throw InvalidInputException.of("message", "Write the warning the member will read.");
        }
        Account account = accounts.findById(accountId).orElseThrow();
        notifications.send(
                accountId,
                "A supervisor wrote to you: " + text,
                "notifications",
                new Notice(NotificationKind.WARNING, null, null));
        notes.save(new MemberNote(accountId, actor.id(), "Warning sent: " + text, clock.instant()));
        audit.record(actor, "account.warned", AuditTrail.Target.account(accountId, account.getDisplayName()), text);
    }

    @Transactional
    public void addNote(long accountId, String body) {
        Actor actor = requireModeratesMember(accountId);
        String text = Inputs.clean(body);
        if (text.isEmpty()) {
            throw InvalidInputException.of("note", "Write the note.");
        }
        if (text.length() > ModerationService.NOTE_LIMIT) {
            throw InvalidInputException.of("note", "Use at most " + ModerationService.NOTE_LIMIT + " characters.");
        }
        notes.save(new MemberNote(accountId, actor.id(), text, clock.instant()));
        Account account = accounts.findById(accountId).orElseThrow();
        audit.record(actor, "account.note-added", AuditTrail.Target.account(accountId, account.getDisplayName()), null);
    }

    @Transactional(readOnly = true)
    public List<ModerationService.NoteLine> notes(long accountId) {
        requireModeratesMember(accountId);
        List<MemberNote> list = notes.findByAccountIdOrderByCreatedAtDesc(accountId);
        Map<Long, String> names =
                names(list.stream().map(MemberNote::getAuthorId).toList());
        return list.stream()
                .map(n -> new ModerationService.NoteLine(names.get(n.getAuthorId()), n.getCreatedAt(), n.getBody()))
                .toList();
    }

    private Actor requireModeratesMember(long accountId) {
        Actor actor = access.requireActiveMember();
        Account target = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such member."));
        if (!GroupAccess.canModerateMember(actor, target.actor(), groups.findAll())) {
            throw new AccessDeniedException("Only admins, and supervisors of this member's groups, can do that.");
        }
        return actor;
    }

    private Map<Long, String> names(List<Long> ids) {
        return accounts.findAllById(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }
}

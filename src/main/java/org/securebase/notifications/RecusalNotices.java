package org.securebase.notifications;

import java.util.List;
import java.util.Set;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadEvents;
import org.securebase.threads.ThreadRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I may know this client": the case's author is asked to disguise it further, without learning who stepped out;
 * the group's supervisors (the admins, if it has none) are told who.
 */
@Component
class RecusalNotices {

    private final NotificationService notifications;
    private final ThreadRepository threads;
    private final GroupRepository groups;
    private final AccountRepository accounts;

    RecusalNotices(
            NotificationService notifications,
            ThreadRepository threads,
            GroupRepository groups,
            AccountRepository accounts) {
        this.notifications = notifications;
        this.threads = threads;
        this.groups = groups;
        this.accounts = accounts;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void recused(ThreadEvents.Recused event) {
        DiscussionThread t = threads.findById(event.threadId()).orElseThrow();
        ConsultationGroup group = groups.findById(t.getGroupId()).orElseThrow();
        String link = "threads/" + t.getId();
        if (t.getAuthorId() != null) {
            notifications.send(
                    List.of(t.getAuthorId()),
                    "A colleague may know the client in \"" + t.getTitle() + "\" and has stepped out of it. Please"
                            + " disguise the case further: change details that are not needed for the question.",
                    link,
                    false,
                    new Notice(NotificationKind.REVIEW, group.getId(), null));
        }
        String reader =
                accounts.findById(event.readerId()).map(Account::getDisplayName).orElse("A member");
        Set<Long> supervisors = new java.util.LinkedHashSet<>();
        accounts.findAllById(group.getSupervisorIds()).stream()
                .filter(a -> GroupAccess.supervises(a.actor(), group))
                .forEach(a -> supervisors.add(a.getId()));
        if (supervisors.isEmpty()) {
            accounts.findAll().stream()
                    .filter(a -> a.actor().admin() && a.actor().active())
                    .forEach(a -> supervisors.add(a.getId()));
        }
        supervisors.remove(event.readerId());
        supervisors.remove(t.getAuthorId());
        if (!supervisors.isEmpty()) {
            notifications.send(
                    supervisors,
                    reader + " may know the client in \"" + t.getTitle() + "\" and has stepped out of it.",
                    link,
                    false,
                    new Notice(NotificationKind.QUEUE, group.getId(), reader));
        }
    }
}

package org.securebase.mail;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupRepository;
import org.securebase.notifications.Notification;
import org.securebase.notifications.NotificationCreated;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns notifications into mail, per the member's choice: by email after the delay (dropped if read in the app
 * first), or in the daily digest of what they have not seen. Risk alerts go at once and are never dropped. The
 * mail is built from the notification's kind, group and actor, never from its in-app message.
 */
@Component
public class NotificationMailer {

    private final MailOutbox outbox;
    private final MailPreferences preferences;
    private final AccountService accounts;
    private final GroupRepository groups;
    private final NotificationRepository notifications;
    private final MailSettings settings;
    private final DigestTurn digestTurn;

    NotificationMailer(
            MailOutbox outbox,
            MailPreferences preferences,
            AccountService accounts,
            GroupRepository groups,
            NotificationRepository notifications,
            MailSettings settings,
            DigestTurn digestTurn) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.accounts = accounts;
        this.groups = groups;
        this.notifications = notifications;
        this.settings = settings;
        this.digestTurn = digestTurn;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void created(NotificationCreated event) {
        NotificationKind kind = event.notice().kind();
        if (preferences.choice(event.accountId(), kind) != MailChoice.EMAIL) {
            return;
        }
        accounts.activeById(event.accountId()).ifPresent(a -> {
            MailText text = MailTexts.notification(
                    kind,
                    event.notice().actor(),
                    groupName(event.notice().groupId()),
                    settings.link(event.link()),
                    settings.link(MailTexts.PREFERENCES));
            boolean risk = kind == NotificationKind.RISK_ALERT;
            outbox.enqueue(
                    MailKind.NOTIFICATION,
                    a.id(),
                    a.email(),
                    text,
                    risk ? null : event.notificationId(),
                    risk ? Duration.ZERO : settings.delay());
        });
    }

    /**
     * The daily digest: once a day (after securebase.mail.digest-hour, UTC), one mail per member listing what they
     * have not read of the kinds they chose for the digest. A row lock in mail_job makes it run once a day even
     * with several instances. Returns how many digests were written, or -1 when it was not this run's turn.
     */
    @Transactional
    public int digest(boolean force) {
        if (!digestTurn.claim(force)) {
            return -1;
        }
        Map<Long, List<Notification>> byAccount = new LinkedHashMap<>();
        for (Notification n :
                notifications.findByReadAtIsNullAndDigestedFalseAndKindIsNotNullOrderByAccountIdAscCreatedAtAsc()) {
            if (preferences.choice(n.getAccountId(), n.getKind()) == MailChoice.DIGEST) {
                byAccount
                        .computeIfAbsent(n.getAccountId(), id -> new java.util.ArrayList<>())
                        .add(n);
            }
        }
        int written = 0;
        for (var entry : byAccount.entrySet()) {
            AccountDetails a = accounts.activeById(entry.getKey()).orElse(null);
            entry.getValue().forEach(Notification::digested);
            if (a == null) {
                continue;
            }
            List<MailTexts.Line> lines = entry.getValue().stream()
                    .map(n -> new MailTexts.Line(n.getKind(), n.getActor(), groupName(n.getGroupId())))
                    .toList();
            outbox.enqueue(
                    MailKind.DIGEST,
                    a.id(),
                    a.email(),
                    MailTexts.digest(lines, settings.link("notifications"), settings.link(MailTexts.PREFERENCES)));
            written++;
        }
        return written;
    }

    private String groupName(Long groupId) {
        return groupId == null
                ? null
                : groups.findById(groupId).map(ConsultationGroup::getName).orElse(null);
    }
}

package org.securebase.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails to the outbox, in the caller's transaction: a mail exists exactly when what it reports was
 * committed. The {@link MailDispatcher} sends them. When mail is off (no SMTP server), nothing is written.
 */
@Service
public class MailOutbox {

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final ObjectProvider<MailSender> sender;
    private final Clock clock;

    public MailOutbox(OutboxRepository outbox, MailSettings settings, ObjectProvider<MailSender> sender, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    public boolean on() {
        return sender.getIfAvailable() != null;
    }

    public MailSettings settings() {
        return settings;
    }

    /** A mail to send as soon as possible. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(MailKind kind, Long accountId, String recipient, MailText text) {
        enqueue(kind, accountId, recipient, text, null, Duration.ZERO);
    }

    /** A mail that waits; with a notification, it is dropped if the member reads that notification first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(
            MailKind kind, Long accountId, String recipient, MailText text, Long notificationId, Duration wait) {
        if (!on() || recipient == null || recipient.isBlank()) {
            return;
        }
        var now = clock.instant();
        outbox.save(new OutboxMail(
                kind,
                accountId,
                recipient,
                text.subject(),
                text.body(),
                text.unsubscribeUrl(),
                notificationId,
                now,
                now.plus(wait)));
    }

    @Transactional(readOnly = true)
    public MailStatus status() {
        MailSender s = sender.getIfAvailable();
        String server = s instanceof JavaMailSenderImpl impl
                ? impl.getHost() + ":" + impl.getPort()
                : s == null ? null : s.getClass().getSimpleName();
        return new MailStatus(s != null, settings.embedded(), server, settings.from(), settings.baseUrl());
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> recent(int limit) {
        return outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long count(OutboxStatus status) {
        return outbox.countByStatus(status);
    }
}

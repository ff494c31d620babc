package org.securebase.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.securebase.notifications.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. Each mail is first claimed (PENDING to SENDING, one row update that only one
 * dispatcher wins, in any instance), then sent, then marked SENT; a failure puts it back with a doubling wait, and
 * after {@code maxAttempts} marks it FAILED. A mail still SENDING after a restart is never taken again (it may have
 * left): it is marked FAILED for an admin to see, so nothing is ever sent twice.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final Duration STALE = Duration.ofMinutes(10);
    private static final Duration MAX_WAIT = Duration.ofHours(1);

    private final OutboxRepository outbox;
    private final NotificationRepository notifications;
    private final MailSettings settings;
    private final ObjectProvider<MailSender> sender;
    private final TransactionTemplate tx;
    private final Clock clock;

    public MailDispatcher(
            OutboxRepository outbox,
            NotificationRepository notifications,
            MailSettings settings,
            ObjectProvider<MailSender> sender,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.settings = settings;
        this.sender = sender;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends every mail that is due; returns how many were sent. */
    public int dispatchDue() {
        MailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        Instant now = clock.instant();
        Integer abandoned = tx.execute(t -> outbox.abandonStale(now.minus(STALE)));
        if (abandoned != null && abandoned > 0) {
            log.warn("{} mails were interrupted while sending and are marked failed", abandoned);
        }
        // Drain everything due, 100 at a time: a backlog after an outage must not hold back the newest mail.
        java.util.Set<Long> tried = new java.util.HashSet<>();
        int sent = 0;
        while (true) {
            List<Long> due = tx.execute(t -> outbox.due(now, PageRequest.of(0, 100)));
            List<Long> fresh =
                    due == null ? List.of() : due.stream().filter(tried::add).toList();
            if (fresh.isEmpty()) {
                return sent;
            }
            for (long id : fresh) {
                if (send(mail, id)) {
                    sent++;
                }
            }
        }
    }

    private boolean send(MailSender mail, long id) {
        Instant now = clock.instant();
        OutboxMail m =
                tx.execute(t -> outbox.claim(id, now) == 1 ? outbox.findById(id).orElse(null) : null);
        if (m == null) {
            return false; // another dispatcher has it
        }
        if (m.getNotificationId() != null
                && notifications
                        .findById(m.getNotificationId())
                        .map(n -> n.getReadAt() != null)
                        .orElse(true)) {
            tx.executeWithoutResult(t -> outbox.cancelled(id));
            return false;
        }
        try {
            deliver(mail, m);
        } catch (RuntimeException e) {
            boolean last = m.getAttempts() >= settings.maxAttempts();
            Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(20, m.getAttempts() - 1));
            if (wait.compareTo(MAX_WAIT) > 0) {
                wait = MAX_WAIT;
            }
            Instant retryAt = clock.instant().plus(wait);
            String error = describe(e);
            tx.executeWithoutResult(t -> outbox.failed(
                    id, last ? OutboxStatus.FAILED : OutboxStatus.PENDING, last ? m.getNotBefore() : retryAt, error));
            log.warn("Mail {} ({}) not sent, attempt {}: {}", id, m.getKind(), m.getAttempts(), error);
            return false;
        }
        tx.executeWithoutResult(t -> outbox.sent(id, clock.instant()));
        log.info("Mail {} ({}) sent to account {}", id, m.getKind(), m.getAccountId());
        return true;
    }

    private void deliver(MailSender mail, OutboxMail m) {
        if (mail instanceof JavaMailSender java) {
            try {
                MimeMessage message = java.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(settings.from());
                helper.setTo(m.getRecipient());
                helper.setSubject(m.getSubject());
                helper.setText(m.getBody(), false);
                if (m.getUnsubscribeUrl() != null) {
                    message.setHeader("List-Unsubscribe", "<" + m.getUnsubscribeUrl() + ">");
                }
                java.send(message);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        } else {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(m.getRecipient());
            message.setSubject(m.getSubject());
            message.setText(m.getBody());
            mail.send(message);
        }
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}

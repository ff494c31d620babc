package org.securebase.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads the outbox every few seconds, on one instance at a time. Off in the tests, which run the dispatcher themselves. */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "securebase.mail.scheduler", havingValue = "true", matchIfMissing = true)
class MailScheduler {

    private final MailDispatcher dispatcher;
    private final NotificationMailer mailer;

    MailScheduler(MailDispatcher dispatcher, NotificationMailer mailer) {
        this.dispatcher = dispatcher;
        this.mailer = mailer;
    }

    /** Checks every ten minutes whether today's digest is due; mail_job lets one instance a day write it. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    @SchedulerLock(name = "mail-digest", lockAtLeastFor = "PT1M")
    void digest() {
        mailer.digest(false);
    }

    @Scheduled(fixedDelayString = "${securebase.mail.dispatch-every:15s}", initialDelayString = "5s")
    @SchedulerLock(name = "mail-dispatch", lockAtLeastFor = "PT2S", lockAtMostFor = "PT10M")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}

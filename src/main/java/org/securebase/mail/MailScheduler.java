package org.securebase.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads the outbox every few seconds. Off in the tests, which run the dispatcher themselves. */
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
    void digest() {
        mailer.digest(false);
    }

    @Scheduled(fixedDelayString = "${securebase.mail.dispatch-every:15s}", initialDelayString = "5s")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}

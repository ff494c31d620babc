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

    MailScheduler(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${securebase.mail.dispatch-every:15s}", initialDelayString = "5s")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}

package org.securebase.notifications;

import org.securebase.accounts.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** "An administrator reset your second factor": in the app as well as by mail, so a reset never goes unnoticed. */
@Component
class SecondFactorNotices {

    private final NotificationService notifications;

    SecondFactorNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void reset(AccountEvents.SecondFactorReset event) {
        notifications.send(
                event.accountId(),
                "An administrator reset your second factor. Reason: " + event.reason()
                        + ". Set up your authenticator app again; if you did not ask for this, tell an administrator.",
                "profile");
    }
}

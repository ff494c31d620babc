package org.securebase.notifications;

import org.securebase.accounts.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** "New sign-in from Firefox 133 on Windows (203.0.113.x)": in the app, so that a stranger's sign-in is noticed. */
@Component
class NewBrowserNotices {

    private final NotificationService notifications;

    NewBrowserNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void signedIn(AccountEvents.SignedInFromNewBrowser event) {
        notifications.send(
                event.accountId(),
                "New sign-in to your account from " + event.browser() + " (" + event.address()
                        + "). If this was not you, change your password and sign out your other sessions.",
                "profile");
    }
}

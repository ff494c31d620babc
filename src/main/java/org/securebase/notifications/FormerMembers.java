package org.securebase.notifications;

import org.securebase.accounts.Account;
import org.securebase.accounts.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notification keeps the name of the member who acted as it was then ("Ann replied to your post"). When that
 * member closes their account, the name in those notifications becomes "Former member", as it does everywhere else.
 */
@Component
class FormerMembers {

    private final NotificationRepository notifications;

    FormerMembers(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void closed(AccountEvents.Closed event) {
        if (event.formerName() == null || event.formerName().isEmpty()) {
            return;
        }
        notifications
                .findByActor(event.formerName())
                .forEach(n -> n.actorLeft(event.formerName(), Account.FORMER_MEMBER));
    }
}

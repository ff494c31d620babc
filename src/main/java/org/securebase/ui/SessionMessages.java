package org.securebase.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Says clearly when an idle session has ended, and turns refusals into messages instead of error pages. */
@Component
class SessionMessages implements VaadinServiceInitListener {

    /** What a member reads when a write fails for a reason they cannot fix; the views keep what was typed. */
    static final String UNEXPECTED_FAILURE = "Something went wrong on our side and this was not saved. "
            + "What you typed is kept here: please try again in a moment.";

    private final Duration timeout;
    private final FailureLog failures = new FailureLog(LoggerFactory.getLogger(SessionMessages.class));

    SessionMessages(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("You were signed out");
        messages.setSessionExpiredMessage("Your session ended after " + IdleSignOut.describe(timeout)
                + " without activity. Click here or press Esc to sign in again.");
        messages.setSessionExpiredURL("login?expired");
        event.getSource().setSystemMessagesProvider(info -> messages);
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = rootCause(error.getThrowable());
                    if (cause instanceof AccessDeniedException) {
                        show(cause.getMessage());
                    } else {
                        failures.record(error.getThrowable());
                        show(UNEXPECTED_FAILURE);
                    }
                }));
    }

    private static void show(String message) {
        if (VaadinSession.getCurrent() != null && com.vaadin.flow.component.UI.getCurrent() != null) {
            Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof AccessDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}

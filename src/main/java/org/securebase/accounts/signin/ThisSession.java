package org.securebase.accounts.signin;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;

/** The signed-in session the current request belongs to. */
public final class ThisSession {

    private ThisSession() {}

    /** This session's key in member_session, or null when it has none yet. */
    public static String key() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        return session == null ? null : (String) session.getAttribute(RecordedSessions.KEY);
    }

    /**
     * The member changed their password or ended their other sessions from here: every session that started before
     * is ended by {@link SessionLimits}, but this one stays.
     */
    public static void outlastsCredentialChange(Clock clock) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null) {
            session.setAttribute(SessionLimits.EPOCH, clock.instant());
        }
    }
}

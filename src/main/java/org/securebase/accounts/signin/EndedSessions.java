package org.securebase.accounts.signin;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.securebase.accounts.MemberSessions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** A session that ends where it lives (sign-out, idle timeout, a limit) leaves the list of the member's sessions. */
@Component
@ConditionalOnWebApplication
class EndedSessions implements HttpSessionListener {

    private final MemberSessions sessions;

    EndedSessions(MemberSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key = event.getSession().getAttribute(RecordedSessions.KEY);
        if (key instanceof String k) {
            try {
                sessions.ended(k);
            } catch (RuntimeException e) {
                // e.g. the database is gone at shutdown: the purge job removes the row once it is old
            }
        }
    }
}

package org.securebase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a member out after the configured time without interaction, even while a tab stays open. Vaadin's
 * heartbeat keeps the HTTP session alive, so the servlet container never ends it; this counts only what the
 * member does (Vaadin's last request time, which heartbeats do not move). The open tab is taken to the sign-in
 * page, which says why; whatever the member had typed was already saved as an encrypted draft as they typed.
 */
@Component
public class IdleSignOut implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSignOut.class);

    private final Duration timeout;
    private final Set<UI> uis = ConcurrentHashMap.newKeySet();

    public IdleSignOut(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The container counts session timeouts in whole minutes; a session set up here keeps the exact time.
        event.getSource().addSessionInitListener(init -> {
            WrappedSession http = init.getSession().getSession();
            if (http != null) {
                http.setMaxInactiveInterval((int) Math.max(1, timeout.toSeconds()));
            }
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.add(ui);
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }

    /**
     * Every few seconds: any signed-in session idle for the timeout is signed out, and its tabs told so. Runs on
     * every instance, without a job lock: each instance holds its own sessions.
     */
    @Scheduled(fixedDelayString = "${securebase.session.idle-check:15s}")
    public void signOutIdleSessions() {
        long now = System.currentTimeMillis();
        for (UI ui : uis) {
            VaadinSession session = ui.getSession();
            Boolean idle = session == null ? null : idle(session, now);
            if (idle == null) {
                uis.remove(ui);
            } else if (idle) {
                ui.access(() -> signOut(ui, session));
            }
        }
    }

    /**
     * Whether the session has had no request from the member for the timeout (heartbeats do not count); null
     * when it is closed. Reads under the session's lock, without Vaadin's unlock (which would push to the tab).
     */
    private Boolean idle(VaadinSession session, long now) {
        java.util.concurrent.locks.Lock lock = session.getLockInstance();
        if (lock == null) {
            return null;
        }
        if (!lock.tryLock()) {
            return false; // busy, so not idle
        }
        try {
            if (session.getState() != VaadinSessionState.OPEN) {
                return null;
            }
            return now - session.getLastRequestTimestamp() >= timeout.toMillis() && signedIn(session);
        } finally {
            lock.unlock();
        }
    }

    private void signOut(UI ui, VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null || !signedIn(session)) {
            return;
        }
        uis.remove(ui);
        ui.getPage().setLocation("login?expired");
        try {
            ui.push();
        } catch (RuntimeException e) {
            log.debug("Could not tell the tab before signing out: {}", e.getMessage());
        }
        log.info("Signed out a session after {} without activity", describe(timeout));
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // ended meanwhile
        }
    }

    private static boolean signedIn(VaadinSession session) {
        WrappedSession http = session.getSession();
        Object context;
        try {
            context = http == null
                    ? null
                    : http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        return context instanceof SecurityContext security
                && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated()
                && !(security.getAuthentication() instanceof AnonymousAuthenticationToken);
    }

    /** "30 minutes", "1 minute", "20 seconds": for the sign-in page's notice. */
    public static String describe(Duration timeout) {
        long minutes = timeout.toMinutes();
        if (minutes >= 1 && timeout.toSecondsPart() == 0) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long seconds = timeout.toSeconds();
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}

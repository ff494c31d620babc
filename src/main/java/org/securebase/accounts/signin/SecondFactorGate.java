package org.securebase.accounts.signin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.securebase.accounts.ui.LoginView;
import org.securebase.accounts.ui.SecondFactorView;
import org.securebase.security.AccessPolicy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sends a session that owes its second factor to {@link SecondFactorView} from every page, before any view or
 * Vaadin's own access check runs. The services refuse such a session anyway ({@link AccessPolicy#currentActor});
 * this keeps it from seeing a page of refusals.
 *
 * <p>Why not Spring Security 7's {@code @EnableMultiFactorAuthentication}: its rules are URL rules, checked per HTTP
 * request, and every Vaadin view is reached through the same endpoint (the page load, then {@code ?v-r=uidl}
 * requests that navigate inside it), so a URL rule cannot tell one view from another nor send a view back to the
 * code page. The check lives in the services instead, with this gate for navigation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecondFactorGate implements VaadinServiceInitListener {

    /** Pages such a session may still open: the code page itself and signing in again. */
    private static final Set<Class<?>> OPEN = Set.of(SecondFactorView.class, LoginView.class);

    private final AccessPolicy access;

    SecondFactorGate(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (!OPEN.contains(event.getNavigationTarget()) && access.owesSecondFactor()) {
            event.forwardTo(SecondFactorView.class);
        }
    }
}

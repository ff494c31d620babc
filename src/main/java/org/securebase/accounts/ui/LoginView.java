package org.securebase.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · SecureBase")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Span notice = new Span();
    private final Duration sessionTimeout;

    public LoginView(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
        addClassName("sb-login");
        getElement().setAttribute("role", "main"); // the page's one landmark: it has no app layout around it
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 title = new H1("SecureBase");
        title.addClassName("sb-brand");
        Paragraph tagline = new Paragraph("Peer consultation and supervision for psychotherapists.");
        tagline.addClassName("sb-muted");
        notice.setId("login-notice");
        notice.setVisible(false);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        login.setI18n(i18n(null));

        Anchor signUp = new Anchor("signup", "New to SecureBase? Create an account");
        signUp.setId("signup-link");
        add(title, tagline, notice, login, signUp);
    }

    private static LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(error == null ? "Incorrect email or password." : error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            login.setI18n(i18n(lastError()));
            login.setError(true);
        } else if (params.containsKey("expired")) {
            show("You were signed out after " + org.securebase.ui.IdleSignOut.describe(sessionTimeout)
                    + " without activity. Anything you had typed but not posted is kept as a draft: sign in and "
                    + "open it again to continue.");
        } else if (params.containsKey("logout")) {
            show("You have signed out.");
        }
    }

    /**
     * Whether this request is signed in, asked the way the router's access control asks (the request's
     * principal), so the two never disagree and bounce a visitor between this page and the home page.
     */
    private static boolean signedIn() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null;
    }

    private void show(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }

    private static String lastError() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null) {
            return null;
        }
        Object error = http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        http.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return error instanceof AuthenticationException e ? e.getMessage() : null;
    }
}

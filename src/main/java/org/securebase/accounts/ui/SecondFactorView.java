package org.securebase.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.securebase.accounts.Passkeys;
import org.securebase.accounts.SecondFactors;
import org.securebase.accounts.SecondFactors.Status;
import org.securebase.security.AccessPolicy;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.springframework.security.core.AuthenticationException;

/**
 * After the password, for an account that needs a second factor: one of the member's passkeys, the code from the
 * authenticator app (or a recovery code), or, at the first sign-in of staff, setting up a passkey or the app. {@code signin.SecondFactorGate} sends a
 * session that owes the factor here from every page; until it is given the session holds no role and the services
 * refuse it ({@link AccessPolicy#currentActor}).
 */
@Route(value = "second-factor", autoLayout = false)
@PageTitle("Second factor · SecureBase")
@PermitAll
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = codeField("Code from your authenticator app", "second-factor-code");
    final Button verify = new Button("Verify");
    final TextField recovery = new TextField("Recovery code");
    final Button useRecovery = new Button("Use recovery code");
    SecondFactorEnrolment enrolment;
    PasskeySignIn passkey;
    PasskeyRegistration passkeyEnrolment;

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final AccessPolicy access;
    private final AuthenticationContext authentication;

    public SecondFactorView(
            SecondFactors factors, Passkeys passkeys, AccessPolicy access, AuthenticationContext authentication) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.access = access;
        this.authentication = authentication;
        addClassNames("sb-page", "sb-narrow");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark
    }

    static TextField codeField(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(8);
        field.setWidth("18em"); // the label in full: a cut-off label is no label
        field.setPattern("[0-9 ]*");
        field.setAllowedCharPattern("[0-9 ]");
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.addThemeVariants(TextFieldVariant.LUMO_HELPER_ABOVE_FIELD);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.owesSecondFactor()) {
            event.forwardTo("");
            return;
        }
        Status status = factors.status();
        removeAll();
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        if (status.anyFactor()) {
            add(new H1(status.passkeys() > 0 ? "Confirm it is you" : "Enter your sign-in code"));
            if (status.passkeys() > 0) {
                add(new Paragraph("Use one of your passkeys: your device asks for your fingerprint, face, PIN or "
                        + "security key."));
                passkey = new PasskeySignIn(passkeys, this::continueIntoTheApp);
                add(passkey);
            }
            if (status.enrolled()) {
                showCodeForm(status, status.passkeys() > 0);
            } else if (status.recoveryCodesLeft() > 0) {
                add(recoveryDetails(status));
            }
        } else {
            add(new H1("Set up your second factor"));
            Paragraph why = new Paragraph("Supervisors and administrators (and members of groups that ask for it) "
                    + "sign in with their password and a second factor, so that a stolen password alone opens "
                    + "nothing: a passkey on this device or a security key, or codes from an app on their phone. "
                    + "This takes a minute, once.");
            add(why);
            add(new H2("Use a passkey"));
            add(new Paragraph("Your device keeps a passkey for SecureBase and unlocks it with your fingerprint, "
                    + "face or PIN; nothing to type."));
            passkeyEnrolment = new PasskeyRegistration(passkeys, "Use a passkey", added -> continueIntoTheApp());
            add(passkeyEnrolment);
            H2 orApp = new H2("Or use an authenticator app");
            enrolment = new SecondFactorEnrolment(factors, this::continueIntoTheApp);
            add(orApp, enrolment);
            passkeyEnrolment.onRegistered(() -> {
                // the factor is set up: the app's form would only confuse (and its codes would replace these)
                orApp.setVisible(false);
                enrolment.setVisible(false);
            });
        }
        add(signOut);
    }

    private void showCodeForm(Status status, boolean afterPasskey) {
        if (afterPasskey) {
            add(new H2("Or enter a code"));
        }
        add(new Paragraph("Open your authenticator app and enter the six-digit code it shows for SecureBase."));
        verify.setId("verify-code");
        if (!afterPasskey) {
            verify.addThemeVariants(ButtonVariant.PRIMARY);
        }
        verify.addClickListener(e -> verifyCode());
        verify.addClickShortcut(Key.ENTER);
        add(code, verify);
        add(recoveryDetails(status));
        if (!afterPasskey) {
            code.focus();
        }
    }

    /** "Use a recovery code instead": for a lost phone or device. */
    private Details recoveryDetails(Status status) {
        recovery.setId("recovery-code");
        recovery.setMaxLength(20);
        recovery.setWidth("18em");
        recovery.setHelperText("One of the ten codes you saved when you set up your second factor; each works once. "
                + status.recoveryCodesLeft() + " left.");
        recovery.getElement().setAttribute("autocomplete", "off");
        useRecovery.setId("use-recovery-code");
        useRecovery.addClickListener(e -> useRecoveryCode());
        VerticalLayout lost = new VerticalLayout(
                new Paragraph("Lost your phone or device? Use a recovery code, or ask an administrator to reset "
                        + "your second factor."),
                recovery,
                useRecovery);
        lost.setPadding(false);
        Details details = new Details("Use a recovery code instead", lost);
        details.setId("recovery-details");
        return details;
    }

    private void verifyCode() {
        submitCode("code", code, () -> {
                    factors.verify(code.getValue());
                    return true;
                })
                .ifPresent(ok -> continueIntoTheApp());
    }

    private void useRecoveryCode() {
        submitCode("recovery", recovery, () -> {
                    factors.useRecoveryCode(recovery.getValue());
                    return true;
                })
                .ifPresent(ok -> continueIntoTheApp());
    }

    /**
     * Runs a check of what was typed into one code field; bad input or a refused code is shown beside the field and
     * gives nothing, so the member types again where they typed.
     */
    static <T> Optional<T> submitCode(String name, TextField field, Supplier<T> check) {
        Forms.clearErrors(Map.of(name, field));
        try {
            return Optional.of(check.get());
        } catch (InvalidInputException e) {
            Forms.showErrors(e, Map.of(name, field));
        } catch (AuthenticationException e) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
        return Optional.empty();
    }

    /** A fresh page load, so that the app's layout and views see the session's roles from the start. */
    private void continueIntoTheApp() {
        getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
    }
}

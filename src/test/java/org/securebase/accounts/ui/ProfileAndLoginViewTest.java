package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.LoginAttempts;
import org.securebase.groups.ui.HomeView;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;
import org.springframework.security.web.WebAttributes;

class ProfileAndLoginViewTest extends ViewTest {

    @Test
    void aMemberChangesTheirDisplayName() {
        long id = accounts.active("Old Name", Role.THERAPIST);
        accounts.signInAs(id);
        ProfileView view = navigate(ProfileView.class);
        String newName = org.securebase.accounts.TestAccounts.unique("New Name");
        test(view.displayName).setValue(newName);
        test(view.saveProfile).click();
        assertThat(accounts.load(id).getDisplayName()).isEqualTo(newName);
    }

    @Test
    void aBadEmailIsReportedNextToTheFieldAndNothingChanges() {
        long id = accounts.active("Email Changer", Role.THERAPIST);
        String before = accounts.emailOf(id);
        accounts.signInAs(id);
        ProfileView view = navigate(ProfileView.class);
        test(view.email).setValue("not-an-email");
        test(view.displayName).setValue("");
        test(view.saveProfile).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(accounts.emailOf(id)).isEqualTo(before);
    }

    @Test
    void aNewEmailNeedsTheCurrentPasswordNextToIt() {
        long id = accounts.active("Email Mover", Role.THERAPIST);
        String before = accounts.emailOf(id);
        accounts.signInAs(id);
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.emailPassword.isVisible()).isFalse();
        String after = "moved-" + before;
        test(view.email).setValue(after);
        assertThat(view.emailPassword.isVisible()).isTrue();
        test(view.saveProfile).click();
        assertThat(view.emailPassword.isInvalid()).isTrue();
        assertThat(view.emailPassword.getErrorMessage()).contains("current password");
        assertThat(accounts.emailOf(id)).isEqualTo(before);
        test(view.emailPassword).setValue("not my password at all");
        test(view.saveProfile).click();
        assertThat(view.emailPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.email.getValue()).as("what was typed stays").isEqualTo(after);
        test(view.emailPassword).setValue(org.securebase.accounts.TestAccounts.PASSWORD);
        test(view.saveProfile).click();
        assertThat(accounts.load(id).getEmail())
                .as("the new address confirms by its link first")
                .isEqualTo(before);
        assertThat(accounts.load(id).getPendingEmail()).isEqualTo(after);
    }

    @Test
    void aRequestedEmailShowsAsPendingUntilCancelled() {
        long id = accounts.active("Email Waiter", Role.THERAPIST);
        String before = accounts.emailOf(id);
        accounts.signInAs(id);
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.pending.isVisible()).isFalse();
        String after = "waiting-" + before;
        test(view.email).setValue(after);
        test(view.emailPassword).setValue(org.securebase.accounts.TestAccounts.PASSWORD);
        test(view.saveProfile).click();
        assertThat(view.pending.isVisible()).isTrue();
        assertThat(view.pendingEmail.getText()).startsWith("Confirmation sent to " + after);
        assertThat(view.email.getValue())
                .as("the account keeps its address until then")
                .isEqualTo(before);
        assertThat(view.emailPassword.isVisible()).isFalse();

        ProfileView reopened = navigate(ProfileView.class);
        assertThat(reopened.pending.isVisible()).isTrue();
        test(reopened.cancelEmailChange).click();
        assertThat(reopened.pending.isVisible()).isFalse();
        assertThat(accounts.load(id).getPendingEmail()).isNull();
        assertThat(accounts.load(id).getEmail()).isEqualTo(before);
    }

    @Test
    void mismatchedNewPasswordsAreRefusedInPlace() {
        accounts.signInAs(accounts.active("Password Changer", Role.THERAPIST));
        ProfileView view = navigate(ProfileView.class);
        test(view.currentPassword).setValue(org.securebase.accounts.TestAccounts.PASSWORD);
        test(view.newPassword).setValue("lantern meadow copper river");
        test(view.repeatPassword).setValue("lantern meadow copper rivet");
        test(view.changePassword).click();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).contains("differ");
    }

    @Test
    void changingThePasswordOrSigningOutElsewhereEndsTheOtherSessionsButKeepsThisOne() {
        long id = accounts.active("Session Ender", Role.THERAPIST);
        accounts.signInAs(id);
        ProfileView view = navigate(ProfileView.class);
        test(view.currentPassword).setValue(org.securebase.accounts.TestAccounts.PASSWORD);
        test(view.newPassword).setValue("lantern meadow copper river");
        test(view.repeatPassword).setValue("lantern meadow copper river");
        test(view.changePassword).click();
        java.time.Instant changed = accounts.load(id).getCredentialsChangedAt();
        assertThat(changed).as("every session that started before now ends").isNotNull();
        assertThat(keptSince()).as("this session stays").isAfterOrEqualTo(changed);

        test(view.signOutElsewhere).click();
        java.time.Instant again = accounts.load(id).getCredentialsChangedAt();
        assertThat(again).isAfterOrEqualTo(changed);
        assertThat(keptSince()).isAfterOrEqualTo(again);
    }

    private java.time.Instant keptSince() {
        return (java.time.Instant) VaadinSession.getCurrent()
                .getSession()
                .getAttribute("org.securebase.accounts.signin.SessionLimits.epoch");
    }

    @Test
    void aPendingMemberOnlySeesTheirStatus() {
        accounts.signInAs(accounts.create("Patient Pending", Role.THERAPIST, AccountStatus.PENDING));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(PendingView.class);
        assertThat($(H2.class).id("pending-title").getText()).contains("awaiting verification");
    }

    @Test
    void theLoginPageExplainsAnExpiredSession() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        assertThat($(Span.class).id("login-notice").getText()).contains("minutes without activity");
    }

    @Test
    void theLoginPageShowsWhyALoginWasRefused() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        LoginAttempts.lockedUntil(java.time.Instant.parse("2026-01-01T10:15:00Z")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("locked until 10:15 UTC");
    }
}

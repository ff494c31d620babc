package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountClosures;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class ClosureViewsTest extends ViewTest {

    @Autowired
    AccountClosures closures;

    @Test
    void theProfileOffersTheDownloadAndAClosureRequestThatSaysWhatHappensAndCanBeCancelled() {
        long id = accounts.active(TestAccounts.unique("Profile Closer"), Role.THERAPIST);
        accounts.signInAs(id);
        ProfileView view = navigate(ProfileView.class);
        ClosingSection closing = view.closing;
        assertThat(closing.download.isVisible()).isTrue();
        assertThat(closing.download.getText()).isEqualTo("Download my data");
        assertThat(closing.download.getHref()).isNotBlank();
        assertThat(ClosingSection.WHAT_HAPPENS).contains(Account.FORMER_MEMBER).contains("erases");
        assertThat(closing.cancelClosure.isVisible()).isFalse();

        test(closing.closureUnderstood).click();
        test(closing.requestClosure).click();
        assertThat(closing.closurePassword.isInvalid()).isTrue();
        assertThat(closing.closurePassword.getErrorMessage()).contains("current password");
        assertThat(closing.closureUnderstood.getValue()).isTrue();

        test(closing.closurePassword).setValue(TestAccounts.PASSWORD);
        test(closing.requestClosure).click();
        assertThat(closures.mine())
                .get()
                .extracting(AccountClosures.Closure::state)
                .isEqualTo(AccountClosures.State.OPEN);
        assertThat(closing.closureStatus.getText()).contains("An administrator will close it");
        assertThat(closing.cancelClosure.isVisible()).isTrue();
        assertThat(closing.requestClosure.isVisible()
                        && closing.requestClosure.getParent().orElseThrow().isVisible())
                .isFalse();

        test(closing.cancelClosure).click();
        assertThat(closures.mine())
                .get()
                .extracting(AccountClosures.Closure::state)
                .isEqualTo(AccountClosures.State.CANCELLED);
        assertThat(closing.cancelClosure.isVisible()).isFalse();
    }

    @Test
    void anAdminClosesARequestedAccountFromTheMembersPage() {
        long admin = accounts.active("Members Page Admin", Role.ADMIN);
        long member = accounts.active(TestAccounts.unique("Listed Leaver"), Role.THERAPIST);
        accounts.signInAs(member);
        closures.request(TestAccounts.PASSWORD, true);
        accounts.signInAs(admin);
        UsersView view = navigate(UsersView.class);
        HorizontalLayout row = $(HorizontalLayout.class).id("closure-request-" + member);
        test(find(Button.class, row).withText("Close account").first()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.CLOSED);
        assertThat($(HorizontalLayout.class).withId("closure-request-" + member).exists())
                .isFalse();
    }

    @Test
    void anAdminDeclinesWithAReason() {
        long admin = accounts.active("Declining Admin", Role.ADMIN);
        long member = accounts.active(TestAccounts.unique("Declined Dora"), Role.THERAPIST);
        accounts.signInAs(member);
        closures.request(TestAccounts.PASSWORD, true);
        accounts.signInAs(admin);
        navigate(UsersView.class);
        HorizontalLayout row = $(HorizontalLayout.class).id("closure-request-" + member);
        test(find(Button.class, row).withText("Decline").first()).click();
        test($(TextArea.class).id("reason")).setValue("Please talk to your supervisor first");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        accounts.signInAs(member);
        assertThat(closures.mine())
                .get()
                .extracting(AccountClosures.Closure::declineReason)
                .isEqualTo("Please talk to your supervisor first");
    }

    @Test
    void aSupervisorDoesNotSeeClosureRequests() {
        long supervisor = accounts.active("Members Page Supervisor", Role.SUPERVISOR);
        accounts.signInAs(supervisor);
        UsersView view = navigate(UsersView.class);
        assertThat(view.closureRequests).isNull();
    }
}

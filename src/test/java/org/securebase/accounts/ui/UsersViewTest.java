package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends ViewTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    org.securebase.accounts.AccountService accountService;

    private UsersView openAs(long who, String search) {
        accounts.signInAs(who);
        UsersView view = navigate(UsersView.class);
        test(view.search).setValue(search);
        return view;
    }

    /** Grid cells render lazily, so actions are looked up in the first row's actions cell. */
    private Button button(UsersView view, String caption) {
        return find(Button.class, actions(view)).withText(caption).first();
    }

    private Component actions(UsersView view) {
        return test(view.grid).getCellComponent(0, "actions");
    }

    @Test
    void aSupervisorVerifiesAPendingMember() {
        long supervisor = accounts.active("Verifying Supervisor", Role.SUPERVISOR);
        long pending = accounts.create("Waiting Wendy", Role.THERAPIST, AccountStatus.PENDING);
        UsersView view = openAs(supervisor, "Waiting Wendy");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).fullName()).isEqualTo("Waiting Wendy Fullname");
        test(button(view, "Verify")).click();
        assertThat(accounts.load(pending).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(find(Button.class, actions(view)).withText("Verify").exists())
                .isFalse();
    }

    @Test
    void aSupervisorRefusesAPendingMemberWithAReasonAndAnEmptyReasonIsRefusedInPlace() {
        long supervisor = accounts.active("Refusing Supervisor", Role.SUPERVISOR);
        long pending = accounts.create("Doubtful Dana", Role.THERAPIST, AccountStatus.PENDING);
        UsersView view = openAs(supervisor, "Doubtful Dana");
        assertThat(button(view, "Verify").isVisible()).isTrue();
        test(button(view, "Refuse")).click();
        TextArea reason = $(TextArea.class).id("reason");
        assertThat(reason.isRequired()).isTrue();
        test($(Button.class).id("confirm-reason")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("give a reason");
        assertThat(accounts.load(pending).getStatus()).isEqualTo(AccountStatus.PENDING);

        test(reason).setValue("Not on the register of the named board");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(accounts.load(pending).getStatus()).isEqualTo(AccountStatus.REFUSED);
        assertThat(accounts.load(pending).getStatusReason()).isEqualTo("Not on the register of the named board");
        assertThat(find(Button.class, actions(view)).withText("Verify").exists())
                .isFalse();
        assertThat(find(Button.class, actions(view)).withText("Refuse").exists())
                .isFalse();
    }

    @Test
    void aSignUpThatHasNotConfirmedItsEmailIsNotListed() {
        long admin = accounts.active("Listing Admin", Role.ADMIN);
        org.securebase.accounts.SignUpForm form = org.securebase.accounts.TestAccounts.form(
                org.securebase.accounts.TestAccounts.unique("Unconfirmed Ulla"));
        accountService.signUp(form);
        UsersView view = openAs(admin, form.getDisplayName());
        assertThat(test(view.grid).size()).isZero();
        test(view.status).selectItem("Awaiting verification");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void aSupervisorCannotChangeRolesOrSuspend() {
        long supervisor = accounts.active("Plain Supervisor", Role.SUPERVISOR);
        accounts.active("Someone Else", Role.THERAPIST);
        UsersView view = openAs(supervisor, "Someone Else");
        assertThat(find(Button.class, actions(view)).withText("Suspend").exists())
                .isFalse();
        assertThat(find(Select.class, actions(view)).exists()).isFalse();
    }

    @Test
    void anAdminSuspendsWithAReasonAndAnEmptyReasonIsRefusedInPlace() {
        long admin = accounts.active("Suspending Admin", Role.ADMIN);
        long member = accounts.active("Troubled Tom", Role.THERAPIST);
        UsersView view = openAs(admin, "Troubled Tom");
        test(button(view, "Suspend")).click();
        TextArea reason = $(TextArea.class).id("reason");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("give a reason");
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);

        test(reason).setValue("Posted a client's full name twice");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.SUSPENDED);

        test(button(view, "Reactivate")).click();
        test($(TextArea.class).id("reason")).setValue("Completed the confidentiality refresher");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.search("confidentiality refresher", 0, 5)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAdminChangesARoleWithAReason() {
        long admin = accounts.active("Role Admin", Role.ADMIN);
        long member = accounts.active("Future Supervisor", Role.THERAPIST);
        UsersView view = openAs(admin, "Future Supervisor");
        Select<Role> role = find(Select.class, actions(view)).single();
        test(role).selectItem("Supervisor");
        test($(TextArea.class).id("reason")).setValue("Leads the adolescent group");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(accounts.load(member).getRole()).isEqualTo(Role.SUPERVISOR);
    }

    @SuppressWarnings("unchecked")
    @Test
    void cancellingARoleChangeLeavesTheRoleAsItWas() {
        long admin = accounts.active("Careful Admin", Role.ADMIN);
        long member = accounts.active("Unchanged Member", Role.THERAPIST);
        UsersView view = openAs(admin, "Unchanged Member");
        Select<Role> role = find(Select.class, actions(view)).single();
        test(role).selectItem("Administrator");
        test($(Button.class).withText("Cancel").first()).click();
        assertThat(accounts.load(member).getRole()).isEqualTo(Role.THERAPIST);
        Select<Role> redrawn = find(Select.class, actions(view)).single();
        assertThat(redrawn.getValue()).isEqualTo(Role.THERAPIST);
    }

    @Test
    void aTherapistCannotOpenTheMembersPage() {
        accounts.signInAs(accounts.active("Curious Therapist", Role.THERAPIST));
        try {
            navigate(UsersView.class);
        } catch (RuntimeException refused) {
            // Some setups throw on a refused navigation; either way the page must not open.
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    void searchFindsByNameAndStatusFilterNarrows() {
        long admin = accounts.active("Searching Admin", Role.ADMIN);
        accounts.create("Zebediah Pending", Role.THERAPIST, AccountStatus.PENDING);
        UsersView view = openAs(admin, "Zebediah");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.status).selectItem("Suspended");
        assertThat(test(view.grid).size()).isZero();
    }
}

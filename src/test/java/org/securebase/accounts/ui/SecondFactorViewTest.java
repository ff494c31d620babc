package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.Passkeys;
import org.securebase.accounts.SoftwareAuthenticator;
import org.securebase.accounts.TestAccounts;
import org.securebase.accounts.TestSecondFactors;
import org.securebase.groups.ui.HomeView;
import org.securebase.security.Factors;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The code page, enrolment, the profile section and the admin's reset, without a browser. */
class SecondFactorViewTest extends ViewTest {

    @Autowired
    TestSecondFactors factors;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Passkeys passkeys;

    private long withoutFactor(String name, Role role) {
        long id = accounts.active(TestAccounts.unique(name), role);
        jdbc.update("update account set totp_secret = null, totp_last_step = null where id = :id", Map.of("id", id));
        return id;
    }

    private static boolean factorGiven() {
        return Factors.has(SecurityContextHolder.getContext().getAuthentication(), Factors.TOTP);
    }

    @Test
    void everyPageSendsAStaffSessionThatOwesTheCodeToTheCodePageWhereAWrongCodeIsRefusedByTheField() {
        long supervisor = accounts.active(TestAccounts.unique("Gated Supervisor"), Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);

        com.vaadin.flow.component.UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        SecondFactorView view = (SecondFactorView) getCurrentView();
        assertThat(view.code.isVisible()).isTrue();

        test(view.code).setValue("000000");
        test(view.verify).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("not right");
        assertThat(factorGiven()).isFalse();

        test(view.code).setValue(factors.nextCode(accounts.emailOf(supervisor)));
        test(view.verify).click();
        assertThat(view.code.isInvalid()).isFalse();
        assertThat(factorGiven()).isTrue();
    }

    @Test
    void aStaffMemberWithoutAFactorEnrolsWithTheKeyShownAndSeesTenRecoveryCodes() {
        long admin = withoutFactor("Enrolling Admin", Role.ADMIN);
        accounts.signInWithPasswordOnly(admin);
        SecondFactorView view = navigate(SecondFactorView.class);
        assertThat(view.enrolment).isNotNull();
        String key = $(Span.class).id("totp-key").getText().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");

        test(view.enrolment.code).setValue("999999");
        test(view.enrolment.confirm).click();
        assertThat(view.enrolment.code.isInvalid()).isTrue();

        test(view.enrolment.code).setValue(TestSecondFactors.codeNow(key));
        test(view.enrolment.confirm).click();
        List<ListItem> codes =
                find(ListItem.class, view.enrolment.recoveryCodes).all();
        assertThat(codes).hasSize(10);
        assertThat(factorGiven()).isTrue();
        assertThat(factors.enrolled(accounts.emailOf(admin))).isTrue();
    }

    @Test
    void aTherapistSetsUpAnAppFromTheProfileAndRemovesItWithACode() {
        long therapist = accounts.active(TestAccounts.unique("Opting Therapist"), Role.THERAPIST);
        accounts.signInAs(therapist);
        ProfileView profile = navigate(ProfileView.class);
        test(profile.secondFactor.setUp).click();
        roundTrip();
        SecondFactorEnrolment enrolment = profile.secondFactor
                .dialog
                .getChildren()
                .filter(SecondFactorEnrolment.class::isInstance)
                .map(SecondFactorEnrolment.class::cast)
                .findFirst()
                .orElseThrow();
        String key = enrolment.key.getText().replace(" ", "");
        test(enrolment.code).setValue(TestSecondFactors.codeNow(key));
        test(enrolment.confirm).click();
        assertThat(find(ListItem.class, enrolment.recoveryCodes).all()).hasSize(10);
        test(enrolment.saved).click();
        assertThat(profile.secondFactor.state.getText()).contains("10 of 10 recovery codes left");

        jdbc.update(
                "update account set totp_secret = :key where id = :id",
                Map.of("key", TestSecondFactors.KEY, "id", therapist));
        test(profile.secondFactor.currentCode).setValue("000000");
        test(profile.secondFactor.renew).click();
        assertThat(profile.secondFactor.currentCode.isInvalid()).isTrue();
        test(profile.secondFactor.currentCode).setValue(factors.nextCode(accounts.emailOf(therapist)));
        test(profile.secondFactor.renew).click();
        assertThat(find(ListItem.class, profile.secondFactor.freshCodes).all()).hasSize(10);

        test(profile.secondFactor.currentCode).setValue(factors.nextCode(accounts.emailOf(therapist)));
        test(profile.secondFactor.remove).click();
        assertThat(factors.enrolled(accounts.emailOf(therapist))).isFalse();
        assertThat(profile.secondFactor.setUp.isAttached()).isTrue();
    }

    @Test
    void anAdminResetsAMembersSecondFactorFromTheMembersPageWithAReason() {
        long admin = accounts.active(TestAccounts.unique("Members Admin"), Role.ADMIN);
        String name = TestAccounts.unique("Phoneless Sup");
        long supervisor = accounts.active(name, Role.SUPERVISOR);
        accounts.signInAs(admin);
        UsersView view = navigate(UsersView.class);
        test(view.search).setValue(name);
        Component actions = test(view.grid).getCellComponent(0, "actions");
        test(find(Button.class, actions).withText("Reset second factor").first())
                .click();
        TextArea reason = $(TextArea.class).id("reason");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(factors.enrolled(accounts.emailOf(supervisor))).isTrue();

        test(reason).setValue("Phone stolen; identity checked by video call");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(factors.enrolled(accounts.emailOf(supervisor))).isFalse();
    }

    @Test
    void aSupervisorWhoseOnlyFactorIsAPasskeyRenewsRecoveryCodesFromTheProfileRightAfterThePasskey() {
        long supervisor = withoutFactor("Passkey Profile", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);
        SoftwareAuthenticator key = new SoftwareAuthenticator();
        Passkeys.Ceremony registration = passkeys.startRegistration();
        passkeys.finishRegistration(registration, key.create(registration.json()), "Security key");
        // the passkey just given (the browser's half is the journey's): the renewal asks nothing more
        Passkeys.Ceremony confirm = passkeys.startSignIn();
        passkeys.finishSignIn(confirm, key.get(confirm.json()));

        ProfileView profile = navigate(ProfileView.class);
        assertThat(profile.secondFactor.renew.isVisible()).isTrue();
        test(profile.secondFactor.renew).click();
        assertThat(find(ListItem.class, profile.secondFactor.freshCodes).all()).hasSize(10);
        assertThat(profile.secondFactor.state.getText()).contains("10 of 10 recovery codes left");
    }
}

package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Factors;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The second factor in the services: enrolment, codes once each, recovery codes, the limit, resets, groups. */
@DatabaseTest
class SecondFactorsTest {

    @Autowired
    SecondFactors factors;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestSecondFactors testFactors;

    @Autowired
    AccessPolicy access;

    @Autowired
    AccountService accountService;

    @Autowired
    GroupService groups;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long staffWithoutFactor(String name, Role role) {
        long id = accounts.active(TestAccounts.unique(name), role);
        jdbc.update(
                "update account set totp_secret = null, totp_last_step = null, totp_enrolled_at = null where id = :id",
                Map.of("id", id));
        return id;
    }

    private static boolean sessionHasFactor() {
        return Factors.has(SecurityContextHolder.getContext().getAuthentication(), Factors.TOTP);
    }

    @Test
    void aSupervisorWithoutAFactorIsRefusedEverythingUntilEnrolledThenEnrolsWithAFirstCode() {
        long supervisor = staffWithoutFactor("Enrolling Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);

        assertThat(access.currentActor()).isEmpty();
        assertThatThrownBy(() -> access.requireActiveMember())
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("authenticator");
        assertThatThrownBy(() -> accountService.myAccount()).isInstanceOf(AccessDeniedException.class);
        assertThat(factors.status().enrolled()).isFalse();
        assertThat(factors.status().required()).isTrue();

        SecondFactors.Enrolment enrolment = factors.startEnrolment();
        assertThat(enrolment.qrImage()).startsWith("data:image/png;base64,");
        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThatThrownBy(() -> factors.confirmEnrolment(enrolment.secret(), "000000"))
                .isInstanceOf(InvalidInputException.class);
        List<String> recovery =
                factors.confirmEnrolment(enrolment.secret(), TestSecondFactors.codeNow(enrolment.secret()));

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(sessionHasFactor()).isTrue();
        assertThat(access.requireVerifier().id()).isEqualTo(supervisor);
        assertThat(jdbc.queryForList(
                        "select code_hash from recovery_code where account_id = :id",
                        Map.of("id", supervisor),
                        String.class))
                .hasSize(10)
                .noneMatch(hash -> recovery.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.second-factor-enrolled'"
                                + " and target_id = :id",
                        Map.of("id", String.valueOf(supervisor)),
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aCodeIsAcceptedOnceAndAReplayIsRefused() {
        long admin = accounts.active(TestAccounts.unique("Code Admin"), Role.ADMIN);
        String email = accounts.emailOf(admin);
        String code = testFactors.nextCode(email);
        accounts.signInWithPasswordOnly(admin);

        factors.verify(code);
        assertThat(sessionHasFactor()).isTrue();
        assertThat(access.requireAdmin().id()).isEqualTo(admin);

        accounts.signInWithPasswordOnly(admin); // another session, the same code seen over a shoulder
        assertThatThrownBy(() -> factors.verify(code))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("code"));
        assertThat(sessionHasFactor()).isFalse();
        assertThat(access.currentActor()).isEmpty();
    }

    @Test
    void wrongCodesAreRefusedAndCountTowardsTheLimitThatARightPasswordDoesNotClear() {
        long supervisor = accounts.active(TestAccounts.unique("Guessed Supervisor"), Role.SUPERVISOR);
        String email = accounts.emailOf(supervisor);
        String right = testFactors.nextCode(email);
        String wrong = right.equals("123456") ? "654321" : "123456";
        accounts.signInWithPasswordOnly(supervisor);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> factors.verify(wrong)).isInstanceOf(InvalidInputException.class);
        }
        // the third wrong code starts a wait: even the right code must wait now
        assertThatThrownBy(() -> factors.verify(right))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("wait");
        assertThat(sessionHasFactor()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select failures from login_failure where failure_key = :key",
                        Map.of("key", LoginFailures.stored("factor:" + supervisor)),
                        Integer.class))
                .isEqualTo(3);
    }

    @Test
    void aRecoveryCodeWorksOnceAndOnlyItsHashIsStored() {
        long supervisor = accounts.active(TestAccounts.unique("Phone Lost"), Role.SUPERVISOR);
        List<String> recovery = testFactors.enrolWithRecoveryCodes(supervisor);
        accounts.signInWithPasswordOnly(supervisor);

        factors.useRecoveryCode(recovery.get(3));
        assertThat(sessionHasFactor()).isTrue();
        assertThat(factors.status().recoveryCodesLeft()).isEqualTo(9);

        accounts.signInWithPasswordOnly(supervisor);
        assertThatThrownBy(() -> factors.useRecoveryCode(recovery.get(3)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("recovery"));
        assertThat(sessionHasFactor()).isFalse();
        factors.useRecoveryCode(recovery.get(4).toUpperCase().replace("-", " "));
        assertThat(sessionHasFactor()).isTrue();
    }

    @Test
    void anAdminResetsAMembersFactorWithAReasonAuditedAndTheMemberToldInTheAppAndByMail() {
        long admin = accounts.active(TestAccounts.unique("Resetting Admin"), Role.ADMIN);
        long supervisor = accounts.active(TestAccounts.unique("Phone In The Lake"), Role.SUPERVISOR);
        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> factors.reset(admin, "not mine to reset")).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(admin);
        assertThatThrownBy(() -> factors.reset(supervisor, " ")).isInstanceOf(InvalidInputException.class);
        factors.reset(supervisor, "Lost phone and recovery codes, confirmed by a call");

        assertThat(testFactors.enrolled(accounts.emailOf(supervisor))).isFalse();
        assertThat(jdbc.queryForObject(
                        "select reason from audit_entry where action = 'account.second-factor-reset' and target_id = :id",
                        Map.of("id", String.valueOf(supervisor)),
                        String.class))
                .isEqualTo("Lost phone and recovery codes, confirmed by a call");
        assertThat(jdbc.queryForList(
                        "select message from notification where account_id = :id",
                        Map.of("id", supervisor),
                        String.class))
                .anySatisfy(m -> assertThat(m).contains("reset your second factor"));
        assertThat(jdbc.queryForList(
                        "select subject from mail_outbox where account_id = :id",
                        Map.of("id", supervisor),
                        String.class))
                .contains("Your SecureBase second factor was reset");

        // at the next sign-in the supervisor must enrol again before anything else
        accounts.signInWithPasswordOnly(supervisor);
        assertThat(factors.status().enrolled()).isFalse();
        assertThat(access.currentActor()).isEmpty();
    }

    @Test
    void aTherapistMayChooseAFactorAndAGroupThatRequiresOneMakesItRequired() {
        long therapist = accounts.active(TestAccounts.unique("Careful Therapist"), Role.THERAPIST);
        long admin = accounts.active(TestAccounts.unique("Group Admin"), Role.ADMIN);
        accounts.signInWithPasswordOnly(therapist);
        assertThat(factors.status().required()).isFalse();
        assertThat(access.currentActor()).isPresent(); // nothing owed

        // chosen on the profile page: from then on it is asked for, and may be removed with a code
        testFactors.enrol(therapist);
        assertThat(access.currentActor()).isEmpty();
        factors.verify(testFactors.nextCode(accounts.emailOf(therapist)));
        assertThat(access.currentActor()).isPresent();
        factors.remove(testFactors.nextCode(accounts.emailOf(therapist)));
        assertThat(factors.status().enrolled()).isFalse();

        accounts.signInAs(admin);
        groups.create(new GroupForm(
                TestAccounts.unique("Strict circle"),
                "A group whose members use a second factor",
                false,
                java.util.Set.of(),
                java.util.Set.of(therapist),
                0,
                false,
                true));
        accounts.signInWithPasswordOnly(therapist);
        assertThat(factors.status().required()).isTrue();
        assertThat(access.currentActor()).isEmpty();
        testFactors.enrol(therapist);
        factors.verify(testFactors.nextCode(accounts.emailOf(therapist)));
        assertThatThrownBy(() -> factors.remove(testFactors.nextCode(accounts.emailOf(therapist))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTherapistPromotedMidSessionIsRefusedOnTheNextCallUntilTheFactorIsGiven() {
        long therapist = accounts.active(TestAccounts.unique("Soon Supervisor"), Role.THERAPIST);
        long admin = accounts.active(TestAccounts.unique("Promoting Admin"), Role.ADMIN);
        accounts.signInWithoutCovenant(therapist);
        // a session that signed in as a therapist: strip the marker the helper adds
        accounts.signInWithPasswordOnly(therapist);
        assertThat(access.currentActor()).isPresent();
        accounts.signInAs(admin);
        accountService.changeRole(therapist, Role.SUPERVISOR, "Runs a circle now");
        accounts.signInWithPasswordOnly(therapist);
        assertThatThrownBy(() -> access.requireActiveMember()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recoveryCodesAreRenewedWithACurrentCodeOrRightAfterTheCodeWasGiven() {
        long supervisor = accounts.active(TestAccounts.unique("Code Renewer"), Role.SUPERVISOR);
        List<String> original = testFactors.enrolWithRecoveryCodes(supervisor);
        accounts.signInAs(supervisor); // a session whose factor carries no time: as one given long ago
        assertThat(factors.factorGivenRecently()).isFalse();
        assertThatThrownBy(() -> factors.newRecoveryCodes()).isInstanceOf(AccessDeniedException.class);

        List<String> withCode = factors.newRecoveryCodes(testFactors.nextCode(accounts.emailOf(supervisor)));
        assertThat(withCode).hasSize(SecondFactors.RECOVERY_CODES).doesNotContainAnyElementsOf(original);

        // the code just given counts for a few minutes: nothing more is asked
        assertThat(factors.factorGivenRecently()).isTrue();
        List<String> again = factors.newRecoveryCodes();
        assertThat(again).hasSize(SecondFactors.RECOVERY_CODES).doesNotContainAnyElementsOf(withCode);
        assertThat(factors.status().recoveryCodesLeft()).isEqualTo(SecondFactors.RECOVERY_CODES);
    }
}

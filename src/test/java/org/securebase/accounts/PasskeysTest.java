package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.Passkeys.Ceremony;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Factors;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Passkeys as the second factor, through the service with a software authenticator: registering (at the first
 * sign-in of staff, and from the profile), giving the factor with one after the password, the rules on removing
 * them, and that a password alone can neither add one nor use another account's.
 */
@DatabaseTest
class PasskeysTest {

    @Autowired
    Passkeys passkeys;

    @Autowired
    SecondFactors factors;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestSecondFactors testFactors;

    @Autowired
    AccessPolicy access;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    AccountClosures closures;

    @Autowired
    ClosureDecisions decisions;

    @Autowired
    MemberDataExport export;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long withoutFactor(String name, Role role) {
        long id = accounts.active(TestAccounts.unique(name), role);
        jdbc.update(
                "update account set totp_secret = null, totp_last_step = null, totp_enrolled_at = null where id = :id",
                Map.of("id", id));
        return id;
    }

    private static boolean sessionHasPasskeyFactor() {
        return Factors.has(SecurityContextHolder.getContext().getAuthentication(), Factors.WEBAUTHN);
    }

    private String audited(String action, long id) {
        List<String> reasons = jdbc.queryForList(
                "select reason from audit_entry where action = :action and target_id = :id",
                Map.of("action", action, "id", String.valueOf(id)),
                String.class);
        return reasons.isEmpty() ? null : reasons.getLast();
    }

    private SoftwareAuthenticator register(String name) {
        SoftwareAuthenticator device = new SoftwareAuthenticator();
        Ceremony ceremony = passkeys.startRegistration();
        passkeys.finishRegistration(ceremony, device.create(ceremony.json()), name);
        return device;
    }

    @Test
    void aSupervisorWithoutAFactorRegistersAPasskeyAtTheFirstSignInThenSignsInWithIt() {
        long supervisor = withoutFactor("Passkey Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);
        assertThat(access.currentActor()).isEmpty();

        Ceremony ceremony = passkeys.startRegistration();
        assertThat(ceremony.json()).contains("\"challenge\"").contains("\"rp\"").contains("localhost");
        SoftwareAuthenticator laptop = new SoftwareAuthenticator();
        String answer = laptop.create(ceremony.json());
        assertThatThrownBy(() -> passkeys.finishRegistration(ceremony, answer, "  "))
                .isInstanceOf(InvalidInputException.class);
        Passkeys.Registered registered = passkeys.finishRegistration(ceremony, answer, "Work laptop");
        assertThat(registered.recoveryCodes())
                .as("the first factor comes with recovery codes")
                .hasSize(SecondFactors.RECOVERY_CODES);

        assertThat(sessionHasPasskeyFactor()).isTrue();
        assertThat(access.currentActor()).isPresent();
        assertThat(passkeys.mine()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Work laptop");
            assertThat(p.id()).isEqualTo(laptop.credentialId());
            assertThat(p.createdAt()).isNotNull();
        });
        assertThat(audited("account.passkey-registered", supervisor)).isEqualTo("Work laptop");
        assertThat(factors.status().passkeys()).isEqualTo(1);

        // the next sign-in: the password, then the passkey
        accounts.signInWithPasswordOnly(supervisor);
        assertThat(access.owesSecondFactor()).isTrue();
        Ceremony signIn = passkeys.startSignIn();
        assertThat(signIn.json()).contains(laptop.credentialId());
        passkeys.finishSignIn(signIn, laptop.get(signIn.json()));
        assertThat(sessionHasPasskeyFactor()).isTrue();
        assertThat(access.owesSecondFactor()).isFalse();
        assertThat(access.requireVerifier().id()).isEqualTo(supervisor);
        assertThat(audited("account.passkey-used", supervisor)).isEqualTo("Work laptop");

        // a second passkey brings no new codes; a lost device: one of the codes works once instead
        Ceremony another = passkeys.startRegistration();
        assertThat(passkeys.finishRegistration(another, new SoftwareAuthenticator().create(another.json()), "Phone")
                        .recoveryCodes())
                .isEmpty();
        accounts.signInWithPasswordOnly(supervisor);
        factors.useRecoveryCode(registered.recoveryCodes().getFirst());
        assertThat(access.owesSecondFactor()).isFalse();
    }

    @Test
    void anAnswerToAnotherChallengeOrFromAnotherAccountsPasskeyGivesNothing() {
        long supervisor = withoutFactor("Careful Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);
        SoftwareAuthenticator mine = register("Phone");
        long other = withoutFactor("Other Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(other);
        SoftwareAuthenticator theirs = register("Their phone");

        accounts.signInWithPasswordOnly(supervisor);
        Ceremony first = passkeys.startSignIn();
        Ceremony second = passkeys.startSignIn();
        String forFirst = mine.get(first.json());
        assertThatThrownBy(() -> passkeys.finishSignIn(second, forFirst)).isInstanceOf(InvalidInputException.class);
        assertThat(access.owesSecondFactor()).isTrue();

        Ceremony third = passkeys.startSignIn();
        assertThatThrownBy(() -> passkeys.finishSignIn(third, theirs.get(third.json())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not registered for your");
        assertThatThrownBy(() -> passkeys.finishSignIn(third, "{not json")).isInstanceOf(InvalidInputException.class);
        assertThat(access.owesSecondFactor()).isTrue();

        // a ceremony started by one account is no use to another
        accounts.signInWithPasswordOnly(other);
        assertThatThrownBy(() -> passkeys.finishSignIn(first, forFirst)).isInstanceOf(AccessDeniedException.class);
        assertThat(access.owesSecondFactor()).isTrue();
    }

    @Test
    void aPasswordAloneCannotAddAFactorToAnAccountThatHasOne() {
        long withApp = accounts.active(TestAccounts.unique("App Supervisor"), Role.SUPERVISOR); // enrolled with the app
        accounts.signInWithPasswordOnly(withApp);
        assertThatThrownBy(() -> passkeys.startRegistration()).isInstanceOf(AccessDeniedException.class);

        long withPasskey = withoutFactor("Passkey Only Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(withPasskey);
        register("Laptop");
        accounts.signInWithPasswordOnly(withPasskey);
        assertThatThrownBy(() -> passkeys.startRegistration()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> factors.startEnrolment()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> passkeys.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passkeys.remove("anything")).isInstanceOf(AccessDeniedException.class);

        // once the factor is given, another passkey and an app may be added from the profile
        accounts.signInAs(withPasskey);
        register("Security key");
        assertThat(passkeys.mine()).extracting(Passkeys.Passkey::name).containsExactly("Laptop", "Security key");
        assertThat(factors.startEnrolment().secret()).isNotBlank();
    }

    @Test
    void staffMayNotRemoveTheirLastFactorButATherapistMayAndNobodyRemovesAnothersPasskey() {
        long supervisor = withoutFactor("Removing Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);
        register("Laptop");
        accounts.signInAs(supervisor);
        register("Phone");
        List<Passkeys.Passkey> two = passkeys.mine();

        passkeys.remove(two.get(0).id());
        assertThat(audited("account.passkey-removed", supervisor)).isEqualTo("Laptop");
        assertThatThrownBy(() -> passkeys.remove(two.get(1).id()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("last second factor");
        assertThat(passkeys.mine()).hasSize(1);

        // with the app as well, the last passkey may go
        testFactors.enrol(supervisor);
        passkeys.remove(two.get(1).id());
        assertThat(passkeys.mine()).isEmpty();

        long therapist = withoutFactor("Choosing Therapist", Role.THERAPIST);
        accounts.signInAs(therapist);
        register("Tablet");
        accounts.signInWithPasswordOnly(therapist); // a therapist who chose one is asked for it
        assertThat(access.owesSecondFactor()).isTrue();
        accounts.signInAs(therapist);
        String tablet = passkeys.mine().getFirst().id();

        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> passkeys.remove(tablet)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(therapist);
        passkeys.remove(tablet);
        assertThat(passkeys.mine()).isEmpty();
        assertThat(factors.status().recoveryCodesLeft())
                .as("the codes went with the last factor")
                .isZero();
        accounts.signInWithPasswordOnly(therapist);
        assertThat(access.owesSecondFactor()).isFalse();
    }

    @Test
    void anAdminsResetRemovesTheMembersPasskeys() {
        long admin = accounts.active(TestAccounts.unique("Passkey Resetting Admin"), Role.ADMIN);
        long supervisor = withoutFactor("Lost Laptop Supervisor", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);
        register("Laptop");

        accounts.signInAs(admin);
        assertThat(factors.of(supervisor).enrolled()).isTrue();
        factors.reset(supervisor, "Laptop stolen, confirmed by a call");
        assertThat(factors.of(supervisor).enrolled()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_entities where account_id = :id",
                        Map.of("id", supervisor),
                        Integer.class))
                .isZero();

        accounts.signInWithPasswordOnly(supervisor);
        assertThat(factors.status().anyFactor()).isFalse();
        assertThatThrownBy(() -> passkeys.startSignIn()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDataExportListsPasskeyNamesAndDatesButNoKeysAndClosingTheAccountErasesThem() throws Exception {
        long admin = accounts.active(TestAccounts.unique("Passkey Closing Admin"), Role.ADMIN);
        long therapist = withoutFactor("Leaving Passkey Therapist", Role.THERAPIST);
        accounts.signInAs(therapist);
        SoftwareAuthenticator phone = register("Old phone");

        String profile = null;
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.zipOfMine()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("profile.json")) {
                    profile = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(profile).contains("\"passkeys\"").contains("Old phone").contains("createdAt");
        assertThat(profile).doesNotContain(phone.credentialId()).doesNotContain("publicKey");

        closures.request(TestAccounts.PASSWORD, true);
        accounts.signInAs(admin);
        long request = decisions.open().stream()
                .filter(c -> c.accountId() == therapist)
                .findFirst()
                .orElseThrow()
                .id();
        decisions.close(request);
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_entities where account_id = :id",
                        Map.of("id", therapist),
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_credentials where credential_id = :c",
                        Map.of("c", phone.credentialId()),
                        Integer.class))
                .isZero();
    }

    @Test
    void aMemberWhoseOnlyFactorIsAPasskeyRenewsTheRecoveryCodesAfterThePasskeyOrRightAfterSigningIn() {
        long supervisor = withoutFactor("Passkey Renewer", Role.SUPERVISOR);
        accounts.signInWithPasswordOnly(supervisor);
        SoftwareAuthenticator laptop = new SoftwareAuthenticator();
        Ceremony first = passkeys.startRegistration();
        List<String> original = passkeys.finishRegistration(first, laptop.create(first.json()), "Laptop")
                .recoveryCodes();
        assertThat(original).hasSize(SecondFactors.RECOVERY_CODES);

        // just after giving the factor (here: registering the passkey), nothing more is asked
        assertThat(factors.factorGivenRecently()).isTrue();
        List<String> renewed = factors.newRecoveryCodes();
        assertThat(renewed).hasSize(SecondFactors.RECOVERY_CODES).doesNotContainAnyElementsOf(original);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.recovery-codes-renewed'"
                                + " and target_id = :id",
                        Map.of("id", String.valueOf(supervisor)),
                        Integer.class))
                .isEqualTo(1);

        // a session whose factor is older than a few minutes is asked for it again
        signInWithFactorGiven(
                supervisor, Factors.WEBAUTHN, java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)));
        assertThat(factors.factorGivenRecently()).isFalse();
        assertThatThrownBy(() -> factors.newRecoveryCodes()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> factors.newRecoveryCodes("123456"))
                .as("no authenticator app to give a code from")
                .isInstanceOf(IllegalStateException.class);

        // the passkey prompt of the sign-in confirms it
        Ceremony confirm = passkeys.startSignIn();
        passkeys.finishSignIn(confirm, laptop.get(confirm.json()));
        assertThat(factors.factorGivenRecently()).isTrue();
        List<String> again = factors.newRecoveryCodes();
        assertThat(again).hasSize(SecondFactors.RECOVERY_CODES).doesNotContainAnyElementsOf(renewed);

        // the earlier codes no longer work, the new ones do
        accounts.signInWithPasswordOnly(supervisor);
        assertThatThrownBy(() -> factors.useRecoveryCode(renewed.getFirst())).isInstanceOf(InvalidInputException.class);
        factors.useRecoveryCode(again.getFirst());
        assertThat(access.currentActor()).isPresent();
    }

    @Test
    void aSessionThatGaveNoFactorCannotRenewRecoveryCodes() {
        long therapist = withoutFactor("No Factor Renewer", Role.THERAPIST);
        accounts.signInAs(therapist);
        assertThatThrownBy(() -> factors.newRecoveryCodes()).isInstanceOf(AccessDeniedException.class);
        // even with a fresh stamp, there is no factor for recovery codes to stand in for
        signInWithFactorGiven(therapist, Factors.TOTP, java.time.Instant.now());
        assertThatThrownBy(() -> factors.newRecoveryCodes()).isInstanceOf(IllegalStateException.class);
    }

    /** As a session that gave this factor at that time (the stamp SessionAuthorities puts on it). */
    private void signInWithFactorGiven(long id, String factor, java.time.Instant at) {
        accounts.signInWithPasswordOnly(id);
        var current = SecurityContextHolder.getContext().getAuthentication();
        List<org.springframework.security.core.GrantedAuthority> authorities =
                new java.util.ArrayList<>(current.getAuthorities().stream()
                        .filter(a -> !a.getAuthority().equals(Factors.OWED))
                        .toList());
        authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.withAuthority(factor)
                .issuedAt(at)
                .build());
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        current.getPrincipal(), null, authorities));
    }
}

package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class AccountServiceTest {

    @Autowired
    AccountService service;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    org.securebase.groups.GroupService groupService;

    @Autowired
    org.securebase.audit.AuditTrail audit;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    @Test
    void signUpCreatesAPendingTherapistWithAHashedPassword() {
        SignUpForm form = TestAccounts.form(TestAccounts.unique("Newcomer"));
        service.signUp(form);
        Account account = accounts.findByEmail(form.getEmail()).orElseThrow();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING);
        assertThat(account.getRole()).isEqualTo(Role.THERAPIST);
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
        assertThat(account.isEmailVerified())
                .as("confirmed only by the emailed link")
                .isFalse();
    }

    @Test
    void accountsMadeWithoutSignUpNeedNoLinkAndAnUnconfirmedOneIsNeitherFoundNorVerified() {
        long admin = testAccounts.active("Operator Admin", Role.ADMIN);
        assertThat(testAccounts.load(admin).isEmailVerified()).isTrue();
        SignUpForm form = TestAccounts.form(TestAccounts.unique("Unconfirmed Newcomer"));
        service.signUp(form);
        long id = accounts.findByEmail(form.getEmail()).orElseThrow().getId();
        testAccounts.signInAs(admin);
        assertThat(service.find(form.getDisplayName(), null, 0, 10)).isEmpty();
        assertThat(service.count(form.getDisplayName(), AccountStatus.PENDING)).isZero();
        assertThatThrownBy(() -> service.verify(id)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service.refuse(id, "Unknown licence")).isInstanceOf(IllegalStateException.class);
        assertThat(testAccounts.load(id).getStatus()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void aTakenEmailGetsTheSameAnswerAsANewOneAndChangesNothing() {
        SignUpForm first = TestAccounts.form(TestAccounts.unique("Twin"));
        service.signUp(first);
        Account before = accounts.findByEmail(first.getEmail()).orElseThrow();
        SignUpForm second = TestAccounts.form(TestAccounts.unique("Impostor"));
        second.setEmail(first.getEmail().toUpperCase());
        second.setPassword("another long passphrase entirely");
        long count = accounts.count();

        service.signUp(second); // no error: the same answer as for a new email

        assertThat(accounts.count()).isEqualTo(count);
        Account after = accounts.findByEmail(first.getEmail()).orElseThrow();
        assertThat(after.getDisplayName()).isEqualTo(first.getDisplayName());
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
    }

    @Test
    void aSignUpWithATakenEmailTakesAboutAsLongAsWithANewOne() {
        String taken = TestAccounts.form(TestAccounts.unique("Taken")).getEmail();
        SignUpForm original = TestAccounts.form(TestAccounts.unique("Taken"));
        original.setEmail(taken);
        service.signUp(original);
        service.signUp(TestAccounts.form(TestAccounts.unique("Warm Up")));
        List<Long> fresh = new ArrayList<>();
        List<Long> repeated = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fresh.add(timed(TestAccounts.form(TestAccounts.unique("Fresh " + i))));
            SignUpForm again = TestAccounts.form(TestAccounts.unique("Again " + i));
            again.setEmail(taken);
            repeated.add(timed(again));
        }
        assertThat((double) median(repeated) / median(fresh)).isBetween(0.5, 2.0);
    }

    private long timed(SignUpForm form) {
        long start = System.nanoTime();
        service.signUp(form);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    @Test
    void everyInvalidFieldIsReportedAndNothingIsSaved() {
        SignUpForm form = new SignUpForm();
        form.setEmail("not an email");
        form.setDisplayName("x".repeat(61));
        form.setPassword("short");
        form.setTrainee(true);
        long before = accounts.count();
        assertThatThrownBy(() -> service.signUp(form))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys(
                                "email", "displayName", "fullName", "profession", "licenceNumber", "licenceBody"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void traineesNameTheirSupervisorAndPasswordsFollowThePolicy() {
        SignUpForm form = TestAccounts.form("Trainee");
        form.setTrainee(true);
        form.setPassword("password1234");
        assertThatThrownBy(() -> service.signUp(form))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("clinicalSupervisor", "password"));
    }

    @Test
    void markupAndSqlInNamesAreKeptAsPlainText() {
        SignUpForm form = TestAccounts.form("Plain");
        String markup = TestAccounts.unique("<script>alert(1)</script>");
        form.setDisplayName(markup);
        form.setFullName("Robert'); DROP TABLE account;--");
        service.signUp(form);
        Account account = accounts.findByEmail(form.getEmail()).orElseThrow();
        assertThat(account.getDisplayName()).isEqualTo(markup);
        assertThat(account.getFullName()).isEqualTo("Robert'); DROP TABLE account;--");
    }

    @Test
    void lineBreaksAndControlCharactersAreRefusedInNames() {
        SignUpForm form = TestAccounts.form("Control");
        form.setDisplayName("two\nlines");
        assertThatThrownBy(() -> service.signUp(form)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void suspendingNeedsAReasonAndAdminsCannotSuspendThemselves() {
        long admin = testAccounts.active("Admin", Role.ADMIN);
        long member = testAccounts.active("Member", Role.THERAPIST);
        testAccounts.signInAs(admin);
        assertThatThrownBy(() -> service.suspend(member, "  ")).isInstanceOf(InvalidInputException.class);
        assertThat(testAccounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThatThrownBy(() -> service.suspend(admin, "testing")).isInstanceOf(AccessDeniedException.class);

        service.suspend(member, "Shared identifying details after two warnings");
        assertThat(testAccounts.load(member).getStatus()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(testAccounts.load(member).getStatusReason())
                .isEqualTo("Shared identifying details after two warnings");
        service.reactivate(member, "Agreed to the guidelines");
        assertThat(testAccounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aSuspendedMemberIsRefusedOnTheNextCallEvenWithinASession() {
        long admin = testAccounts.active("Admin", Role.ADMIN);
        long member = testAccounts.active("Member", Role.THERAPIST);
        testAccounts.signInAs(member);
        service.updateProfile(TestAccounts.unique("Still fine"), testAccounts.emailOf(member));
        testAccounts.signInAs(admin);
        service.suspend(member, "Test");
        testAccounts.signInAs(member);
        assertThatThrownBy(() -> service.updateProfile("Not any more", testAccounts.emailOf(member)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changingPasswordChecksTheCurrentOneAndThePolicy() {
        long member = testAccounts.active("Member", Role.THERAPIST);
        testAccounts.signInAs(member);
        assertThatThrownBy(() -> service.changePassword("wrong password here", "lantern meadow copper river"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("currentPassword"));
        assertThatThrownBy(() -> service.changePassword(TestAccounts.PASSWORD, "password1234"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("newPassword"));
        service.changePassword(TestAccounts.PASSWORD, "lantern meadow copper river");
    }

    @Test
    void aSupervisorMadeATherapistLeavesEverySupervisorListAndTheAuditTrailSaysSo() {
        long admin = testAccounts.active("Admin", Role.ADMIN);
        long supervisor = testAccounts.active("Leaving Supervisor", Role.SUPERVISOR);
        long colleague = testAccounts.active("Staying Supervisor", Role.SUPERVISOR);
        testAccounts.signInAs(admin);
        String name = "Demotion " + java.util.UUID.randomUUID();
        long group = groupService.create(new org.securebase.groups.GroupForm(
                name, "Supervised by two.", false, java.util.Set.of(supervisor, colleague), java.util.Set.of()));

        service.changeRole(supervisor, Role.THERAPIST, "Stepped down");

        assertThat(groupService.allGroups())
                .filteredOn(g -> g.groupId() == group)
                .flatExtracting(g -> g.supervisorIds())
                .containsExactly(colleague);
        assertThat(audit.search(new org.securebase.audit.AuditTrail.Filter(name, "group.", null, null), 0, 10))
                .filteredOn(l -> l.action().equals("group.supervisor-removed"))
                .extracting(l -> l.action() + " " + l.reason())
                .containsExactly("group.supervisor-removed Leaving Supervisor: no longer a supervisor (Stepped down)");
        // The group can be edited as before: its list holds only supervisors.
        groupService.update(
                group,
                new org.securebase.groups.GroupForm(
                        name, "Supervised by one.", false, java.util.Set.of(colleague), java.util.Set.of()));
    }

    @Test
    void aMemberCannotTakeANameThatPassesForAnotherMembers() {
        testAccounts.active("Dr. Hale", Role.SUPERVISOR);
        long member = testAccounts.active("Riley Quinn", Role.THERAPIST);
        testAccounts.signInAs(member);
        String email = testAccounts.emailOf(member);
        for (String lookAlike : List.of(
                "Dr. Hale",
                "dr hale",
                "DR. HALE",
                "Dr Halé",
                " Dr.  Hale ",
                "Dr. HaIe",
                "Dr. \u041dale",
                "D.R. H-A-L-E",
                "Dr. Hale!")) {
            assertThatThrownBy(() -> service.updateProfile(lookAlike, email))
                    .as(lookAlike)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidInputException) e).fieldErrors().get("displayName"))
                            .contains("too close to another member's"));
            SignUpForm form = TestAccounts.form("Anyone");
            form.setDisplayName(lookAlike);
            assertThatThrownBy(() -> service.signUp(form))
                    .as(lookAlike)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsKey("displayName"));
        }
        for (String roleWord : List.of("Riley (Supervisor)", "Admin Riley", "Riley, moderator")) {
            assertThatThrownBy(() -> service.updateProfile(roleWord, email))
                    .as(roleWord)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidInputException) e).fieldErrors().get("displayName"))
                            .contains("badge"));
        }
        assertThat(testAccounts.load(member).getDisplayName()).isEqualTo("Riley Quinn");
        String different = TestAccounts.unique("Dr. Hales of Leeds");
        service.updateProfile(different, email); // different enough
        service.updateProfile(different, email); // and keeping one's own name is always fine
        assertThat(testAccounts.load(member).getDisplayName()).isEqualTo(different);
    }

    @Test
    void demoAccountsNeverLoadOutsideTheDemoProfile() {
        assertThat(accounts.findByEmail("admin@demo.securebase.local")).isEmpty();
        assertThat(accounts.findByEmail("therapist@demo.securebase.local")).isEmpty();
    }
}

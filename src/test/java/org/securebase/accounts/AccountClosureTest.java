package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountClosures.State;
import org.securebase.accounts.signin.ThrottledAuthenticationProvider;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.CommentItem;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@DatabaseTest
class AccountClosureTest {

    @Autowired
    AccountClosures closures;

    @Autowired
    ClosureDecisions decisions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    MemberSessions sessions;

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    AccountService accountService;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    long admin;
    long member;

    @BeforeEach
    void people() {
        admin = accounts.active("Closing Admin", Role.ADMIN);
        member = accounts.active(TestAccounts.unique("Leaving Lou"), Role.THERAPIST);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private int audited(String action, long target) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = :action and target_id = :id",
                Map.of("action", action, "id", Long.toString(target)),
                Integer.class);
    }

    private int mailsTo(String email, String subject) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = :to and subject like :subject",
                Map.of("to", email, "subject", "%" + subject + "%"),
                Integer.class);
    }

    private long requestOf(long accountId) {
        accounts.signInAs(admin);
        return decisions.open().stream()
                .filter(c -> c.accountId() == accountId)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aRequestNeedsTheCurrentPasswordAndTheConfirmationAndIsAuditedAndMailed() {
        accounts.signInAs(member);
        assertThatThrownBy(() -> closures.request("not my password", true))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("closurePassword"));
        assertThatThrownBy(() -> closures.request(TestAccounts.PASSWORD, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("closureUnderstood"));
        assertThat(closures.mine()).isEmpty();

        closures.request(TestAccounts.PASSWORD, true);

        assertThat(closures.mine())
                .get()
                .extracting(AccountClosures.Closure::state)
                .isEqualTo(State.OPEN);
        assertThatThrownBy(() -> closures.request(TestAccounts.PASSWORD, true))
                .isInstanceOf(InvalidInputException.class);
        assertThat(audited("account.closure-requested", member)).isEqualTo(1);
        assertThat(mailsTo(accounts.emailOf(member), "You asked to close")).isEqualTo(1);
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void theMemberCancelsAnOpenRequestAndAdminsNoLongerSeeIt() {
        accounts.signInAs(member);
        closures.request(TestAccounts.PASSWORD, true);
        assertThat(closures.cancel()).isTrue();
        assertThat(closures.mine())
                .get()
                .extracting(AccountClosures.Closure::state)
                .isEqualTo(State.CANCELLED);
        assertThat(closures.cancel()).isFalse();
        assertThat(audited("account.closure-cancelled", member)).isEqualTo(1);
        accounts.signInAs(admin);
        assertThat(decisions.open()).noneMatch(c -> c.accountId() == member);
    }

    @Test
    void closingErasesTheProfileKeepsTheContentAsFormerMemberEndsSessionsAndRefusesSignIn() {
        String email = accounts.emailOf(member);
        String name = accounts.load(member).getDisplayName();
        long peer = accounts.active(TestAccounts.unique("Staying Sam"), Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Closure " + UUID.randomUUID(), "Private.", false, Set.of(), Set.of(member, peer)));
        accounts.signInAs(peer);
        long thread = threads.create(group, ThreadKind.DISCUSSION, "On endings", "How do you end?", null, false);
        accounts.signInAs(member);
        threads.postComment(thread, null, "Slowly, with warning.", false);
        sessions.begin("closing-" + UUID.randomUUID(), member, "Firefox 133 on Windows", "203.0.113.x");
        closures.request(TestAccounts.PASSWORD, true);
        long request = requestOf(member);

        decisions.close(request);

        Account closed = accounts.load(member);
        assertThat(closed.getStatus()).isEqualTo(AccountStatus.CLOSED);
        assertThat(closed.getDisplayName()).isEqualTo(Account.FORMER_MEMBER);
        assertThat(closed.getEmail()).isEqualTo("closed-" + member + "@closed.invalid");
        assertThat(closed.getFullName()).doesNotContain(name);
        assertThat(closed.getLicenceNumber()).isEmpty();
        assertThat(closed.getPasswordHash()).doesNotStartWith("{bcrypt}$");
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_session where account_id = :id and ended_at is null",
                        Map.of("id", member),
                        Integer.class))
                .isZero();
        // The closure mail went to the address before it was erased.
        assertThat(mailsTo(email, "is closed")).isEqualTo(1);
        assertThat(audited("account.closed", member)).isEqualTo(1);

        accounts.signInAs(peer);
        assertThat(threads.comments(thread, 0, 10))
                .extracting(CommentItem::author)
                .containsExactly(Account.FORMER_MEMBER);
        assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, TestAccounts.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        accounts.signInAs(admin);
        assertThat(decisions.open()).noneMatch(c -> c.id() == request);
        assertThatThrownBy(() -> decisions.close(request)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeclineNeedsAReasonWhichTheMemberSeesAndIsMailed() {
        accounts.signInAs(member);
        closures.request(TestAccounts.PASSWORD, true);
        long request = requestOf(member);
        assertThatThrownBy(() -> decisions.decline(request, " ")).isInstanceOf(InvalidInputException.class);

        decisions.decline(request, "You are named in an open complaint; let us talk first");

        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        accounts.signInAs(member);
        assertThat(closures.mine())
                .get()
                .satisfies(c -> assertThat(c.state()).isEqualTo(State.DECLINED))
                .satisfies(c -> assertThat(c.declineReason()).contains("open complaint"));
        assertThat(audited("account.closure-declined", member)).isEqualTo(1);
        assertThat(mailsTo(accounts.emailOf(member), "stays open")).isEqualTo(1);
        // The member may ask again.
        closures.request(TestAccounts.PASSWORD, true);
        assertThat(closures.mine())
                .get()
                .extracting(AccountClosures.Closure::state)
                .isEqualTo(State.OPEN);
    }

    @Test
    void onlyAdminsSeeAndDecideRequests() {
        long supervisor = accounts.active("Closure Supervisor", Role.SUPERVISOR);
        accounts.signInAs(member);
        closures.request(TestAccounts.PASSWORD, true);
        long request = requestOf(member);
        for (long who : new long[] {member, supervisor}) {
            accounts.signInAs(who);
            assertThatThrownBy(() -> decisions.open()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.close(request)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.decline(request, "no")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void noOneMayTakeTheFormerMemberName() {
        accounts.signInAs(member);
        assertThatThrownBy(() -> accountService.updateProfile("Former  Member", accounts.emailOf(member)))
                .isInstanceOf(InvalidInputException.class);
    }
}

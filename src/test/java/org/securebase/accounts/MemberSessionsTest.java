package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@DatabaseTest
class MemberSessionsTest {

    @Autowired
    MemberSessions sessions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aSignedInSessionIsListedForItsMemberOnlyWithoutAFullAddress() {
        long member = accounts.active("Session Owner", Role.THERAPIST);
        long admin = accounts.active("Curious Admin", Role.ADMIN);
        String laptop = key();
        sessions.begin(laptop, member, "Firefox 133 on Windows", "203.0.113.x");

        accounts.signInAs(member);
        assertThat(sessions.mine())
                .extracting(MemberSessions.Session::key, MemberSessions.Session::browser, s -> s.address())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(laptop, "Firefox 133 on Windows", "203.0.113.x"));
        accounts.signInAs(admin);
        assertThat(sessions.mine()).isEmpty();
    }

    @Test
    void endingOneSessionLeavesTheOthersAndIsAudited() {
        long member = accounts.active("Two Devices", Role.THERAPIST);
        String laptop = key();
        String phone = key();
        sessions.begin(laptop, member, "Chrome 131 on macOS", "198.51.100.x");
        sessions.begin(phone, member, "Safari 18 on iOS", "2001:db8:1:x");
        accounts.signInAs(member);
        long phoneId = sessions.mine().stream()
                .filter(s -> s.key().equals(phone))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(sessions.end(phoneId)).isTrue();

        assertThat(sessions.live(phone)).isFalse();
        assertThat(sessions.live(laptop)).isTrue();
        assertThat(sessions.mine()).extracting(MemberSessions.Session::key).containsExactly(laptop);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.session-ended' and actor_id = :id",
                        Map.of("id", member),
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aMemberCannotEndAnotherMembersSession() {
        long owner = accounts.active("Owner", Role.THERAPIST);
        long other = accounts.active("Other", Role.ADMIN);
        String theirs = key();
        sessions.begin(theirs, owner, "Firefox 133 on Linux", "203.0.113.x");
        accounts.signInAs(owner);
        long id = sessions.mine().getFirst().id();
        accounts.signInAs(other);
        assertThat(sessions.end(id)).isFalse();
        assertThat(sessions.live(theirs)).isTrue();
    }

    @Test
    void aSuspensionEndsEverySessionOfTheMember() {
        long member = accounts.active("To Suspend", Role.THERAPIST);
        long admin = accounts.active("Suspending Admin", Role.ADMIN);
        String a = key();
        String b = key();
        sessions.begin(a, member, "Firefox 133 on Windows", "203.0.113.x");
        sessions.begin(b, member, "Chrome 131 on Android", "203.0.113.x");
        accounts.signInAs(admin);
        accountService.suspend(member, "Shared client details outside the group");
        assertThat(sessions.live(a)).isFalse();
        assertThat(sessions.live(b)).isFalse();
    }

    @Autowired
    PasswordChanges passwords;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void aPasswordResetByLinkEndsEverySessionOfTheMember() {
        long member = accounts.active("Reset Sessions", Role.THERAPIST);
        String a = key();
        sessions.begin(a, member, "Firefox 133 on Windows", "203.0.113.x");
        tx.executeWithoutResult(t -> passwords.resetPassword(member, "copper kettle under winter moss"));
        assertThat(sessions.live(a)).isFalse();
    }

    @Test
    void thePurgeDeletesEndedRowsOnly() {
        long member = accounts.active("Purged", Role.THERAPIST);
        String ended = key();
        String open = key();
        sessions.begin(ended, member, "Firefox 133 on Windows", "203.0.113.x");
        sessions.begin(open, member, "Firefox 133 on Windows", "203.0.113.x");
        sessions.ended(ended);
        sessions.purge();
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_session where session_key in (:keys)",
                        Map.of("keys", java.util.List.of(ended, open)),
                        Integer.class))
                .isEqualTo(1);
        assertThat(sessions.live(open)).isTrue();
    }
}

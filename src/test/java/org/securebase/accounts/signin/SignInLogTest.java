package org.securebase.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.SignInLog;
import org.securebase.accounts.SignInLog.Outcome;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

@DatabaseTest
class SignInLogTest {

    private static final String FIREFOX =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    KnownDevices devices;

    @Autowired
    SignInLog log;

    @Autowired
    TestAccounts accounts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private void signIn(String email, String password, String deviceCookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("203.0.113.57");
        request.addHeader("User-Agent", FIREFOX);
        if (deviceCookie != null) {
            request.setCookies(new Cookie(KnownDevices.COOKIE, deviceCookie));
        }
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new SignInDetails(request));
        provider.authenticate(token);
    }

    private List<SignInLog.Line> linesOf(long accountId) {
        accounts.signInAs(accounts.active("Log Reading Admin", Role.ADMIN));
        return log.of(accountId, 20);
    }

    private List<String> notificationsOf(long accountId) {
        return jdbc.queryForList(
                "select message from notification where account_id = :id", Map.of("id", accountId), String.class);
    }

    @Test
    void aSignInAndARefusalEachLeaveALineWithoutPasswordOrFullAddress() {
        long id = accounts.active("Logged Lena", Role.THERAPIST);
        String email = accounts.emailOf(id);
        assertThatThrownBy(() -> signIn(email, "my secret wrong guess", null))
                .isInstanceOf(AuthenticationException.class);
        signIn(email, TestAccounts.PASSWORD, null);

        assertThat(linesOf(id))
                .extracting(SignInLog.Line::outcome, SignInLog.Line::browser, SignInLog.Line::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.SIGNED_IN, "Firefox 133 on Windows", "203.0.113.x"),
                        org.assertj.core.groups.Tuple.tuple(
                                Outcome.WRONG_PASSWORD, "Firefox 133 on Windows", "203.0.113.x"));
        String everything = String.join(
                " ",
                jdbc.queryForList(
                        "select outcome || browser || address from sign_in_log where account_id = :id",
                        Map.of("id", id),
                        String.class));
        assertThat(everything)
                .doesNotContain("my secret wrong guess")
                .doesNotContain(TestAccounts.PASSWORD)
                .doesNotContain("203.0.113.57");
    }

    @Test
    void aSuspendedAccountsRefusalSaysSoAndAnUnknownEmailIsNotKept() {
        long id = accounts.create("Logged Suspended", Role.THERAPIST, AccountStatus.SUSPENDED);
        assertThatThrownBy(() -> signIn(accounts.emailOf(id), TestAccounts.PASSWORD, null))
                .isInstanceOf(AuthenticationException.class);
        assertThat(linesOf(id)).extracting(SignInLog.Line::outcome).containsExactly(Outcome.SUSPENDED);

        String stranger = "nobody-" + System.nanoTime() + "@example.org";
        int before = jdbc.queryForObject(
                "select count(*) from sign_in_log where account_id is null", Map.of(), Integer.class);
        assertThatThrownBy(() -> signIn(stranger, "guess", null)).isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_log where account_id is null", Map.of(), Integer.class))
                .isEqualTo(before + 1);
    }

    @Test
    void aSignInFromABrowserNotSeenBeforeIsToldInTheAppButNotTheFirstOneNorAKnownBrowser() {
        long id = accounts.active("Travelling Tom", Role.THERAPIST);
        String email = accounts.emailOf(id);
        signIn(email, TestAccounts.PASSWORD, null);
        assertThat(notificationsOf(id)).noneMatch(m -> m.startsWith("New sign-in"));

        signIn(email, TestAccounts.PASSWORD, devices.issue(email));
        assertThat(notificationsOf(id)).noneMatch(m -> m.startsWith("New sign-in"));

        signIn(email, TestAccounts.PASSWORD, null);
        assertThat(notificationsOf(id))
                .filteredOn(m -> m.startsWith("New sign-in"))
                .containsExactly("New sign-in to your account from Firefox 133 on Windows (203.0.113.x). If this was"
                        + " not you, change your password and sign out your other sessions.");
    }
}

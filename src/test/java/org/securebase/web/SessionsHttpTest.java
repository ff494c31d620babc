package org.securebase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.TestProfiles;
import org.securebase.accounts.MemberSessions;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions over real HTTP: a sign-in leaves a row with the browser in short and the address truncated, and a
 * session ended from elsewhere (its row marked, as any instance would) is refused at its next request.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
class SessionsHttpTest {

    private static final String FIREFOX =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MemberSessions sessions;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aSignInCreatesARowAndAnEndedSessionIsRefusedAtItsNextRequest() {
        long id = accounts.active("Http Sessions", Role.THERAPIST);
        String email = accounts.emailOf(id);
        WebClient laptop =
                new WebClient(port).header("X-Forwarded-For", "203.0.113.42").header("User-Agent", FIREFOX);
        WebClient phone = new WebClient(port).header("X-Forwarded-For", "198.51.100.7");
        assertThat(laptop.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(phone.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(laptop.signedIn()).isTrue();
        assertThat(phone.signedIn()).isTrue();

        assertThat(jdbc.queryForList(
                        "select browser, address from member_session where account_id = :id order by address desc",
                        Map.of("id", id)))
                .extracting(r -> r.get("BROWSER") == null ? r.get("browser") : r.get("BROWSER"))
                .hasSize(2)
                .contains("Firefox 133 on Windows");
        assertThat(jdbc.queryForList(
                        "select address from member_session where account_id = :id", Map.of("id", id), String.class))
                .containsExactlyInAnyOrder("203.0.113.x", "198.51.100.x");

        accounts.signInAs(id);
        long laptopRow = jdbc.queryForObject(
                "select id from member_session where account_id = :id and address = '203.0.113.x'",
                Map.of("id", id),
                Long.class);
        assertThat(sessions.end(laptopRow)).isTrue();

        // Its next request finds the row ended and ends the session (that request already passed authorisation and
        // goes on signed out); from then on the browser is sent to the sign-in page.
        laptop.get("/");
        assertThat(laptop.signedIn()).as("the ended session").isFalse();
        assertThat(phone.signedIn()).as("the other session").isTrue();
    }
}

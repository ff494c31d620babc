package org.securebase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.TestProfiles;
import org.securebase.accounts.Role;
import org.securebase.accounts.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in form over real HTTP, on a random port, as a browser and as a forged page would send it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SignInHttpTest {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;

    @Test
    void theSignInPageCarriesATokenAndTheFormWithItSignsIn() {
        String email = accounts.emailOf(accounts.active("Http Member", Role.THERAPIST));
        WebClient browser = new WebClient(port);
        assertThat(browser.openSignInPage()).isNotBlank();
        assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aSignInWithoutTheTokenIsRefusedAndSignsNobodyIn() {
        String email = accounts.emailOf(accounts.active("Attacker Account", Role.THERAPIST));
        // A page elsewhere posts the form in the victim's browser: no token, and no session cookie (SameSite=Lax).
        WebClient victim = new WebClient(port);
        String target = WebClient.location(victim.postForm("/login",
                Map.of("username", email, "password", TestAccounts.PASSWORD)));
        assertThat(target).isEqualTo("/login?error");
        assertThat(victim.signedIn()).isFalse();

        // Nor does a session opened on the sign-in page help a form that leaves the token out, or forges one.
        WebClient other = new WebClient(port);
        other.openSignInPage();
        assertThat(WebClient.location(other.postForm("/login",
                Map.of("username", email, "password", TestAccounts.PASSWORD)))).isEqualTo("/login?error");
        assertThat(WebClient.location(other.postForm("/login",
                Map.of("username", email, "password", TestAccounts.PASSWORD, "_csrf", "forged"))))
                .isEqualTo("/login?error");
        assertThat(other.signedIn()).isFalse();
    }
}

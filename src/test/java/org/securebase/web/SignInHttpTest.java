package org.securebase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.securebase.TestProfiles;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in form over real HTTP, on a random port, as a browser and as a forged page would send it. The
 * thresholds are the defaults (slow down after 3 failures, lock after 6; per address 10 and 30); only the first
 * wait is shortened so that the test need not sleep for half a minute. The server trusts X-Forwarded-For from
 * localhost, as behind a reverse proxy, so each test can speak from its own address.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"securebase.login.first-delay=400ms", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestProfiles.class)
class SignInHttpTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    /** A browser at an address no other test uses. */
    private WebClient browserAt(String address) {
        return new WebClient(port).header("X-Forwarded-For", address);
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wrong passwords in a row, each after any wait the last one started (400 ms, doubling from the third). */
    private void failSeveralTimes(WebClient browser, String email, int times) {
        for (int i = 1; i <= times; i++) {
            assertThat(browser.signIn(email, "not the password " + i)).isEqualTo("/login?error");
            if (i >= 3) {
                sleep((400L << (i - 3)) + 150);
            }
        }
    }

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
        String target = WebClient.location(
                victim.postForm("/login", Map.of("username", email, "password", TestAccounts.PASSWORD)));
        assertThat(target).isEqualTo("/login?error");
        assertThat(victim.signedIn()).isFalse();

        // Nor does a session opened on the sign-in page help a form that leaves the token out, or forges one.
        WebClient other = new WebClient(port);
        other.openSignInPage();
        assertThat(WebClient.location(
                        other.postForm("/login", Map.of("username", email, "password", TestAccounts.PASSWORD))))
                .isEqualTo("/login?error");
        assertThat(WebClient.location(other.postForm(
                        "/login", Map.of("username", email, "password", TestAccounts.PASSWORD, "_csrf", "forged"))))
                .isEqualTo("/login?error");
        assertThat(other.signedIn()).isFalse();
    }

    @Test
    void eachFailedSignInCountsOnceSoTwoMistakesDoNotSlowTheThird() {
        String email = accounts.emailOf(accounts.active("Two Mistakes", Role.THERAPIST));
        WebClient browser = browserAt(newAddress());
        assertThat(browser.signIn(email, "wrong once")).isEqualTo("/login?error");
        assertThat(browser.signIn(email, "wrong twice")).isEqualTo("/login?error");
        assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void theThirdFailureMakesTheNextAttemptWaitEvenWithTheRightPassword() {
        String email = accounts.emailOf(accounts.active("Three Mistakes", Role.THERAPIST));
        WebClient browser = browserAt(newAddress());
        for (int i = 1; i <= 3; i++) {
            assertThat(browser.signIn(email, "wrong " + i)).isEqualTo("/login?error");
        }
        assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?error");
        sleep(550);
        assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void sixFailuresLockTheEmailButNotForABrowserThatSignedInBefore() {
        String email = accounts.emailOf(accounts.active("Locked Out", Role.THERAPIST));
        WebClient ownLaptop = browserAt(newAddress());
        assertThat(ownLaptop.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
        String device = ownLaptop.cookie("sb-device");
        assertThat(device).isNotBlank();

        WebClient stranger = browserAt(newAddress());
        failSeveralTimes(stranger, email, 5);
        assertThat(stranger.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
        stranger = browserAt(newAddress());
        failSeveralTimes(stranger, email, 6);
        assertThat(stranger.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?error");
        assertThat(browserAt(newAddress()).signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?error");

        // The member's own browser, its session long over, still gets in.
        WebClient sameLaptopNextDay = browserAt(newAddress());
        sameLaptopNextDay.setCookie("sb-device", device);
        assertThat(sameLaptopNextDay.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void oneAddressTryingManyEmailsIsSlowedDownAfterTenFailures() {
        String email = accounts.emailOf(accounts.active("Sprayed", Role.THERAPIST));
        String address = newAddress();
        WebClient sprayer = browserAt(address);
        for (int i = 1; i <= 10; i++) {
            assertThat(sprayer.signIn("guess-" + i + "-" + address + "@example.org", "password guess"))
                    .isEqualTo("/login?error");
        }
        assertThat(browserAt(address).signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?error");
        assertThat(browserAt(newAddress()).signIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void aKnownAndAnUnknownEmailGetTheSameAnswersOverHttp() {
        String known = accounts.emailOf(accounts.active("Known Over Http", Role.THERAPIST));
        String unknown = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
        assertThat(answers(unknown)).isEqualTo(answers(known));
    }

    /** Status, redirect and cookie names for four wrong passwords in a row (the fourth comes too soon). */
    private java.util.List<String> answers(String email) {
        WebClient browser = browserAt(newAddress());
        java.util.List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String token = browser.openSignInPage();
            var response =
                    browser.postForm("/login", Map.of("username", email, "password", "wrong " + i, "_csrf", token));
            answers.add(response.statusCode() + " " + WebClient.location(response) + " "
                    + response.headers().allValues("Set-Cookie").stream()
                            .map(c -> c.split("=", 2)[0])
                            .toList());
        }
        return answers;
    }
}

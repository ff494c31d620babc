package org.securebase.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.securebase.TestProfiles;
import org.securebase.accounts.TestAccounts;
import org.securebase.probe.ProbeRoutes.Access;
import org.securebase.probe.ProbeRoutes.Page;
import org.securebase.risk.RiskDetector;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The external probe over plain HTTP, as a script outside the browser sees the running application: every page of
 * {@link ProbeRoutes} for a visitor and for each role, the front end's files and Actuator. No answer is a server
 * error; every answer carries the security headers; what needs a sign-in sends a visitor to the sign-in page; no
 * page behind a sign-in may be cached; HSTS is sent over HTTPS only. What each role may see inside a page is
 * decided in the browser, where {@code ExternalProbeIT} looks. Same context as {@code SignInHttpTest}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"securebase.login.first-delay=400ms", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestProfiles.class)
class ExternalProbeHttpTest {

    private static final List<String> FILES =
            List.of("/sw.js", "/favicon.ico", "/manifest.webmanifest", "/offline.html");

    /** Actuator endpoints a visitor or a member must not read (only health is public). */
    private static final List<String> ACTUATOR_PRIVATE = List.of(
            "/actuator/env",
            "/actuator/metrics",
            "/actuator/configprops",
            "/actuator/beans",
            "/actuator/heapdump",
            "/actuator/threaddump",
            "/actuator/loggers",
            "/actuator/mappings",
            "/actuator/prometheus");

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void theTableNamesEveryPageWithTheRightPath() {
        assertThat(ProbeRoutes.missingFromTable())
                .as("@Route classes missing from ProbeRoutes.PAGES")
                .isEmpty();
        assertThat(ProbeRoutes.wrongPaths()).isEmpty();
    }

    @Test
    void aVisitorIsSentToSignInForEveryPageThatNeedsOneAndNothingFails() {
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", "192.0.2.201");
        SoftAssertions soft = new SoftAssertions();
        for (Page page : ProbeRoutes.PAGES) {
            HttpResponse<String> response = visitor.get("/" + ProbeRoutes.fill(page.path(), 1, 1, "probe"));
            String what = "/" + page.path() + " for a visitor";
            assertHeaders(soft, response, what);
            if (page.access() == Access.ANYONE) {
                soft.assertThat(response.statusCode()).as(what).isEqualTo(200);
            } else {
                soft.assertThat(response.statusCode()).as(what).isEqualTo(302);
                soft.assertThat(WebClient.location(response)).as(what).isEqualTo("/login");
            }
        }
        for (String path : ACTUATOR_PRIVATE) {
            HttpResponse<String> response = visitor.get(path);
            assertHeaders(soft, response, path + " for a visitor");
            soft.assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        }
        soft.assertAll();
    }

    @Test
    void everyPageAnswersEveryRoleWithoutAServerErrorAndUncached() {
        Map<String, WebClient> people = new LinkedHashMap<>();
        people.put("pending", signedIn("Probe Pending", Role.THERAPIST, AccountStatus.PENDING, "192.0.2.210"));
        people.put("therapist", signedIn("Probe Therapist", Role.THERAPIST, AccountStatus.ACTIVE, "192.0.2.211"));
        people.put("supervisor", signedIn("Probe Supervisor", Role.SUPERVISOR, AccountStatus.ACTIVE, "192.0.2.212"));
        people.put("admin", signedIn("Probe Admin", Role.ADMIN, AccountStatus.ACTIVE, "192.0.2.213"));
        SoftAssertions soft = new SoftAssertions();
        people.forEach((who, browser) -> {
            for (Page page : ProbeRoutes.PAGES) {
                HttpResponse<String> response = browser.get("/" + ProbeRoutes.fill(page.path(), 1, 1, "probe"));
                String what = "/" + page.path() + " for the " + who;
                assertHeaders(soft, response, what);
                soft.assertThat(response.statusCode()).as(what).isIn(200, 302);
                soft.assertThat(response.headers().allValues("Cache-Control"))
                        .as(what + ": a page behind a sign-in is never stored")
                        .anySatisfy(value -> assertThat(value).contains("no-store"));
            }
            for (String path : ACTUATOR_PRIVATE) {
                HttpResponse<String> response = browser.get(path);
                assertHeaders(soft, response, path + " for the " + who);
                if (!who.equals("admin")) {
                    soft.assertThat(response.statusCode())
                            .as(path + " for the " + who)
                            .isNotEqualTo(200);
                }
            }
        });
        soft.assertAll();
    }

    /**
     * A supervisor's or admin's password alone gives a session no role: it reaches no Actuator endpoint (an admin's
     * would), and every page sends it to the code page in the browser (ExternalProbeIT, SecondFactorJourneyIT).
     */
    @Test
    void staffSessionsThatHaveNotGivenTheSecondFactorSeeNothing() {
        WebClient admin = signedIn("Probe Codeless Admin", Role.ADMIN, AccountStatus.ACTIVE, "192.0.2.214");
        WebClient supervisor =
                signedIn("Probe Codeless Supervisor", Role.SUPERVISOR, AccountStatus.ACTIVE, "192.0.2.215");
        SoftAssertions soft = new SoftAssertions();
        for (String path : ACTUATOR_PRIVATE) {
            soft.assertThat(admin.get(path).statusCode())
                    .as(path + " for an admin who has given only the password")
                    .isNotEqualTo(200);
            soft.assertThat(supervisor.get(path).statusCode())
                    .as(path + " for a supervisor who has given only the password")
                    .isNotEqualTo(200);
        }
        soft.assertThat(admin.get("/actuator/info").statusCode())
                .as("/actuator/info, open to admins, for an admin without the second factor")
                .isNotEqualTo(200);
        soft.assertAll();
    }

    @Test
    void staticFilesCarryTheHeadersToo() {
        RiskDetector.warmUp(); // until the risk model is trained, health is DOWN (503) on purpose
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", "192.0.2.202");
        SoftAssertions soft = new SoftAssertions();
        List<String> paths = new ArrayList<>(FILES);
        paths.add("/actuator/health");
        paths.add("/VAADIN/no-such-file.js");
        paths.add("/no-such-page");
        for (String path : paths) {
            HttpResponse<String> response = visitor.get(path);
            assertHeaders(soft, response, path);
            soft.assertThat(response.statusCode()).as(path).isLessThan(500);
        }
        Matcher script = SCRIPT.matcher(visitor.get("/login").body());
        soft.assertThat(script.find())
                .as("the sign-in page loads the front end's bundle")
                .isTrue();
        HttpResponse<String> bundle = visitor.get("/" + script.group(1).replaceFirst("^\\.?/", ""));
        assertHeaders(soft, bundle, "the bundle");
        soft.assertThat(bundle.headers().firstValue("Cache-Control"))
                .as("the front end's files keep their own caching")
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("no-store"));
        soft.assertAll();
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsAndNotOverPlainHttp() {
        WebClient behindProxy =
                new WebClient(port).header("X-Forwarded-For", "192.0.2.203").header("X-Forwarded-Proto", "https");
        WebClient plain = new WebClient(port).header("X-Forwarded-For", "192.0.2.204");
        for (String path : List.of("/login", "/", "/sw.js")) {
            assertThat(behindProxy.get(path).headers().firstValue("Strict-Transport-Security"))
                    .as(path + " over HTTPS")
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
            assertThat(plain.get(path).headers().firstValue("Strict-Transport-Security"))
                    .as(path + " over plain HTTP")
                    .isEmpty();
        }
    }

    private WebClient signedIn(String name, Role role, AccountStatus status, String address) {
        long id = accounts.create(TestAccounts.unique(name), role, status);
        WebClient browser = new WebClient(port).header("X-Forwarded-For", address);
        assertThat(browser.signIn(accounts.emailOf(id), TestAccounts.PASSWORD))
                .as(name + " signs in")
                .isIn("/", "/pending");
        return browser;
    }

    private static void assertHeaders(SoftAssertions soft, HttpResponse<String> response, String what) {
        String where = what + " (" + response.statusCode() + ")";
        var headers = response.headers();
        soft.assertThat(response.statusCode()).as(where + ": no server error").isLessThan(500);
        soft.assertThat(headers.allValues("X-Content-Type-Options")).as(where).containsExactly("nosniff");
        soft.assertThat(headers.allValues("Referrer-Policy")).as(where).containsExactly("same-origin");
        soft.assertThat(headers.firstValue("Content-Security-Policy"))
                .as(where)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        soft.assertThat(headers.firstValue("Permissions-Policy"))
                .as(where)
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }
}

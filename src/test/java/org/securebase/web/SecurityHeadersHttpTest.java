package org.securebase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securebase.TestProfiles;
import org.securebase.accounts.TestAccounts;
import org.securebase.risk.RiskDetector;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of response carries the security headers: the sign-in page, pages behind sign-in, the front end's
 * static files, the service worker, the icon, Actuator, a missing page and a refused one. Same context as
 * {@link SignInHttpTest}, so the two share one running server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"securebase.login.first-delay=400ms", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestProfiles.class)
class SecurityHeadersHttpTest {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern SCRIPT_SRC = Pattern.compile("script-src ([^;]*)");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyResponseCarriesTheHeaders() {
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", "203.0.113.77");
        HttpResponse<String> login = visitor.get("/login");
        List<HttpResponse<String>> responses = new ArrayList<>(List.of(login));
        Matcher script = SCRIPT.matcher(login.body());
        assertThat(script.find())
                .as("the sign-in page loads the front end's bundle")
                .isTrue();
        String bundle = "/" + script.group(1).replaceFirst("^\\.?/", "");
        for (String path : List.of(
                bundle,
                "/sw.js",
                "/favicon.ico",
                "/actuator/health",
                "/no-such-page",
                "/VAADIN/build/no-such-file.js",
                "/admin/audit",
                "/")) {
            responses.add(visitor.get(path));
        }
        WebClient member = new WebClient(port).header("X-Forwarded-For", "203.0.113.78");
        long id = accounts.active("Header Reader", Role.THERAPIST);
        assertThat(member.signIn(accounts.emailOf(id), TestAccounts.PASSWORD)).isEqualTo("/");
        responses.add(member.get("/"));
        responses.add(member.get("/VAADIN/build/no-such-file.js"));
        responses.add(member.get("/no-such-page"));
        responses.add(member.get("/"));
        responses.add(member.get("/actuator/metrics"));
        responses.add(member.get("/"));

        assertThat(responses)
                .extracting(r -> r.statusCode())
                .as("pages and files, and redirects to sign in (also for what is missing or refused)")
                .contains(200, 302);
        for (HttpResponse<String> response : responses) {
            String what = response.request().uri().getPath() + " (" + response.statusCode() + ")";
            var headers = response.headers();
            assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
            assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(what)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains(
                                    "frame-ancestors 'none'",
                                    "base-uri 'self'",
                                    "form-action 'self'",
                                    "default-src 'self'",
                                    "connect-src 'self'"));
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(what)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        }
    }

    /**
     * Scripts: this origin's files, and inline scripts only with the nonce of the response that carries them; no
     * {@code 'unsafe-inline'}. Every script Vaadin writes into its index page carries that response's nonce, and the
     * nonce is new each time. {@code 'unsafe-eval'} stays, because Vaadin's client engine needs it (see
     * {@code SecurityHeaders}); this pins it so that a change here is a decision, not an accident.
     */
    @Test
    void scriptsRunOnlyFromThisOriginOrWithTheResponsesNonce() {
        WebClient visitor = new WebClient(port).header("X-Forwarded-For", "203.0.113.80");
        List<String> nonces = new ArrayList<>();
        nonces.add(assertScriptsCarryTheNonce(visitor.get("/login")));
        nonces.add(assertScriptsCarryTheNonce(visitor.get("/login")));
        WebClient member = new WebClient(port).header("X-Forwarded-For", "203.0.113.81");
        long id = accounts.active("Nonce Reader", Role.THERAPIST);
        assertThat(member.signIn(accounts.emailOf(id), TestAccounts.PASSWORD)).isEqualTo("/");
        nonces.add(assertScriptsCarryTheNonce(member.get("/")));
        assertThat(nonces).as("a fresh nonce for every response").doesNotHaveDuplicates();
    }

    private static String assertScriptsCarryTheNonce(HttpResponse<String> page) {
        String what = page.request().uri().getPath() + " (" + page.statusCode() + ")";
        assertThat(page.statusCode()).as(what).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher scriptSrc = SCRIPT_SRC.matcher(csp);
        assertThat(scriptSrc.find()).as(what + ": " + csp).isTrue();
        assertThat(scriptSrc.group(1)).as(what).doesNotContain("'unsafe-inline'", "*", "data:", "http");
        assertThat(scriptSrc.group(1)).as(what).startsWith("'self' 'nonce-").endsWith("'unsafe-eval'");
        Matcher nonce = NONCE.matcher(scriptSrc.group(1));
        assertThat(nonce.find()).as(what).isTrue();
        assertThat(nonce.group(1)).as(what + ": 128 bits, base64").hasSize(24);
        List<String> tags =
                SCRIPT_TAG.matcher(page.body()).results().map(r -> r.group()).toList();
        assertThat(tags).as(what + ": Vaadin's bootstrap writes scripts").isNotEmpty();
        assertThat(tags).as(what).allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
        return nonce.group(1);
    }

    /** HAProxy's health check (config/haproxy.cfg) asks this without signing in; it waits for the risk model. */
    @Test
    void theLoadBalancersReadinessCheckIsOpenToAVisitorAndSaysUp() {
        RiskDetector.warmUp();
        HttpResponse<String> readiness =
                new WebClient(port).header("X-Forwarded-For", "203.0.113.79").get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }
}

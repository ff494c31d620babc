package org.securebase.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A supervisor's passkey in Chromium, with a virtual authenticator through the DevTools protocol (a platform
 * authenticator that holds resident keys and verifies the user): signed in with the password and an app code, they
 * add a passkey on the profile page, sign out, sign in with the password and then the passkey alone, and reach a
 * staff page. Adding the same device twice, and a bogus signature, are refused beside the button; the next try
 * works.
 */
class PasskeyJourneyIT extends BrowserTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    private static String virtualAuthenticator(CDPSession cdp) {
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject args = new JsonObject();
        args.add("options", options);
        return cdp.send("WebAuthn.addVirtualAuthenticator", args)
                .get("authenticatorId")
                .getAsString();
    }

    private static void bogusSignatures(CDPSession cdp, String authenticator, boolean bogus) {
        JsonObject args = new JsonObject();
        args.addProperty("authenticatorId", authenticator);
        args.addProperty("isBogusSignature", bogus);
        args.addProperty("isBadUV", false);
        args.addProperty("isBadUP", false);
        cdp.send("WebAuthn.setResponseOverrideBits", args);
    }

    private static int credentials(CDPSession cdp, String authenticator) {
        JsonObject args = new JsonObject();
        args.addProperty("authenticatorId", authenticator);
        return cdp.send("WebAuthn.getCredentials", args)
                .getAsJsonArray("credentials")
                .size();
    }

    private void password(Page page, String email) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void aSupervisorAddsAPasskeyThenSignsInWithThePasswordAndThePasskeyAlone() {
        long supervisor = accounts.active(TestAccounts.unique("Passkey Journey Supervisor"), Role.SUPERVISOR);
        String email = accounts.emailOf(supervisor);

        Page page = person();
        CDPSession cdp = page.context().newCDPSession(page);
        String authenticator = virtualAuthenticator(cdp);

        signIn(page, email, TestAccounts.PASSWORD); // the password and a code from the app
        page.navigate(url("profile"));
        page.locator("#passkey-name").waitFor();
        fill(page, "passkey-name", "Journey laptop");
        page.locator("#add-passkey").click();
        page.locator("#passkeys li").first().waitFor();
        assertThat(page.locator("#passkeys li").first().innerText()).contains("Journey laptop");
        assertThat(credentials(cdp, authenticator)).isEqualTo(1);
        screenshot(page, "passkey-profile");

        // the same device again: the browser refuses (the passkey is in the exclude list), said beside the button
        fill(page, "passkey-name", "Journey laptop again");
        page.locator("#add-passkey").click();
        page.locator("#passkey-register-error").waitFor();
        assertThat(page.locator("#passkey-register-error").innerText()).contains("already holds a passkey");
        assertThat(page.locator("#passkey-name input").inputValue()).isEqualTo("Journey laptop again");
        assertThat(page.locator("#passkeys li").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.passkey-registered'"
                                + " and target_id = :id",
                        Map.of("id", String.valueOf(supervisor)),
                        Integer.class))
                .isEqualTo(1);

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("login"));

        password(page, email);
        page.locator("#use-passkey").waitFor();
        assertThat(page.url()).contains("second-factor");
        screenshot(page, "passkey-second-factor");

        // a signature the server cannot verify: said beside the button, nothing lost, the next try works
        bogusSignatures(cdp, authenticator, true);
        page.locator("#use-passkey").click();
        page.locator("#passkey-error").waitFor();
        assertThat(page.locator("#passkey-error").innerText()).contains("could not be verified");
        assertThat(page.url()).contains("second-factor");
        screenshot(page, "passkey-second-factor-refused");
        bogusSignatures(cdp, authenticator, false);

        page.locator("#use-passkey").click();
        page.waitForURL(url -> !url.contains("second-factor") && !url.contains("login"));
        page.locator("vaadin-app-layout").waitFor();
        page.navigate(url("admin/users"));
        page.locator("vaadin-grid").first().waitFor();
        assertThat(page.url()).endsWith("admin/users");
        screenshot(page, "passkey-signed-in-staff-page");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.passkey-used' and target_id = :id",
                        Map.of("id", String.valueOf(supervisor)),
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aSupervisorWithoutAFactorChoosesAPasskeyAtTheFirstSignIn() {
        long supervisor = accounts.active(TestAccounts.unique("First Passkey Supervisor"), Role.SUPERVISOR);
        jdbc.update(
                "update account set totp_secret = null, totp_last_step = null where id = :id",
                Map.of("id", supervisor));
        String email = accounts.emailOf(supervisor);
        covenants.acceptAll(email);

        Page page = person();
        CDPSession cdp = page.context().newCDPSession(page);
        String authenticator = virtualAuthenticator(cdp);

        password(page, email);
        page.locator("#passkey-name").waitFor();
        assertThat(page.locator("#enrol-code").count())
                .as("the app is offered beside it")
                .isEqualTo(1);
        screenshot(page, "passkey-first-sign-in");
        fill(page, "passkey-name", "Office desktop");
        page.locator("#add-passkey").click();
        page.locator("#recovery-codes li").first().waitFor(); // the first factor comes with recovery codes
        assertThat(page.locator("#recovery-codes li").count()).isEqualTo(10);
        assertThat(page.locator("#enrol-code").isVisible())
                .as("the app's form is gone once a passkey is set up")
                .isFalse();
        screenshot(page, "passkey-first-sign-in-recovery-codes");
        page.locator("#recovery-codes-saved").click();
        page.waitForURL(url -> !url.contains("second-factor") && !url.contains("login"));
        page.locator("vaadin-app-layout").waitFor();
        assertThat(credentials(cdp, authenticator)).isEqualTo(1);
        page.navigate(url("admin/users"));
        page.locator("vaadin-grid").first().waitFor();
        assertThat(page.url()).endsWith("admin/users");
    }
}

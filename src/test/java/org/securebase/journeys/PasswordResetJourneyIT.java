package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.securebase.mail.PasswordResets;
import org.securebase.mail.TestMail;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Forgot password in Chromium: the mail from the test SMTP server, its link, a new password, signing in. */
class PasswordResetJourneyIT extends BrowserTest {

    static final String NEW_PASSWORD = "lantern over the quiet estuary";

    @Autowired
    TestMail mail;

    private void ask(Page page, String email) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form vaadin-button[slot=forgot-password]").click();
        page.waitForURL("**/forgot-password");
        page.locator("#forgot-email").waitFor();
        fill(page, "forgot-email", email);
        page.locator("#forgot-send").click();
        assertThat(page.locator("#forgot-answer")).hasText(PasswordResets.SENT);
    }

    /** The mail's link, pointed at this test's server (links start with the configured base URL). */
    private String linkIn(String email) {
        mail.deliver();
        var received = mail.to(email);
        assertThat(received).hasSize(1);
        URI link = URI.create(received.getFirst().link("reset-password"));
        return url(link.getPath().substring(1) + "?" + link.getQuery());
    }

    @Test
    void a_member_resets_a_forgotten_password_and_signs_in_with_the_new_one() {
        long id = accounts.active("Reset Journey", Role.THERAPIST);
        String email = accounts.emailOf(id);

        Page elsewhere = person();
        signIn(elsewhere, email, org.securebase.accounts.TestAccounts.PASSWORD);
        elsewhere.navigate(url("profile"));
        elsewhere.waitForURL("**/profile");

        Page page = person();
        ask(page, email);
        screenshot(page, "mail-01-forgot-password");
        String link = linkIn(email);

        page.navigate(link);
        fill(page, "reset-password", NEW_PASSWORD);
        fill(page, "reset-repeat", NEW_PASSWORD);
        screenshot(page, "mail-02-reset-password");
        page.locator("#reset-save").click();
        assertThat(page.locator("#reset-message")).containsText("Your password is set");

        signIn(page, email, NEW_PASSWORD);
        page.waitForURL(u -> !u.contains("login"));
        assertThat(page.locator("vaadin-login-form")).hasCount(0);

        // the session signed in before the reset has ended
        elsewhere.navigate(url("profile"));
        elsewhere.waitForURL("**/login**");

        // the link works once
        Page again = person();
        again.navigate(link);
        again.locator("#reset-message").waitFor();
        assertThat(again.locator("#reset-message")).hasText(PasswordResets.EXPIRED);
        assertThat(again.locator("#reset-save")).isHidden();
        screenshot(again, "mail-03-link-used");
    }

    @Test
    void an_unknown_address_gets_the_same_page_and_no_mail() {
        Page page = person();
        String email = "nobody-" + System.nanoTime() + "@example.org";
        ask(page, email);
        mail.deliver();
        assertThat(mail.to(email)).isEmpty();
    }

    @Test
    void a_made_up_link_is_refused_with_a_clear_message() {
        Page page = person();
        page.navigate(url("reset-password?token=not-a-real-token"));
        page.locator("#reset-message").waitFor();
        assertThat(page.locator("#reset-message")).hasText(PasswordResets.EXPIRED);
        assertThat(page.locator("#reset-next")).isVisible();
    }
}

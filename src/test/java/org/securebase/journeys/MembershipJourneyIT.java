package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.mail.TestMail;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign up, confirm the email from the mail's link, wait, get verified (and told by mail), see the right groups; a
 * suspended member, and a refused registration, are told so.
 */
class MembershipJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TestMail mail;

    @Test
    void aNewMemberSignsUpIsVerifiedAndSeesOnlyTheGroupsTheyMay() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long admin = accounts.active("Journey Admin", Role.ADMIN);
        String privateGroup = "Trauma circle " + suffix;
        accounts.signInAs(admin);
        groups.create(
                new GroupForm(privateGroup, "Closed consultation for complex trauma.", false, Set.of(), Set.of()));
        accounts.signOut();

        Page newcomer = person();
        newcomer.navigate(url("signup"));
        fill(newcomer, "display-name", "Robin " + suffix);
        fill(newcomer, "full-name", "Robin Ashdown");
        String email = "robin-" + suffix + "@example.org";
        fill(newcomer, "email", email);
        fill(newcomer, "password", "quiet harbour evening lantern");
        newcomer.locator("#profession input").fill("Psychologist");
        newcomer.locator("#profession input").press("Enter");
        fill(newcomer, "licence-number", "PSY-" + suffix);
        fill(newcomer, "licence-body", "State Board of Psychology");
        screenshot(newcomer, "01-signup");
        newcomer.locator("#create-account").click();
        assertThat(newcomer.locator("#signup-done")).containsText("confirm your email");

        signIn(newcomer, email, "quiet harbour evening lantern");
        assertThat(newcomer.locator("#pending-title")).hasText("Confirm your email");
        assertThat(newcomer.locator("#pending-email")).containsText("we sent a link to " + email);
        screenshot(newcomer, "02-pending-confirm-email");

        // Until the newcomer follows the link, the admin does not see the request.
        Page adminPage = person();
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        searchMembers(adminPage, "Robin " + suffix);
        adminPage.waitForTimeout(1000); // the grid would have had time to show a row
        assertThat(adminPage.locator("vaadin-grid")).not().containsText("Robin Ashdown");
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Verify')"))
                .hasCount(0);

        newcomer.navigate(linkIn(email, "Confirm your email for SecureBase", "verify-email"));
        assertThat(newcomer.locator("#verify-message"))
                .containsText("A supervisor will now check your registration; we will email you");
        screenshot(newcomer, "02b-email-confirmed");
        newcomer.navigate(url("pending"));
        assertThat(newcomer.locator("#pending-title")).containsText("awaiting verification");
        screenshot(newcomer, "02c-pending");

        searchMembers(adminPage, "Robin " + suffix);
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Verify')"))
                .hasCount(1);
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Refuse')"))
                .hasCount(1);
        assertThat(adminPage.locator("vaadin-grid")).containsText("Robin Ashdown");
        screenshot(adminPage, "03-members-admin");
        adminPage
                .locator("vaadin-grid vaadin-button:visible:has-text('Verify')")
                .click();
        adminPage.getByText("is verified and can now sign in").waitFor();
        org.assertj.core.api.Assertions.assertThat(linkIn(email, "Your SecureBase account is active", "login"))
                .isEqualTo(url("login"));

        newcomer.navigate(url(""));
        assertThat(newcomer.locator("h1")).hasText("Consultation groups");
        assertThat(newcomer.getByText("Open consultation")).isVisible();
        assertThat(newcomer.getByText(privateGroup)).hasCount(0);
        screenshot(newcomer, "04-home");

        Page phone = person(375);
        signIn(phone, email, "quiet harbour evening lantern");
        assertThat(phone.getByText("Open consultation")).isVisible();
        screenshot(phone, "05-home-375px");
    }

    /** Opens the Members page afresh and searches it. */
    private void searchMembers(Page adminPage, String text) {
        adminPage.navigate(url("admin/users"));
        adminPage
                .locator("vaadin-text-field[placeholder='Search name or email'] input")
                .fill(text);
        adminPage
                .locator("vaadin-text-field[placeholder='Search name or email'] input")
                .press("Enter");
        // The field searches 400 ms after typing stops and the grid then redraws its rows: a click on a row's button
        // before that lands on a button the redraw replaces (the unfiltered list may hold the same button).
        adminPage.waitForTimeout(1200);
    }

    /** The link in the newest mail with this subject, pointed at this test's server (mails use the base URL). */
    private String linkIn(String email, String subject, String path) {
        mail.deliver();
        var received =
                mail.to(email).stream().filter(m -> m.subject().equals(subject)).toList();
        org.assertj.core.api.Assertions.assertThat(received).as(subject).isNotEmpty();
        URI link = URI.create(received.getLast().link(path));
        return url(link.getPath().substring(1) + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    @Test
    void aSuspendedMemberIsRefusedWithTheReason() {
        long admin = accounts.active("Suspending Admin", Role.ADMIN);
        long member = accounts.active("Suspended Sam", Role.THERAPIST);
        String email = accounts.emailOf(member);

        Page adminPage = person();
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        adminPage.navigate(url("admin/users"));
        adminPage
                .locator("vaadin-text-field[placeholder='Search name or email'] input")
                .fill(email);
        adminPage
                .locator("vaadin-text-field[placeholder='Search name or email'] input")
                .press("Enter");
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Suspend')"))
                .hasCount(1);
        assertThat(adminPage.locator("vaadin-grid")).containsText("Suspended Sam Fullname");
        adminPage
                .locator("vaadin-grid vaadin-button:visible:has-text('Suspend')")
                .click();
        adminPage.locator("#reason textarea").fill("Repeatedly posted identifying details");
        screenshot(adminPage, "06-suspend-dialog");
        adminPage.locator("#confirm-reason").click();
        adminPage
                .locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("is suspended"))
                .waitFor();

        Page memberPage = person();
        signIn(memberPage, email, TestAccounts.PASSWORD);
        assertThat(memberPage.locator("vaadin-login-form")).containsText("suspended");
        assertThat(memberPage.locator("vaadin-login-form")).containsText("Repeatedly posted identifying details");
        screenshot(memberPage, "07-suspended-login");
    }

    @Test
    void aRefusedRegistrationIsToldWhyByMailAndOnTheLoginPage() {
        long admin = accounts.active("Refusing Admin", Role.ADMIN);
        long pending = accounts.create("Refused Rae", Role.THERAPIST, org.securebase.security.AccountStatus.PENDING);
        String email = accounts.emailOf(pending);

        Page adminPage = person();
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        searchMembers(adminPage, email);
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Refuse')"))
                .hasCount(1);
        assertThat(adminPage.locator("vaadin-grid")).containsText("Refused Rae Fullname");
        adminPage
                .locator("vaadin-grid vaadin-button:visible:has-text('Refuse')")
                .click();
        adminPage.locator("#confirm-reason").click();
        assertThat(adminPage.locator("#reason")).containsText("give a reason");
        adminPage.locator("#reason textarea").fill("The licence number is not on the board's register");
        screenshot(adminPage, "08-refuse-dialog");
        adminPage.locator("#confirm-reason").click();
        adminPage.getByText("registration is refused").waitFor();

        mail.deliver();
        org.assertj.core.api.Assertions.assertThat(mail.to(email))
                .filteredOn(m -> m.subject().equals("Your request to join SecureBase was refused"))
                .singleElement()
                .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.body())
                        .contains("The licence number is not on the board's register"));

        Page memberPage = person();
        signIn(memberPage, email, TestAccounts.PASSWORD);
        assertThat(memberPage.locator("vaadin-login-form")).containsText("refused");
        assertThat(memberPage.locator("vaadin-login-form")).containsText("not on the board's register");
        screenshot(memberPage, "09-refused-login");
    }

    @Test
    void theLoginPageLooksFinished() {
        Page page = person();
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot(page, "00-login");
    }
}

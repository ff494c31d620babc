package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.Role;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign up, wait, get verified, see the right groups; and a suspended member is told so. */
class MembershipJourneyIT extends BrowserTest {

    @Autowired GroupService groups;
    @Autowired AccountRepository accountRepository;

    @Test
    void aNewMemberSignsUpIsVerifiedAndSeesOnlyTheGroupsTheyMay() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long admin = accounts.active("Journey Admin", Role.ADMIN);
        String privateGroup = "Trauma circle " + suffix;
        accounts.signInAs(admin);
        groups.create(new GroupForm(privateGroup, "Closed consultation for complex trauma.", false, Set.of(),
                Set.of()));
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
        assertThat(newcomer.locator("#signup-done")).containsText("awaits verification");

        signIn(newcomer, email, "quiet harbour evening lantern");
        assertThat(newcomer.locator("#pending-title")).containsText("awaiting verification");
        screenshot(newcomer, "02-pending");

        Page adminPage = person();
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        adminPage.navigate(url("admin/users"));
        adminPage.locator("vaadin-text-field[placeholder='Search name or email'] input").fill("Robin " + suffix);
        adminPage.locator("vaadin-text-field[placeholder='Search name or email'] input").press("Enter");
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Verify')")).hasCount(1);
        assertThat(adminPage.locator("vaadin-grid")).containsText("Robin Ashdown");
        screenshot(adminPage, "03-members-admin");
        adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Verify')").click();
        adminPage.getByText("is verified and can now sign in").waitFor();

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

    @Test
    void aSuspendedMemberIsRefusedWithTheReason() {
        long admin = accounts.active("Suspending Admin", Role.ADMIN);
        long member = accounts.active("Suspended Sam", Role.THERAPIST);
        String email = accounts.emailOf(member);

        Page adminPage = person();
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        adminPage.navigate(url("admin/users"));
        adminPage.locator("vaadin-text-field[placeholder='Search name or email'] input").fill(email);
        adminPage.locator("vaadin-text-field[placeholder='Search name or email'] input").press("Enter");
        assertThat(adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Suspend')")).hasCount(1);
        assertThat(adminPage.locator("vaadin-grid")).containsText("Suspended Sam Fullname");
        adminPage.locator("vaadin-grid vaadin-button:visible:has-text('Suspend')").click();
        adminPage.locator("#reason textarea").fill("Repeatedly posted identifying details");
        screenshot(adminPage, "06-suspend-dialog");
        adminPage.locator("#confirm-reason").click();
        adminPage.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("is suspended")).waitFor();

        Page memberPage = person();
        signIn(memberPage, email, TestAccounts.PASSWORD);
        assertThat(memberPage.locator("vaadin-login-form")).containsText("suspended");
        assertThat(memberPage.locator("vaadin-login-form")).containsText("Repeatedly posted identifying details");
        screenshot(memberPage, "07-suspended-login");
    }

    @Test
    void theLoginPageLooksFinished() {
        Page page = person();
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot(page, "00-login");
    }
}

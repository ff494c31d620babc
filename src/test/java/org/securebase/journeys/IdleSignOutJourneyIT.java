package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A tab left open and untouched is signed out after the idle timeout, although Vaadin's heartbeat (every 4
 * seconds here) keeps talking to the server; the tab goes to the sign-in page, which says why, and the comment
 * that was being written is there again as a draft after signing back in.
 */
@TestPropertySource(
        properties = {
            "server.servlet.session.timeout=20s",
            "securebase.session.idle-check=2s",
            "vaadin.heartbeatInterval=4"
        })
class IdleSignOutJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Test
    void anIdleTabIsSignedOutSaysWhyAndKeepsTheUnpostedComment() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long member = accounts.active("Idle Member", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Idle " + UUID.randomUUID(), "Consultation.", false, Set.of(), Set.of(member)));
        accounts.signInAs(member);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Endings with long-term clients",
                "How do you prepare a client for the last session?",
                null,
                false);
        accounts.signOut();

        Page page = person();
        signIn(page, accounts.emailOf(member), TestAccounts.PASSWORD);
        page.navigate(url("threads/" + thread));
        String unposted = "I start talking about the ending months ahead, and name what it stirs in me too.";
        fill(page, "comment-body", unposted);
        page.waitForTimeout(1500); // the draft is saved a moment after typing stops

        // Hands off for longer than the timeout; the heartbeat alone must not keep the member signed in.
        assertThat(page.locator("#login-notice"))
                .containsText(
                        "You were signed out after 20 seconds without " + "activity",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(45_000));
        screenshot(page, "idle-signed-out");
        page.navigate(url("threads/" + thread));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signIn(page, accounts.emailOf(member), TestAccounts.PASSWORD);
        page.navigate(url("threads/" + thread));
        assertThat(page.locator("#comment-body textarea")).hasValue(unposted);
    }
}

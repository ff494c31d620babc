package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.Account;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;

/** A member downloads their data and asks to close their account; an admin closes it; their comment stays. */
class AccountLifecycleJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @AfterEach
    void signOutOfServices() {
        accounts.signOut();
    }

    @Test
    void a_member_downloads_their_data_asks_to_close_and_an_admin_closes_the_account() throws IOException {
        long admin = accounts.active("Journey Closing Admin", Role.ADMIN);
        long member = accounts.active(TestAccounts.unique("Journey Leaver"), Role.THERAPIST);
        long peer = accounts.active(TestAccounts.unique("Journey Stayer"), Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Leaving " + UUID.randomUUID(), "Private.", false, Set.of(), Set.of(member, peer)));
        accounts.signInAs(peer);
        long thread =
                threads.create(group, ThreadKind.DISCUSSION, "On goodbyes", "How do you say goodbye?", null, false);
        accounts.signInAs(member);
        threads.postComment(thread, null, "With a last session planned together.", false);
        accounts.signOut();

        Page page = person();
        signIn(page, accounts.emailOf(member), TestAccounts.PASSWORD);
        page.navigate(url("profile"));
        page.locator("#download-my-data").waitFor();
        Download download =
                page.waitForDownload(() -> page.locator("#download-my-data").click());
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path());
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsExactly("profile.json", "posts.json", "comments.json", "notifications.json");

        // the download is served by its own request; the page is opened afresh before the form is used, so the
        // form never races a re-render of the page the download started from
        page.navigate(url("profile"));
        page.locator("#closure-understood").waitFor();
        fill(page, "closure-password", TestAccounts.PASSWORD);
        page.locator("#closure-understood").click();
        page.locator("#request-closure").click();
        assertThat(page.locator("#closure-status")).containsText("An administrator will close it");
        screenshot(page, "closure-01-requested");

        Page admins = person();
        signIn(admins, accounts.emailOf(admin), TestAccounts.PASSWORD);
        admins.navigate(url("admin/users"));
        admins.locator("#closure-request-" + member + " vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Close account"))
                .click();
        admins.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(admins.getByText("The account is closed.")).isVisible();
        admins.navigate(url("admin/users"));
        assertThat(admins.locator("#closure-request-" + member)).hasCount(0);

        page.navigate(url("profile"));
        page.waitForURL("**/login**");

        Page peers = person();
        signIn(peers, accounts.emailOf(peer), TestAccounts.PASSWORD);
        peers.navigate(url("threads/" + thread));
        assertThat(peers.getByText("With a last session planned together.")).isVisible();
        assertThat(peers.getByText(Account.FORMER_MEMBER).first()).isVisible();
        screenshot(peers, "closure-02-former-member");
    }
}

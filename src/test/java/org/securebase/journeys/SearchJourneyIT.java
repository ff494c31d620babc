package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

/** Search from the top bar, open a result deep in a long thread, land on that comment. */
class SearchJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Test
    void aMemberSearchesFromTheTopBarAndLandsOnTheComment() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long therapist = accounts.active("Searching Tess", Role.THERAPIST);
        accounts.signInAs(admin);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long group =
                groups.create(new GroupForm("Search circle " + suffix, "Private.", false, Set.of(), Set.of(therapist)));
        accounts.signInAs(therapist);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Breaks and endings " + suffix,
                "How do you prepare clients for a long break?",
                null,
                false);
        for (int i = 1; i <= 80; i++) {
            threads.postComment(thread, null, "Comment " + i + " on preparing for breaks.", false);
        }
        String word = "Quorvane" + suffix.replaceAll("\\d", "q");
        long target = threads.postComment(
                thread,
                null,
                "The client called the holiday gap the " + word + " season, and we used the name all autumn.",
                false);
        accounts.signOut();

        Page tess = person();
        signIn(tess, accounts.emailOf(therapist), TestAccounts.PASSWORD);
        Locator field = tess.locator("#top-search input");
        field.fill(word.toLowerCase());
        field.press("Enter");
        tess.waitForURL(u -> u.contains("search?q="));
        Locator hit = tess.locator(".sb-search-hit").first();
        assertThat(hit).containsText("Breaks and endings " + suffix);
        assertThat(hit.locator("mark")).hasText(word);
        assertThat(tess.locator("#search-summary")).hasText("1 result");
        screenshot(tess, "search-results");

        hit.locator("a").first().click();
        tess.waitForURL(u -> u.contains("comment=" + target));
        Locator comment = tess.locator("#comment-" + target);
        assertThat(comment).isVisible();
        assertThat(comment).containsText(word + " season");
        assertThat(comment).hasClass(java.util.regex.Pattern.compile("sb-comment-linked"));
        screenshot(tess, "search-landed-on-comment");
    }
}

package org.securebase.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
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

/**
 * Every page, as each role sees it, on a laptop and on a phone: axe-core finds no serious or critical fault
 * ({@link BrowserTest#assertAccessible}). The other journeys audit the states they photograph along the way.
 */
class AccessibilityJourneyIT extends BrowserTest {

    private static final List<String> PUBLIC_PAGES =
            List.of("login", "signup", "forgot-password", "verify-email?token=unknown");
    private static final List<String> MEMBER_PAGES = List.of(
            "",
            "threads",
            "search?q=attachment",
            "tags",
            "tags/avoidant",
            "profile",
            "mail-preferences",
            "notifications");
    private static final List<String> SUPERVISOR_PAGES =
            List.of("moderation", "moderation/dashboard", "theme-map", "admin/users");
    private static final List<String> ADMIN_PAGES = List.of(
            "admin/groups",
            "admin/tags",
            "admin/watched-words",
            "admin/audit",
            "admin/mail",
            "admin/search",
            "admin/import");

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Test
    void everyPageForEveryRoleAtLaptopAndPhoneWidths() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Supervisor Sol", Role.SUPERVISOR);
        long therapist = accounts.active("Therapist Teo", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Audit circle " + UUID.randomUUID().toString().substring(0, 6),
                "Private.",
                false,
                Set.of(supervisor),
                Set.of(therapist)));
        accounts.signInAs(therapist);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Repair after a missed session",
                "How do you name a rupture you caused?",
                null,
                false);
        threads.postComment(thread, null, "I name it early and own my part.", false);
        accounts.signOut();

        for (int width : new int[] {1280, 375}) {
            String size = width + "px";
            Page visitor = person(width);
            audit(visitor, "login", "public-" + size);
            for (String path : PUBLIC_PAGES.subList(1, PUBLIC_PAGES.size())) {
                audit(visitor, path, "public-" + size);
            }
            Page teo = person(width);
            signIn(teo, accounts.emailOf(therapist), TestAccounts.PASSWORD);
            for (String path :
                    concat(MEMBER_PAGES, List.of("groups/" + group, "groups/" + group + "/new", "threads/" + thread))) {
                audit(teo, path, "therapist-" + size);
            }
            Page sol = person(width);
            signIn(sol, accounts.emailOf(supervisor), TestAccounts.PASSWORD);
            for (String path : SUPERVISOR_PAGES) {
                audit(sol, path, "supervisor-" + size);
            }
            Page ada = person(width);
            signIn(ada, accounts.emailOf(admin), TestAccounts.PASSWORD);
            for (String path : ADMIN_PAGES) {
                audit(ada, path, "admin-" + size);
            }
        }
    }

    @Test
    void pagesFollowADarkDeviceAndAMemberMayChooseOnTheProfilePage() {
        long therapist = accounts.active("Night Reader", Role.THERAPIST);
        long supervisor = accounts.active("Night Supervisor", Role.SUPERVISOR);

        Page visitor = person(1280, ColorScheme.DARK);
        audit(visitor, "login", "dark");
        assertThat(visitor.evaluate("() => getComputedStyle(document.documentElement).colorScheme"))
                .as("a dark device gets dark pages")
                .asString()
                .contains("dark");
        screenshot(visitor, "dark-login");

        Page night = person(1280, ColorScheme.DARK);
        signIn(night, accounts.emailOf(therapist), TestAccounts.PASSWORD);
        for (String path : MEMBER_PAGES) {
            audit(night, path, "dark-therapist");
        }
        Page sup = person(1280, ColorScheme.DARK);
        signIn(sup, accounts.emailOf(supervisor), TestAccounts.PASSWORD);
        for (String path : SUPERVISOR_PAGES) {
            audit(sup, path, "dark-supervisor");
        }

        Page day = person(1280, ColorScheme.LIGHT);
        signIn(day, accounts.emailOf(therapist), TestAccounts.PASSWORD);
        day.navigate(url("profile"));
        day.locator("#appearance vaadin-radio-button:has-text('Dark')").click();
        PlaywrightAssertions.assertThat(day.locator("html"))
                .hasAttribute("theme", java.util.regex.Pattern.compile("\\bdark\\b"));
        day.navigate(url("threads"));
        PlaywrightAssertions.assertThat(day.locator("html"))
                .hasAttribute("theme", java.util.regex.Pattern.compile("\\bdark\\b"));
        screenshot(day, "dark-chosen-on-a-light-device");
        day.navigate(url("profile"));
        PlaywrightAssertions.assertThat(day.locator("#appearance vaadin-radio-button:has-text('Dark')"))
                .hasAttribute("checked", "");
        day.locator("#appearance vaadin-radio-button:has-text('As my device is set')")
                .click();
        PlaywrightAssertions.assertThat(day.locator("html"))
                .hasAttribute("theme", java.util.regex.Pattern.compile("\\blight-dark\\b"));
    }

    private void audit(Page page, String path, String who) {
        page.navigate(url(path));
        page.locator("#outlet > *").first().waitFor();
        page.waitForTimeout(500); // lazy content (grids, charts) settles
        String name = "a11y-" + who + "-" + (path.isEmpty() ? "home" : path.replaceAll("[^a-z0-9]+", "-"));
        assertAccessible(page, name);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

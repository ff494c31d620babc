package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A therapist writes a vignette with identifying details, resolves them and posts; nothing identifying is kept. */
class VignetteJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModerationService moderation;

    @Test
    void identifiersAreHighlightedResolvedAndNeverStoredOrLogged() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        // Unusual names so that a match anywhere can only come from this test.
        String client = "Callumir";
        String father = "Stuartson";
        String school = "Birchwood Primary";
        String phone = "(510) 555-01" + (10 + (int) (Math.random() * 89));
        List<String> identifiers = List.of(client, father, "Birchwood Primary", phone);

        long admin = accounts.active("Admin", Role.ADMIN);
        long author = accounts.active("Vignette Author", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Vignettes " + suffix, "Case consultation.", false, Set.of(), Set.of(author)));
        accounts.signOut();

        Page page = person();
        signIn(page, accounts.emailOf(author), TestAccounts.PASSWORD);
        page.navigate(url("groups/" + group + "/new"));
        page.locator("#thread-kind").click();
        page.locator("vaadin-select-item:has-text('Case consultation')").click();
        fill(page, "thread-title-field", "A boy who does not need anyone");
        page.locator("vaadin-text-area:has-text('Presenting concern') textarea")
                .fill(client + ", nine, referred by " + school + ". His father, " + father + ", travels; his number is "
                        + phone + ".");
        page.locator("vaadin-text-area:has-text('What I have tried') textarea")
                .fill("Joining his building play without taking over.");
        fill(page, "thread-question-field", "How do you join play without taking over?");
        page.locator("vaadin-text-area:has-text('What I have tried') textarea").click();
        assertThat(page.locator("#identifier-highlights mark")).hasCount(4);
        assertThat(page.locator("#identifier-status")).hasText("4 to resolve");
        page.locator("#identifier-panel").scrollIntoViewIfNeeded();
        screenshot(page, "20-vignette-highlights");

        page.locator("#post-thread").click();
        assertThat(page.locator("vaadin-text-area:has-text('Presenting concern')"))
                .hasAttribute("invalid", "");

        page.locator("#replace-all").click();
        assertThat(page.locator("#identifier-status")).hasText("None found");
        page.locator("#attest-removed").click();
        page.locator("#attest-consent").click();
        page.locator("#attest-no-media").click();
        page.locator(".sb-suggestion[data-slug=avoidant]").click();
        assertThat(page.locator(".sb-suggestion[data-slug=avoidant]")).hasCount(0);
        screenshot(page, "21-vignette-resolved");
        page.locator("#post-thread").click();
        assertThat(page.locator("#thread-title")).hasText("A boy who does not need anyone");
        assertThat(page.locator("#thread-body")).containsText("[Client A], nine, referred by [School]");
        assertThat(page.locator("#thread-status")).containsText("Waiting for a supervisor's approval");
        assertThat(page.locator("#thread-tags")).containsText("Avoidant");
        screenshot(page, "22-vignette-posted");

        for (String identifier : identifiers) {
            assertThat(textColumnsContaining(identifier))
                    .as("database holds %s", identifier)
                    .isEmpty();
        }
        Path log = Path.of("target", "securebase-test.log");
        if (Files.exists(log)) {
            String logged = Files.readString(log);
            for (String identifier : identifiers) {
                assertThat(logged).as("log holds %s", identifier).doesNotContain(identifier);
            }
        }
    }

    @Test
    void aGrandmotherHerGrandsonAndHerLateHusbandKeepOnePlaceholderEachAcrossFieldsAndComments() {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        long admin = accounts.active("Admin", Role.ADMIN);
        long author = accounts.active("Placeholder Author", Role.THERAPIST);
        long supervisor = accounts.active("Placeholder Supervisor", Role.SUPERVISOR);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Families " + suffix, "Case consultation.", false, Set.of(supervisor), Set.of(author)));
        accounts.signOut();

        Page page = person();
        signIn(page, accounts.emailOf(author), TestAccounts.PASSWORD);
        page.navigate(url("groups/" + group + "/new"));
        page.locator("#thread-kind").click();
        page.locator("vaadin-select-item:has-text('Case consultation')").click();
        fill(page, "thread-title-field", "Nana Hazel and a boy who will not settle");
        page.locator("vaadin-text-area:has-text('Presenting concern') textarea")
                .fill("Hazel, 82, cares for her grandson Leo since her late husband Frank died.");
        page.locator("vaadin-text-area:has-text('Relevant history') textarea").fill("Leo was close to Frank.");
        page.locator("vaadin-text-area:has-text('What I have tried') textarea").fill("A memory box with Hazel.");
        fill(page, "thread-question-field", "How do I help Leo grieve Frank?");
        page.locator("vaadin-text-area:has-text('What I have tried') textarea").click();
        assertThat(page.locator("#identifier-list")).containsText("Replace with [Grandmother]");
        screenshot(page, "23-placeholders-across-fields");
        page.locator("#replace-all").click();
        assertThat(page.locator("#identifier-status")).hasText("None found");
        page.locator("#attest-removed").click();
        page.locator("#attest-consent").click();
        page.locator("#attest-no-media").click();
        page.locator("#tag-picker input").fill("repair");
        page.locator("vaadin-multi-select-combo-box-item:has-text('Repair')")
                .first()
                .click();
        page.keyboard().press("Escape");
        page.locator("#post-thread").click();

        assertThat(page.locator("#thread-title")).hasText("Nana [Grandmother] and a boy who will not settle");
        assertThat(page.locator("#thread-body"))
                .containsText(
                        "[Grandmother], 82, cares for her grandson [Grandson] since her late husband [Husband] died.");
        assertThat(page.locator("#thread-body")).containsText("[Grandson] was close to [Husband].");
        assertThat(page.locator("#thread-body")).containsText("A memory box with [Grandmother].");
        screenshot(page, "24-placeholders-posted");

        long thread = Long.parseLong(page.url().replaceAll(".*/threads/(\\d+).*", "$1"));
        accounts.signInAs(supervisor);
        long item = moderation.queue().stream()
                .filter(e -> e.threadId() == thread)
                .findFirst()
                .orElseThrow()
                .id();
        moderation.approve(item);
        accounts.signOut();
        page.reload();
        page.locator("#comment-body textarea")
                .fill("Update: Leo asked where Frank is buried; Marcus next door helped.");
        page.locator("#comment-body textarea").press("Tab");
        assertThat(page.locator("#comment-identifiers")).containsText("Replace with [Grandson]");
        assertThat(page.locator("#comment-identifiers")).containsText("Replace with [Husband]");
        assertThat(page.locator("#comment-identifiers")).not().containsText("Replace with [Grandmother]");
        screenshot(page, "25-placeholders-in-a-comment");
    }

    /** Every text column of every table, searched for the value. */
    private List<String> textColumnsContaining(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = 'public'
                  and lower(data_type) in ('character varying', 'varchar', 'text', 'character large object', 'clob')
                """);
        return columns.stream()
                .filter(c -> {
                    String sql = "select count(*) from \"" + c.get("table_name") + "\" where \"" + c.get("column_name")
                            + "\" like ?";
                    Long count = jdbc.queryForObject(sql, Long.class, "%" + value + "%");
                    return count != null && count > 0;
                })
                .map(c -> c.get("table_name") + "." + c.get("column_name"))
                .toList();
    }
}

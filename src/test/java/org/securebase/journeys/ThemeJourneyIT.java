package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

/** Browsing by attachment theme: a shared two-tag link, the Themes page, following, and the theme map. */
class ThemeJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Test
    void aColleagueOpensASharedTwoTagLinkAndASupervisorReadsTheThemeMap() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Supervisor Sam", Role.SUPERVISOR);
        long therapist = accounts.active("Therapist Tess", Role.THERAPIST);
        accounts.signInAs(admin);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long group = groups.create(
                new GroupForm("Theme circle " + suffix, "Private.", false, Set.of(supervisor), Set.of(therapist)));
        accounts.signInAs(therapist);
        String match = "Avoidant teen and the games console " + suffix;
        String adult = "Avoidant adult who reads the paper " + suffix;
        threads.create(
                group,
                ThreadKind.DISCUSSION,
                match,
                "He only talks while we play.",
                null,
                false,
                Disclosure.none(),
                List.of("avoidant", "adolescents", "play-therapy"));
        threads.create(
                group,
                ThreadKind.DISCUSSION,
                adult,
                "Feelings are a waste of time, he says.",
                null,
                false,
                Disclosure.none(),
                List.of("avoidant", "adults"));
        threads.create(
                group,
                ThreadKind.DISCUSSION,
                "A foster child who freezes " + suffix,
                "Clinging, then hitting.",
                null,
                false,
                Disclosure.none(),
                List.of("disorganized", "foster-and-adoption", "children"));
        accounts.signOut();

        Page tess = person();
        signIn(tess, accounts.emailOf(therapist), TestAccounts.PASSWORD);
        tess.navigate(url("threads?tags=avoidant,adolescents"));
        assertThat(tess.getByText(match)).isVisible();
        assertThat(tess.getByText(adult)).hasCount(0);
        assertThat(((Number) tess.evaluate("() => document.querySelector('#tag-filter').selectedItems.length"))
                        .intValue())
                .as("both tags shown as chosen in the filter")
                .isEqualTo(2);
        screenshot(tess, "threads-filtered-by-two-tags");

        tess.navigate(url("tags"));
        assertThat(tess.getByText("Bowlby's features")).isVisible();
        Locator avoidantCard = tess.locator(".sb-theme-card[data-slug=avoidant]");
        assertThat(avoidantCard).containsText("threads");
        screenshot(tess, "themes");
        avoidantCard.locator("a").click();
        assertThat(tess.locator("#tag-title")).hasText("Avoidant");
        assertThat(tess.getByText(match)).isVisible();
        tess.locator("#follow-tag").click();
        assertThat(tess.locator("#follow-tag")).hasText("Following");
        screenshot(tess, "theme-avoidant");

        Page sam = person();
        signIn(sam, accounts.emailOf(supervisor), TestAccounts.PASSWORD);
        sam.navigate(url("theme-map"));
        Locator heatMap = sam.locator("#theme-heat-map[data-rendered]");
        assertThat(heatMap.locator("svg")).isVisible();
        assertThat(sam.locator("#theme-use-over-time[data-rendered] svg")).isVisible();
        screenshot(sam, "theme-map");

        // Click the cell for disorganized (row 3) and foster care and adoption (its column) where ECharts drew it.
        int column = ((Number) sam.evaluate("() => JSON.parse(document.querySelector('#theme-heat-map').config)"
                        + ".xAxis.data.indexOf('Foster care and adoption')"))
                .intValue();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>)
                heatMap.evaluate("(el, column) => el.chart.convertToPixel({seriesIndex: 0}, [column, 3])", column);
        var box = heatMap.boundingBox();
        sam.mouse()
                .click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
        sam.waitForURL(address -> address.contains("/threads?"));
        assertThat(sam.getByText("A foster child who freezes " + suffix)).isVisible();
        assertThat(sam.getByText(match)).hasCount(0);
        assertThat(java.net.URLDecoder.decode(sam.url(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("tags=disorganized,foster-and-adoption");
    }
}

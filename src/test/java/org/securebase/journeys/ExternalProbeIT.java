package org.securebase.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.notifications.NotificationService;
import org.securebase.probe.ProbeRoutes;
import org.securebase.probe.ProbeRoutes.Access;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.tags.TagForm;
import org.securebase.tags.TagGroup;
import org.securebase.tags.TagService;
import org.securebase.threads.DraftService;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The external probe in Chromium: every page of {@link ProbeRoutes} but the public ones for a member awaiting
 * verification,
 * a therapist and a supervisor of group A, a therapist and a supervisor of group B only, and an admin. Each must
 * be shown what its role allows and refused the rest; and nobody outside group A may read, on any page, a word of
 * A's name, description or thread, whatever id they type. Nobody but their author reads a member's draft or
 * notifications. The audit CSV is an admin's download: its address, copied into another member's browser, gives
 * nothing, and its cells cannot run as spreadsheet formulas.
 */
class ExternalProbeIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    DraftService drafts;

    @Autowired
    NotificationService notifications;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TagService tags;

    /** Someone at a browser: the widest page they may open, and whether they belong to group A. */
    record Person(String who, Long id, Access level, boolean inGroupA) {}

    private enum Outcome {
        SIGN_IN,
        PENDING,
        REFUSED,
        SHOWN
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String groupName = "Probe circle " + run;
    private final String groupDescription = "Consultation for probe run " + run + " only";
    private final String threadTitle = "Probe secret thread " + run;
    private final String threadBody = "The probe's secret case text " + run + ", for group A alone.";
    private final String draftText = "Unsent draft words " + run;
    private final String noticeText = "Private notice for the author " + run;

    @Test
    void everyRoleSeesWhatItMayAndNoOneReadsAnotherGroupOrMember() {
        long admin = accounts.active(TestAccounts.unique("Probe Admin"), Role.ADMIN);
        long author = accounts.active(TestAccounts.unique("Probe Author"), Role.THERAPIST);
        long colleagueA = accounts.active(TestAccounts.unique("Probe Colleague A"), Role.THERAPIST);
        long therapistB = accounts.active(TestAccounts.unique("Probe Therapist B"), Role.THERAPIST);
        long supervisorA = accounts.active(TestAccounts.unique("Probe Supervisor A"), Role.SUPERVISOR);
        long supervisorB = accounts.active(TestAccounts.unique("Probe Supervisor B"), Role.SUPERVISOR);
        long pending = accounts.create(TestAccounts.unique("Probe Pending"), Role.THERAPIST, AccountStatus.PENDING);

        accounts.signInAs(admin);
        long groupA = groups.create(
                new GroupForm(groupName, groupDescription, false, Set.of(supervisorA), Set.of(author, colleagueA)));
        groups.create(new GroupForm(
                "Probe other circle " + run, "The other group.", false, Set.of(supervisorB), Set.of(therapistB)));
        String tag = "probe-" + run;
        tags.create(new TagForm("Probe tag " + run, tag, "A tag for the probe.", TagGroup.PROCESS, ""));
        accounts.signInAs(author);
        long thread = threads.create(
                groupA,
                ThreadKind.DISCUSSION,
                threadTitle,
                threadBody,
                null,
                false,
                org.securebase.vignettes.Disclosure.none(),
                List.of(tag));
        drafts.save("thread:" + groupA, draftText, draftText);
        tx.executeWithoutResult(t -> notifications.send(Set.of(author), noticeText, "threads/" + thread, false));
        accounts.signOut();

        List<Person> people = List.of(
                new Person("member awaiting verification", pending, Access.SIGNED_IN, false),
                new Person("therapist of A", colleagueA, Access.MEMBER, true),
                new Person("therapist of B only", therapistB, Access.MEMBER, false),
                new Person("supervisor of A", supervisorA, Access.SUPERVISOR, true),
                new Person("supervisor of B only", supervisorB, Access.SUPERVISOR, false),
                new Person("admin", admin, Access.ADMIN, true));
        List<String> groupSecrets = List.of(groupName, groupDescription, threadTitle, threadBody);
        List<String> memberSecrets = List.of(draftText, noticeText);

        SoftAssertions soft = new SoftAssertions();
        for (Person person : people) {
            Page page = person();
            if (person.id() != null) {
                signIn(page, accounts.emailOf(person.id()), TestAccounts.PASSWORD);
            }
            for (ProbeRoutes.Page route : ProbeRoutes.PAGES) {
                if (route.access() == Access.ANYONE) {
                    continue; // sign-in, sign-up and password pages show nothing of anyone's
                }
                String path = ProbeRoutes.fill(route.path(), groupA, thread, tag);
                Outcome outcome = open(page, path);
                String seen = visibleText(page);
                String what = person.who() + " at /" + path + " (" + outcome + ")";
                Outcome expected = expected(person, route);
                if (expected != null) {
                    soft.assertThat(outcome).as(what).isEqualTo(expected);
                }
                if (!person.inGroupA()) {
                    for (String secret : groupSecrets) {
                        soft.assertThat(seen).as(what + " shows group A's").doesNotContain(secret);
                    }
                }
                for (String secret : memberSecrets) {
                    soft.assertThat(seen).as(what + " shows the author's").doesNotContain(secret);
                }
            }
            page.context().close();
        }
        soft.assertAll();
    }

    /** What the person must meet on the page; null where either answer is right (a public page once signed in). */
    private static Outcome expected(Person person, ProbeRoutes.Page route) {
        if (person.level() == null) {
            return route.access() == Access.ANYONE ? null : Outcome.SIGN_IN;
        }
        if (route.access() == Access.ANYONE) {
            return null;
        }
        if (person.level() == Access.SIGNED_IN) {
            return route.access() == Access.SIGNED_IN ? null : Outcome.REFUSED;
        }
        if (route.access().compareTo(person.level()) > 0) {
            return Outcome.REFUSED;
        }
        boolean aboutGroupA = route.path().contains("{group}") || route.path().contains("{thread}");
        if (aboutGroupA && !person.inGroupA()) {
            return Outcome.REFUSED;
        }
        return Outcome.SHOWN;
    }

    @Test
    void theAuditCsvIsTheAdminsAloneAndItsCellsRunNoFormula() throws IOException {
        long admin = accounts.active(TestAccounts.unique("Csv Admin"), Role.ADMIN);
        long member = accounts.active(TestAccounts.unique("Csv Member"), Role.THERAPIST);
        accounts.signInAs(admin);
        List<String> formulas = new ArrayList<>();
        for (String start : List.of("=", "+", "-", "@")) {
            String name = start + "HYPERLINK(\"https://evil.example\",\"csv " + run + "\")";
            groups.create(new GroupForm(name, "A group whose name is a formula.", false, Set.of(), Set.of()));
            formulas.add(name);
        }
        accounts.signOut();

        Page adminPage = person();
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        open(adminPage, "admin/audit");
        String href = adminPage.locator("#audit-export").getAttribute("href");
        Download download = adminPage.waitForDownload(
                () -> adminPage.locator("#audit-export").click());
        String csv = Files.readString(download.path());
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            record.forEach(cells::add);
        }
        for (String formula : formulas) {
            assertThat(cells).as("the exported cell for " + formula).contains("'" + formula);
        }
        assertThat(cells)
                .as("no cell begins with = + - or @")
                .noneMatch(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0);

        Page other = person();
        signIn(other, accounts.emailOf(member), TestAccounts.PASSWORD);
        String address = URI.create(url("")).resolve(href).toString();
        // Vaadin answers an address this session does not know with its start page, so the test is the content.
        APIResponse stolen = other.request().get(address);
        assertThat(stolen.headers().get("content-type"))
                .as("the admin's export address in a member's browser")
                .doesNotContain("csv");
        assertThat(stolen.text()).doesNotContain("when_utc");
        APIResponse visitor = person().request().get(address);
        assertThat(visitor.headers().get("content-type")).as("for a visitor").doesNotContain("csv");
        assertThat(visitor.text()).doesNotContain("when_utc");
        assertThat(adminPage.request().get(address).text())
                .as("the same address in the admin's own browser")
                .contains("when_utc");
    }

    /** Vaadin's answer for a page the role may not open, and the views' own for another group's objects. */
    private static final List<String> REFUSALS =
            List.of("Could not navigate", "This group is private", "This thread is not available");

    /** Opens the page and waits until Vaadin has finished; says where the person ended up. */
    Outcome open(Page page, String path) {
        page.navigate(url(path));
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        String at = URI.create(page.url()).getPath();
        if (at.equals("/login")) {
            return Outcome.SIGN_IN;
        }
        if (at.equals("/pending")) {
            return Outcome.PENDING;
        }
        String text = page.locator("body").innerText();
        if (REFUSALS.stream().anyMatch(text::contains)) {
            return Outcome.REFUSED;
        }
        return Outcome.SHOWN;
    }

    /** The page's text and the values in its fields (a draft comes back as a field's value, not as text). */
    static String visibleText(Page page) {
        return page.locator("body").innerText() + "\n"
                + page.evaluate("() => Array.from(document.querySelectorAll('input, textarea'))"
                        + ".map(e => e.value).join('\\n')");
    }
}

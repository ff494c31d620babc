package org.securebase.memberdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.MemberDataExport;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class MemberDataExportTest {

    @Autowired
    MemberDataExport export;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theZipHoldsTheMembersOwnProfilePostsCommentsAndNotificationsAndNothingOfOthers() throws IOException {
        long admin = accounts.active("Export Admin", Role.ADMIN);
        long member = accounts.active(TestAccounts.unique("Exporting Eve"), Role.THERAPIST);
        long peer = accounts.active(TestAccounts.unique("Other Otto"), Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Export " + UUID.randomUUID(), "Private.", false, Set.of(), Set.of(member, peer)));
        accounts.signInAs(member);
        long mine = threads.create(group, ThreadKind.DISCUSSION, "My own question", "Eve's body text.", null, false);
        threads.postComment(mine, null, "Eve adds a thought.", false);
        accounts.signInAs(peer);
        long theirs = threads.create(group, ThreadKind.DISCUSSION, "Otto's question", "Otto's body text.", null, false);
        threads.postComment(mine, null, "Otto replies to Eve.", false);
        accounts.signInAs(member);
        threads.postComment(theirs, null, "Eve answers Otto.", false);

        Map<String, String> files = entries(export.zipOfMine());

        assertThat(files).containsOnlyKeys("profile.json", "posts.json", "comments.json", "notifications.json");
        JsonMapper json = JsonMapper.builder().build();
        JsonNode profile = json.readTree(files.get("profile.json"));
        assertThat(profile.get("email").asString()).isEqualTo(accounts.emailOf(member));
        assertThat(profile.get("licenceNumber").asString()).startsWith("LIC-");
        JsonNode posts = json.readTree(files.get("posts.json"));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("title").asString()).isEqualTo("My own question");
        JsonNode comments = json.readTree(files.get("comments.json"));
        assertThat(comments.valueStream().map(c -> c.get("body").asString()))
                .containsExactly("Eve adds a thought.", "Eve answers Otto.");
        JsonNode notifications = json.readTree(files.get("notifications.json"));
        assertThat(notifications.valueStream().map(n -> n.get("message").asString()))
                .anyMatch(m -> m.contains("replied to your post"));
        String all = String.join("\n", files.values());
        assertThat(all)
                .doesNotContain("Otto's body text.")
                .doesNotContain("Otto replies to Eve.")
                .doesNotContain("Otto's question")
                .doesNotContain(accounts.emailOf(peer));
        assertThat(jdbc.queryForObject(
                        "select reason from audit_entry where action = 'account.data-exported' and actor_id = :id",
                        Map.of("id", member),
                        String.class))
                .isEqualTo("1 posts, 2 comments, 1 notifications")
                .doesNotContain("Eve");
    }

    @Test
    void noOneSignedInGetsNothing() {
        assertThatThrownBy(() -> export.zipOfMine()).isInstanceOf(AccessDeniedException.class);
    }
}

package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ThreadRepository threadRepository;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    static byte[] sample() throws IOException {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/data/sample-discussion.wxr")) {
            return in.readAllBytes();
        }
    }

    /** The sample with its channel link changed, so each test imports "another blog" into its own group. */
    private WxrFile freshSample(String site) throws Exception {
        String xml = new String(sample(), StandardCharsets.UTF_8)
                .replaceFirst("<link>https://blog.example.org</link>", "<link>" + site + "</link>");
        return WxrFile.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private String newGroup() {
        accounts.signInAs(accounts.active("Importing Admin", Role.ADMIN));
        String name = "Imported " + UUID.randomUUID();
        groups.create(new GroupForm(name, "For imported discussions.", true, Set.of(), Set.of()));
        return name;
    }

    @Test
    void theSampleCountsAsTheSeedDoes() throws Exception {
        String group = newGroup();
        ImportService.Summary dry = imports.importAsAdmin(freshSample("https://dry.example"), group, true, p -> {});
        assertThat(dry.line()).isEqualTo("threads=1 comments=47 replies=6 skipped=0");
        assertThat(threadRepository.findByImportKey("wxr:https://dry.example:101"))
                .isEmpty();
    }

    @Test
    void theSampleReadsNumberedAndNestedLikeTheSeed() throws Exception {
        String group = newGroup();
        ImportService.Summary summary =
                imports.importAsAdmin(freshSample("https://nested.example"), group, false, p -> {});
        assertThat(summary.line()).isEqualTo("threads=1 comments=47 replies=6 skipped=0");
        long threadId = threadRepository
                .findByImportKey("wxr:https://nested.example:101")
                .orElseThrow()
                .getId();
        ThreadPage page = threads.open(threadId);
        assertThat(page.title()).isEqualTo("How to Rebuild Secure Attachment After Trauma");
        assertThat(page.commentCount()).isEqualTo(47);

        List<CommentItem> all = threads.comments(threadId, 0, 100);
        assertThat(all).hasSize(47);
        assertThat(all.stream().filter(c -> c.number() != null)).hasSize(41);
        assertThat(all.getFirst().number()).isEqualTo(1);
        assertThat(all.getFirst().author()).isEqualTo("guest: Nora");
        CommentItem seventh = all.stream()
                .filter(c -> Integer.valueOf(7).equals(c.number()))
                .findFirst()
                .orElseThrow();
        assertThat(seventh.author()).isEqualTo("guest: Carollyne");
        int at = all.indexOf(seventh);
        assertThat(all.get(at + 1).author()).isEqualTo("guest: Christine");
        assertThat(all.get(at + 1).parentId()).isEqualTo(seventh.id());
        assertThat(all.get(at + 2).author()).isEqualTo("guest: Lynda");
        assertThat(all.get(at + 2).parentId()).isEqualTo(seventh.id());
        assertThat(all.stream().filter(c -> c.author().equals("guest"))).hasSize(9);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws Exception {
        String group = newGroup();
        imports.importAsAdmin(freshSample("https://twice.example"), group, false, p -> {});
        ImportService.Summary again =
                imports.importAsAdmin(freshSample("https://twice.example"), group, false, p -> {});
        assertThat(again.line()).isEqualTo("threads=0 comments=0 replies=0 skipped=0");
    }

    @Test
    void spamUnapprovedAndPingbacksAreSkippedAndCounted() throws Exception {
        String xml = new String(sample(), StandardCharsets.UTF_8)
                .replaceFirst("<link>https://blog.example.org</link>", "<link>https://skips.example</link>")
                .replaceFirst(
                        "<wp:comment_approved>1</wp:comment_approved>",
                        "<wp:comment_approved>spam</wp:comment_approved>")
                .replaceFirst(
                        "<wp:comment_type>comment</wp:comment_type>(?s)(.*?)<wp:comment_type>comment</wp:comment_type>",
                        "<wp:comment_type>comment</wp:comment_type>$1<wp:comment_type>pingback</wp:comment_type>");
        String group = newGroup();
        ImportService.Summary summary = imports.importAsAdmin(
                WxrFile.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), group, true, p -> {});
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.comments()).isEqualTo(45);
    }

    @Test
    void aTruncatedFileNamesTheLineAndWritesNothing() throws Exception {
        byte[] all = sample();
        byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
        assertThatThrownBy(() -> WxrFile.read(new ByteArrayInputStream(half)))
                .isInstanceOf(WxrFile.MalformedExportException.class)
                .hasMessageContaining("line");
    }

    @Test
    void aFileThatIsNotXmlIsRefusedClearly() {
        assertThatThrownBy(() -> WxrFile.read(new ByteArrayInputStream("this is not xml".getBytes())))
                .isInstanceOf(WxrFile.MalformedExportException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> WxrFile.read(new ByteArrayInputStream("<html><body/></html>".getBytes())))
                .isInstanceOf(WxrFile.MalformedExportException.class)
                .hasMessageContaining("not a WordPress export");
    }

    @Test
    void onlyAdministratorsImportFromThePage() throws Exception {
        String group = newGroup();
        accounts.signInAs(accounts.active("Curious Supervisor", Role.SUPERVISOR));
        WxrFile file = freshSample("https://refused.example");
        assertThatThrownBy(() -> imports.importAsAdmin(file, group, false, p -> {}))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

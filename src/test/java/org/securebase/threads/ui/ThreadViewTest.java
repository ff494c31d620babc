package org.securebase.threads.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.CommentItem;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class ThreadViewTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    org.securebase.moderation.ModerationService moderation;

    @Autowired
    org.securebase.threads.ThreadModeration threadModeration;

    long admin;
    long author;
    long member;
    long outsider;
    long group;
    String memberName;

    @BeforeEach
    void groupWithAuthorAndMember() {
        admin = accounts.active("Admin", Role.ADMIN);
        author = accounts.active("Thread Author", Role.THERAPIST);
        memberName = "Mention Me " + UUID.randomUUID().toString().substring(0, 4);
        member = accounts.active(memberName, Role.THERAPIST);
        outsider = accounts.active("Outsider", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm("View group " + UUID.randomUUID(), "Private.", false, Set.of(), Set.of(author, member)));
    }

    private ThreadView open(long thread) {
        return navigate("threads/" + thread, ThreadView.class);
    }

    /** The post is the first row of the thread's one list. */
    private com.vaadin.flow.component.Component post() {
        return (com.vaadin.flow.component.Component)
                test($(com.vaadin.flow.component.grid.Grid.class).id("comments"))
                        .getCellComponent(0, 0);
    }

    private long thread() {
        accounts.signInAs(author);
        return threads.create(group, ThreadKind.DISCUSSION, "Secure base in supervision", "What helps?", null, false);
    }

    private List<CommentItem> comments(long thread) {
        return threads.comments(thread, 0, 100);
    }

    @Test
    void aStaffAuthorsNameCarriesTheirRoleBadge() {
        accounts.signInAs(admin);
        long staffThread =
                threads.create(group, ThreadKind.DISCUSSION, "Group guidelines", "Please be kind.", null, false);
        open(staffThread);
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .from(post())
                        .withClassName("sb-staff-badge")
                        .all())
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .containsExactly("Administrator");
        open(thread());
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .from(post())
                        .withClassName("sb-staff-badge")
                        .all())
                .isEmpty();
    }

    @Test
    void aPostThatReadsAsTheWritersOwnCrisisShowsCrisisLinesAndAlertsTheGroupsSupervisors() {
        accounts.signInAs(admin);
        long supervisor = accounts.active("Crisis Supervisor", Role.SUPERVISOR);
        long supervised = groups.create(new GroupForm(
                "Crisis group " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author)));
        accounts.signInAs(author);
        ComposeThreadView compose = navigate("groups/" + supervised + "/new", ComposeThreadView.class);
        test(compose.title).setValue("Not sure why I keep going");
        test(compose.body).setValue("Honestly I don't want to be alive anymore and I can't talk to anyone here.");
        test(compose.post).click();
        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class)
                        .id("crisis-dialog")
                        .getElement()
                        .getTextRecursively())
                .contains("988", "will reach out to you personally");
        accounts.signInAs(supervisor);
        assertThat(moderation.queue())
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(org.securebase.moderation.QueueKind.RISK_SELF));
    }

    @Test
    void anAuthorPreviewsAndPostsADiscussion() {
        accounts.signInAs(author);
        ComposeThreadView compose = navigate("groups/" + group + "/new", ComposeThreadView.class);
        test(compose.title).setValue("Secure base in supervision");
        test(compose.body).setValue("What helps a trainee feel **safe enough** to bring mistakes?");
        test(compose.previewToggle).click();
        assertThat(compose.preview.getElement().getProperty("innerHTML")).contains("<strong>safe enough</strong>");
        test(compose.previewToggle).click();
        test(compose.post).click();
        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
        assertThat($(H1.class).id("thread-title").getText()).isEqualTo("Secure base in supervision");
    }

    @Test
    void aCaseConsultationIsRefusedUntilEveryIdentifierIsResolvedAndTheAuthorAttests() {
        accounts.signInAs(author);
        ComposeThreadView compose = navigate("groups/" + group + "/new", ComposeThreadView.class);
        test(compose.kind).selectItem("Case consultation");
        test(compose.title).setValue("A boy who does not need anyone");
        test(compose.concern).setValue("Callum, nine, referred by Birchwood Primary. His father, Stuart, travels.");
        test(compose.tried).setValue("Joining his Lego building without taking over.");
        test(compose.question).setValue("How do you join play without taking over?");

        assertThat(compose.identifiers.rows())
                .extracting(r -> r.surface())
                .contains("Callum", "Birchwood Primary", "Stuart");
        assertThat(compose.identifiers.highlighted.getElement().getProperty("innerHTML"))
                .contains("<mark title=\"Name\">Callum</mark>");

        test(compose.post).click();
        assertThat(getCurrentView()).as("refused while identifiers remain").isInstanceOf(ComposeThreadView.class);
        assertThat(compose.concern.isInvalid()).isTrue();
        assertThat(compose.concern.getValue()).as("nothing lost").contains("Callum");

        test(compose.identifiers.replaceAll).click();
        assertThat(compose.concern.getValue())
                .contains("[Client A]", "[School]", "[Father]")
                .doesNotContain("Callum", "Stuart", "Birchwood");
        assertThat(compose.identifiers.resolved()).isTrue();

        test(compose.post).click();
        assertThat(compose.attestationError.isVisible())
                .as(
                        "attestation required; title %s, concern %s, question %s",
                        compose.title.getErrorMessage(),
                        compose.concern.getErrorMessage(),
                        compose.question.getErrorMessage())
                .isTrue();
        test(compose.removed).click();
        test(compose.consent).click();
        test(compose.noMedia).click();
        test(compose.post).click();
        MultiSelectComboBox<?> picker = $(MultiSelectComboBox.class).id("tag-picker");
        assertThat(getCurrentView()).as("an attachment theme is required").isInstanceOf(ComposeThreadView.class);
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).contains("attachment theme");
        assertThat(compose.concern.getValue()).as("nothing lost").contains("[Client A]");
        chooseTag("Avoidant · Attachment pattern");
        test(compose.post).click();
        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
        assertThat(threads.open(((ThreadView) getCurrentView()).threadIdForTest())
                        .bodyMarkdown())
                .contains("### Presenting concern", "[Client A]")
                .doesNotContain("Callum");
    }

    @Test
    void aDetectionMarkedNotIdentifyingIsKeptForModerators() {
        accounts.signInAs(author);
        ComposeThreadView compose = navigate("groups/" + group + "/new", ComposeThreadView.class);
        test(compose.kind).selectItem("Case consultation");
        test(compose.title).setValue("Therapy dog in sessions");
        test(compose.concern).setValue("I bring my dog Pepper to sessions with a traumatised veteran.");
        test(compose.question).setValue("How do you think about the animal as an attachment figure?");
        assertThat(compose.identifiers.rows()).extracting(r -> r.surface()).containsExactly("Pepper");
        compose.identifiers.notIdentifyingForTest("Pepper");
        assertThat(compose.identifiers.resolved()).isTrue();
        test(compose.removed).click();
        test(compose.consent).click();
        test(compose.noMedia).click();
        chooseTag("Animal-assisted · Approach");
        chooseTag("Safe haven · Bowlby's features");
        test(compose.post).click();
        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
    }

    @SuppressWarnings("unchecked")
    private void chooseTag(String label) {
        test((MultiSelectComboBox<Object>) $(MultiSelectComboBox.class).id("tag-picker"))
                .selectItem(label);
    }

    @Test
    void aCommentOnACaseConsultationIsCheckedToo() {
        accounts.signInAs(author);
        long thread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A case",
                "A vignette without details.",
                "What would you do?",
                false,
                new org.securebase.vignettes.Disclosure(true, Set.of()),
                java.util.List.of("repair"));
        accounts.signInAs(admin);
        threadModeration.review(thread, org.securebase.threads.ThreadStatus.PUBLISHED, null);
        accounts.signInAs(member);
        ThreadView view = open(thread);
        test(view.composer.body).setValue("I think I know her, she works at Tyson Foods in Springdale.");
        assertThat(view.composer.identifiers.rows()).isNotEmpty();
        test(view.composer.post).click();
        assertThat(view.composer.body.isInvalid()).isTrue();
        assertThat(comments(thread)).isEmpty();
    }

    @Test
    void aMemberCommentsRepliesAndQuotes() {
        long thread = thread();
        accounts.signInAs(member);
        ThreadView view = open(thread);
        test(view.composer.body).setValue("Keep showing up, the same time every week.");
        test(view.composer.post).click();
        assertThat(comments(thread))
                .singleElement()
                .satisfies(c -> assertThat(c.number()).isEqualTo(1));

        view.reply(comments(thread).getFirst());
        assertThat(view.composer.replyingTo.getText()).contains("comment 1");
        test(view.composer.body).setValue("And say when you will be away.");
        test(view.composer.post).click();
        assertThat(comments(thread).get(1).parentId())
                .isEqualTo(comments(thread).getFirst().id());

        view.quote(comments(thread).getFirst());
        assertThat(view.composer.body.getValue()).startsWith("> Keep showing up");
    }

    @Test
    void aCommentThatReadsAsTheWritersOwnCrisisIsPostedAndAnsweredWithCrisisResources() {
        long thread = thread();
        accounts.signInAs(member);
        ThreadView view = open(thread);
        test(view.composer.body).setValue("I never had a safe attachment and I'm just waiting to die.");
        test(view.composer.post).click();
        assertThat(comments(thread))
                .singleElement()
                .satisfies(c -> assertThat(c.markdown()).contains("waiting to die"));
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class)
                        .id("crisis-dialog")
                        .isOpened())
                .isTrue();
        assertThat($(com.vaadin.flow.component.html.ListItem.class)
                        .withTextContaining("988")
                        .exists())
                .isTrue();
    }

    @Test
    void anOrdinaryCommentShowsNoCrisisMessage() {
        long thread = thread();
        accounts.signInAs(member);
        ThreadView view = open(thread);
        test(view.composer.body).setValue("This training is killing me, but the repair idea helps.");
        test(view.composer.post).click();
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).exists()).isFalse();
    }

    @Test
    void mentionsInsertAColleaguesName() {
        long thread = thread();
        ThreadView view = open(thread);
        test(view.composer.mention).selectItem(memberName);
        assertThat(view.composer.body.getValue()).contains("@" + memberName);
    }

    @Test
    void anEmptyCommentIsRefusedNextToTheField() {
        long thread = thread();
        ThreadView view = open(thread);
        test(view.composer.post).click();
        assertThat(view.composer.body.isInvalid()).isTrue();
        assertThat(comments(thread)).isEmpty();
    }

    @Test
    void aDraftSurvivesLeavingThePage() {
        long thread = thread();
        accounts.signInAs(member);
        ThreadView view = open(thread);
        test(view.composer.body).setValue("Half a thought about repair");
        navigate(ThreadsView.class);
        ThreadView again = open(thread);
        assertThat(again.composer.body.getValue()).isEqualTo("Half a thought about repair");
    }

    @Test
    void anAuthorEditsAndDeletesTheirComment() {
        long thread = thread();
        accounts.signInAs(member);
        long id = threads.postComment(thread, null, "Frist draft", false);
        ThreadView view = open(thread);
        view.edit(threads.comment(id));
        test($(TextArea.class).id("edit-comment-text")).setValue("First draft");
        test($(Button.class).id("save-comment-edit")).click();
        assertThat(threads.comment(id).markdown()).isEqualTo("First draft");
        assertThat(threads.revisions(thread, id)).containsExactly("Frist draft");

        view.delete(threads.comment(id));
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(threads.comment(id).deleted()).isTrue();
    }

    @Test
    void theThreadsAuthorMarksHelpfulAndWritesTheSummary() {
        long thread = thread();
        accounts.signInAs(member);
        long id = threads.postComment(thread, null, "Name the rupture out loud.", false);
        accounts.signInAs(author);
        ThreadView view = open(thread);
        view.helpful(threads.comment(id));
        assertThat(threads.comment(id).helpful()).isTrue();
        test($(Button.class).from(post()).id("write-summary")).click();
        test($(TextArea.class).id("summary-text")).setValue("Repair means naming it and staying.");
        test($(Button.class).id("save-summary")).click();
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .from(post())
                        .id("thread-summary")
                        .isVisible())
                .isTrue();
        assertThat(threads.open(thread).summary()).isEqualTo("Repair means naming it and staying.");
    }

    @Test
    void aSupervisorRedactsFromACommentThroughTheDialog() {
        long supervisor = accounts.active("Group Supervisor", Role.SUPERVISOR);
        accounts.signInAs(accounts.active("Second Admin", Role.ADMIN));
        groups.update(
                group,
                new GroupForm(
                        groups.allGroups().stream()
                                .filter(g -> g.groupId() == group)
                                .findFirst()
                                .orElseThrow()
                                .name(),
                        "Private.",
                        false,
                        Set.of(supervisor),
                        Set.of(author, member)));
        long thread = thread();
        accounts.signInAs(member);
        long id = threads.postComment(thread, null, "She works at Zephyrine Mills, I am sure.", false);
        accounts.signInAs(supervisor);
        ThreadView view = open(thread);
        view.redact(threads.comment(id));
        test($(com.vaadin.flow.component.textfield.TextField.class).id("redact-text"))
                .setValue("Zephyrine Mills");
        test($(Button.class).id("confirm-redact")).click();
        assertThat(threads.comment(id).markdown()).isEqualTo("She works at [redacted], I am sure.");
    }

    @Test
    void anOutsiderCannotOpenAPrivateGroupsThread() {
        long thread = thread();
        accounts.signInAs(outsider);
        open(thread);
        assertThat($(H1.class).id("thread-refused").getText()).isEqualTo("This thread is not available");
    }

    @Test
    void theThreadListFiltersFromTheUrl() {
        long thread = thread();
        accounts.signInAs(author);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "threads",
                        com.vaadin.flow.router.QueryParameters.full(java.util.Map.of(
                                "group", new String[] {Long.toString(group)}, "mine", new String[] {""})));
        ThreadsView view = (ThreadsView) getCurrentView();
        assertThat(view.mine.getValue()).isTrue();
        assertThat(view.group.getValue().id()).isEqualTo(group);
        assertThat(test(view.list).size()).isEqualTo(1);
        assertThat(test(view.list).getRow(0).id()).isEqualTo(thread);
    }

    @Test
    void thePostAndItsCommentsAreOneListUnderABarThatKeepsTheReadersPlace() {
        long thread = thread();
        accounts.signInAs(member);
        for (int i = 1; i <= 3; i++) {
            threads.postComment(thread, null, "Comment number " + i + " on repair.", false);
        }
        accounts.signInAs(author);
        ThreadView view = open(thread);
        var list = test(view.comments);
        assertThat(list.size()).as("the post, then three comments").isEqualTo(4);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .from(post())
                        .id("thread-body")
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("What helps?");
        assertThat(((CommentCard) list.getCellComponent(1, 0)).getElement().getAttribute("data-number"))
                .isEqualTo("1");
        assertThat($(H1.class).id("thread-title").getText()).isEqualTo("Secure base in supervision");
        assertThat(view.bar.position.getText()).isEqualTo("3 comments");
    }

    @Test
    void jumpingToACommentThatDoesNotExistSaysWhichNumbersDo() {
        long thread = thread();
        accounts.signInAs(member);
        threads.postComment(thread, null, "Only one comment here.", false);
        ThreadView view = open(thread);
        test(view.bar.jump).setValue(5);
        assertThat(view.bar.jump.isInvalid()).isTrue();
        assertThat(view.bar.jump.getErrorMessage()).isEqualTo("Choose a number from 1 to 1.");
        test(view.bar.jump).setValue(1);
        assertThat(view.bar.jump.isInvalid()).isFalse();
    }
}

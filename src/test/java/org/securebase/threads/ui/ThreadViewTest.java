package org.securebase.threads.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.Role;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.threads.CommentItem;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class ThreadViewTest extends ViewTest {

    @Autowired GroupService groups;
    @Autowired ThreadService threads;

    long author;
    long member;
    long outsider;
    long group;
    String memberName;

    @BeforeEach
    void groupWithAuthorAndMember() {
        long admin = accounts.active("Admin", Role.ADMIN);
        author = accounts.active("Thread Author", Role.THERAPIST);
        memberName = "Mention Me " + UUID.randomUUID().toString().substring(0, 4);
        member = accounts.active(memberName, Role.THERAPIST);
        outsider = accounts.active("Outsider", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm("View group " + UUID.randomUUID(), "Private.", false, Set.of(),
                Set.of(author, member)));
    }

    private ThreadView open(long thread) {
        return navigate("threads/" + thread, ThreadView.class);
    }

    private long thread() {
        accounts.signInAs(author);
        return threads.create(group, ThreadKind.DISCUSSION, "Secure base in supervision", "What helps?", null,
                false);
    }

    private List<CommentItem> comments(long thread) {
        return threads.comments(thread, 0, 100);
    }

    @Test
    void anAuthorComposesPreviewsAndPostsACaseConsultation() {
        accounts.signInAs(author);
        ComposeThreadView compose = navigate("groups/" + group + "/new", ComposeThreadView.class);
        compose.kind.setValue(ThreadKind.CASE_CONSULTATION);
        test(compose.title).setValue("A boy who does not need anyone");
        test(compose.body).setValue("He builds towers alone and **will not** let me touch them.");
        test(compose.previewToggle).click();
        assertThat(compose.preview.getElement().getProperty("innerHTML")).contains("<strong>will not</strong>");
        test(compose.post).click();
        assertThat(compose.question.isInvalid()).as("a consultation asks a question").isTrue();
        assertThat(compose.body.getValue()).as("nothing lost").contains("towers alone");

        test(compose.question).setValue("How do you join play without taking over?");
        test(compose.post).click();
        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
        assertThat($(H1.class).id("thread-title").getText()).isEqualTo("A boy who does not need anyone");
    }

    @Test
    void aMemberCommentsRepliesAndQuotes() {
        long thread = thread();
        accounts.signInAs(member);
        ThreadView view = open(thread);
        test(view.composer.body).setValue("Keep showing up, the same time every week.");
        test(view.composer.post).click();
        assertThat(comments(thread)).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo(1));

        view.reply(comments(thread).getFirst());
        assertThat(view.composer.replyingTo.getText()).contains("comment 1");
        test(view.composer.body).setValue("And say when you will be away.");
        test(view.composer.post).click();
        assertThat(comments(thread).get(1).parentId()).isEqualTo(comments(thread).getFirst().id());

        view.quote(comments(thread).getFirst());
        assertThat(view.composer.body.getValue()).startsWith("> Keep showing up");
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
        test($(Button.class).id("write-summary")).click();
        test($(TextArea.class).id("summary-text")).setValue("Repair means naming it and staying.");
        test($(Button.class).id("save-summary")).click();
        assertThat(view.summary.isVisible()).isTrue();
        assertThat(threads.open(thread).summary()).isEqualTo("Repair means naming it and staying.");
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
        com.vaadin.flow.component.UI.getCurrent().navigate("threads",
                com.vaadin.flow.router.QueryParameters.full(java.util.Map.of("group", new String[] {Long.toString(group)},
                        "mine", new String[] {""})));
        ThreadsView view = (ThreadsView) getCurrentView();
        assertThat(view.mine.getValue()).isTrue();
        assertThat(view.group.getValue().id()).isEqualTo(group);
        assertThat(test(view.list).size()).isEqualTo(1);
        assertThat(test(view.list).getRow(0).id()).isEqualTo(thread);
    }
}

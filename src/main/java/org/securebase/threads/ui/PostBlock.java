package org.securebase.threads.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.securebase.groups.GroupService;
import org.securebase.tags.TagChips;
import org.securebase.tags.TagService;
import org.securebase.threads.ConsultationLoop;
import org.securebase.threads.ConsultationNotes;
import org.securebase.threads.Flagging;
import org.securebase.threads.RecusalView;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadPage;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Badges;
import org.securebase.ui.Times;

/**
 * The first row of a thread: who posted where, its themes, its state, the supervisors' bar, the summary, the post
 * itself with its actions, and how many comments follow. Drawn again whenever the list draws its first row.
 */
class PostBlock extends Div {

    /** What the post's buttons open; the view owns the dialogs because they refresh what it shows. */
    interface Actions {
        void flagPost();

        void mayKnowClient();

        void redactPost();

        void editSummary();
    }

    record Services(
            ThreadService threads,
            TagService tags,
            Flagging flagging,
            ThreadModeration moderation,
            GroupService groups,
            ConsultationLoop loop,
            ConsultationNotes notes,
            org.securebase.vignettes.IdentifierGuard guard) {}

    PostBlock(Services services, ThreadPage page, int commentCount, Actions actions) {
        addClassName("sb-post-block");
        Runnable reload = () -> UI.getCurrent().refreshCurrentRoute(false);
        add(meta(page), tagLine(services, page, reload), new ThreadStatusPanel(services.threads(), page, reload));
        if (page.canModerate()) {
            add(new ThreadModerationBar(services.moderation(), services.threads(), services.groups(), page, reload));
        }
        if (page.canModerate() && page.kind() == ThreadKind.CASE_CONSULTATION) {
            recusals(services.threads().recusals(page.id()));
        }
        summary(page);
        add(body(page, actions));
        if (page.loopState() != null) {
            add(new LoopPanel(services.loop(), services.notes(), services.guard(), page.id(), reload));
        }
        H2 total = new H2(commentCount == 1 ? "1 comment" : commentCount + " comments");
        total.setId("comment-total");
        total.addClassName("sb-comment-total");
        add(total);
    }

    private static HorizontalLayout meta(ThreadPage page) {
        RouterLink group = new RouterLink(
                page.groupName(), GroupView.class, new RouteParameters("groupId", Long.toString(page.groupId())));
        group.addClassName("sb-group-link");
        HorizontalLayout meta =
                new HorizontalLayout(Badges.of(page.kind().label(), null), group, new Span(page.author()));
        if (page.loopState() != null) {
            Span state = Badges.of(page.loopState().label(), page.loopState().theme());
            state.setId("loop-state");
            meta.add(state);
        }
        Badges.staff(page.authorBadge()).ifPresent(meta::add);
        meta.add(Times.relative(page.createdAt()));
        if (page.editedAt() != null) {
            meta.add(Badges.of("edited", null));
        }
        meta.setAlignItems(FlexComponent.Alignment.BASELINE);
        meta.setWrap(true);
        meta.addClassName("sb-muted");
        return meta;
    }

    private static FlexLayout tagLine(Services services, ThreadPage page, Runnable reload) {
        FlexLayout tagLine = TagChips.of(page.tags());
        tagLine.setId("thread-tags");
        if (page.canModerate() || page.mine()) {
            Button retag = new Button(
                    page.tags().isEmpty() ? "Add tags" : "Edit tags",
                    e -> new RetagDialog(services.threads(), services.tags(), page, reload).open());
            retag.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            retag.setId("edit-tags");
            tagLine.add(retag);
            tagLine.setVisible(true);
        }
        return tagLine;
    }

    /** For the group's supervisors: how many readers said they may know the client, who, and their notes. */
    private void recusals(RecusalView signals) {
        if (signals.count() == 0) {
            return;
        }
        Div box = new Div();
        box.setId("recusal-signals");
        box.addClassName("sb-summary");
        Span heading = new Span(
                signals.count() == 1
                        ? "1 member may know this client"
                        : signals.count() + " members may know this client");
        heading.addClassName("sb-summary-heading");
        box.add(heading);
        signals.lines().forEach(l -> box.add(new Paragraph(l.member() + (l.note() == null ? "" : ": " + l.note()))));
        add(box);
    }

    private void summary(ThreadPage page) {
        if (page.summary() == null) {
            return;
        }
        Div summary = new Div();
        summary.addClassName("sb-summary");
        summary.setId("thread-summary");
        Span heading = new Span("Consultation summary");
        heading.addClassName("sb-summary-heading");
        Span by = new Span("by " + page.summaryBy());
        by.addClassName("sb-muted");
        summary.add(heading, new Paragraph(page.summary()), by);
        add(summary);
    }

    private static Div body(ThreadPage page, Actions actions) {
        Div body = new Div();
        body.addClassName("sb-markdown");
        body.addClassName("sb-post");
        body.setId("thread-body");
        body.getElement().setProperty("innerHTML", page.bodyHtml());
        Div post = new Div(body);
        if (page.question() != null) {
            Div question = new Div(new Span("Question for colleagues: "), new Span(page.question()));
            question.addClassName("sb-question");
            question.setId("thread-question");
            post.add(question);
        }
        if (!page.mine()) {
            post.add(action("Flag", "flag-post", actions::flagPost));
        }
        if (!page.mine() && page.kind() == ThreadKind.CASE_CONSULTATION) {
            post.add(action("I may know this client", "may-know-client", actions::mayKnowClient));
        }
        if (page.canModerate()) {
            post.add(action("Redact", "redact-post", actions::redactPost));
        }
        if (page.canSummarise()) {
            String label = page.summary() == null ? "Write a consultation summary" : "Edit summary";
            post.add(action(label, "write-summary", actions::editSummary));
        }
        return post;
    }

    private static Button action(String label, String id, Runnable run) {
        Button button = new Button(label, e -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }
}

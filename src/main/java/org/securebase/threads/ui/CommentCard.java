package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.securebase.threads.CommentItem;
import org.securebase.ui.Badges;
import org.securebase.ui.Times;

/** One comment as the thread page shows it: number or indentation, author, time, text and what one may do. */
class CommentCard extends Div {

    /** What the thread page does when a button on a comment is pressed. */
    interface Actions {
        void reply(CommentItem comment);

        void quote(CommentItem comment);

        void edit(CommentItem comment);

        void delete(CommentItem comment);

        void helpful(CommentItem comment);

        void versions(CommentItem comment);

        void redact(CommentItem comment);

        void flag(CommentItem comment);

        void hide(CommentItem comment);

        void merge(CommentItem comment);
    }

    CommentCard(CommentItem c, Actions actions) {
        addClassName("sb-comment");
        addClassName("depth-" + c.indent());
        getElement().setAttribute("data-comment-id", Long.toString(c.id()));
        if (c.number() != null) {
            getElement().setAttribute("data-number", Integer.toString(c.number()));
        }
        if (c.parentId() != null) {
            getElement().setAttribute("data-parent-id", Long.toString(c.parentId()));
        }
        HorizontalLayout header = new HorizontalLayout();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setSpacing(true);
        header.addClassName("sb-comment-header");
        if (c.number() != null) {
            Span number = new Span(c.number() + ".");
            number.addClassName("sb-comment-number");
            header.add(number);
        }
        Span author = new Span(c.author());
        author.addClassName("sb-comment-author");
        header.add(author);
        Badges.staff(c.authorBadge()).ifPresent(header::add);
        header.add(Times.relative(c.createdAt()));
        if (c.editedAt() != null && !c.deleted()) {
            Span edited = Badges.of("edited", null);
            edited.getElement().setAttribute("title", "Edited " + Times.exact(c.editedAt()));
            header.add(edited);
        }
        if (c.followUp()) {
            header.add(Badges.of("Follow-up", "primary"));
        }
        if (c.helpful()) {
            header.add(Badges.of("Marked helpful by the author", "success"));
        }
        if (c.hidden() && !c.html().isEmpty()) {
            header.add(Badges.of(
                    c.mergedIntoNumber() != null ? "Merged into #" + c.mergedIntoNumber() : "Hidden from the group",
                    "contrast"));
            addClassName("sb-comment-hidden");
        }
        add(header);
        if (c.inReplyTo() != null && c.depth() > CommentItem.MAX_INDENT - 1) {
            Span inReply = new Span("in reply to " + c.inReplyTo());
            inReply.addClassName("sb-muted");
            add(inReply);
        }
        Div body = new Div();
        body.addClassName("sb-markdown");
        if (c.deleted()) {
            body.setText("Comment removed.");
            body.addClassName("sb-removed");
        } else if (c.hidden() && c.html().isEmpty()) {
            body.setText(
                    c.mergedIntoNumber() != null
                            ? "A duplicate, merged into comment #" + c.mergedIntoNumber() + "."
                            : "This comment is hidden while the group's supervisors review it.");
            body.addClassName("sb-removed");
        } else {
            body.getElement().setProperty("innerHTML", c.html());
        }
        add(body);
        if (!c.deleted() && !(c.hidden() && c.html().isEmpty())) {
            add(buttons(c, actions));
        }
    }

    private static HorizontalLayout buttons(CommentItem c, Actions actions) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.add(small("Reply", () -> actions.reply(c)), small("Quote", () -> actions.quote(c)));
        if (c.viewerIsThreadAuthor()) {
            row.add(small(c.helpful() ? "Unmark helpful" : "Mark helpful", () -> actions.helpful(c)));
        }
        if (c.mine() || c.canModerate()) {
            row.add(small("Edit", () -> actions.edit(c)));
        }
        if (c.mine() || c.canModerate()) {
            row.add(small("Delete", () -> actions.delete(c)));
        }
        if (!c.mine()) {
            row.add(small("Flag", () -> actions.flag(c)));
        }
        if (c.canModerate()) {
            row.add(small("Redact", () -> actions.redact(c)));
            row.add(small(c.hidden() ? "Restore" : "Hide", () -> actions.hide(c)));
            row.add(small("Merge into…", () -> actions.merge(c)));
        }
        if (c.editedAt() != null && (c.mine() || c.canModerate())) {
            row.add(small("Earlier versions", () -> actions.versions(c)));
        }
        return row;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }
}

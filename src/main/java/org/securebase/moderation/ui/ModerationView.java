package org.securebase.moderation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import org.securebase.accounts.AccountService;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.QueueEntry;
import org.securebase.notifications.NotificationBus;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Roles;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.Markdown;
import org.securebase.threads.ThreadLinks;
import org.securebase.ui.Badges;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.securebase.ui.Times;

/**
 * The review queue for the groups a supervisor moderates (admins: all), most urgent first. It updates by itself
 * when an alert or a new item arrives.
 */
@Route("moderation")
@Menu(title = "Review queue", order = 10, icon = "vaadin:inbox")
@PageTitle("Review queue · SecureBase")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ModerationView extends VerticalLayout {

    final VerticalLayout items = new VerticalLayout();
    final Span count = new Span();
    private final ModerationService moderation;
    private final AccountService accounts;
    private final NotificationBus bus;
    private final AccessPolicy access;
    private Runnable unsubscribe = () -> {};

    public ModerationView(
            ModerationService moderation, AccountService accounts, NotificationBus bus, AccessPolicy access) {
        this.moderation = moderation;
        this.accounts = accounts;
        this.bus = bus;
        this.access = access;
        addClassName("sb-page");
        items.setPadding(false);
        items.setId("queue");
        count.setId("queue-count");
        count.addClassName("sb-muted");
        RouterLink dashboard = new RouterLink("Open the dashboard", DashboardView.class);
        add(new H1("Review queue"), count, dashboard, items);
        refresh();
    }

    void refresh() {
        items.removeAll();
        List<QueueEntry> entries = moderation.queue();
        count.setText(
                entries.isEmpty()
                        ? "Nothing waits for you. Thank you."
                        : entries.size() + (entries.size() == 1 ? " item" : " items") + ", most urgent first.");
        entries.forEach(e -> items.add(card(e)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // The bell shows the toast; the queue only redraws.
        access.currentActor()
                .ifPresent(actor -> unsubscribe = bus.subscribe(actor.id(), line -> ui.access(this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        super.onDetach(event);
    }

    private Div card(QueueEntry e) {
        Div card = new Div();
        card.addClassName("sb-card");
        card.addClassName("sb-queue-item");
        card.addClassName("sb-queue-" + e.kind().name().toLowerCase().replace('_', '-'));
        card.getElement().setAttribute("data-kind", e.kind().name());
        card.getElement().setAttribute("data-thread-id", Long.toString(e.threadId()));
        Span kind = Badges.of(
                e.kind().label(),
                e.kind().risk() ? "error" : e.kind() == org.securebase.moderation.QueueKind.FLAG ? "contrast" : null);
        Span meta = new Span(e.groupName() + " · " + Times.ago(e.createdAt()));
        meta.addClassName("sb-muted");
        Div head = new Div(kind, new Span(" "), new Span(e.trigger()), new Span(" · "), meta);
        head.addClassName("sb-queue-head");
        RouterLink thread = ThreadLinks.thread(e.threadTitle(), e.threadId());
        thread.addClassName("sb-thread-title");
        Div where = new Div(new Span(e.aboutComment() ? "Comment in " : "Post: "), thread);
        card.add(head, where);
        if (e.contextMarkdown() != null) {
            Div context = new Div();
            context.addClassName("sb-queue-context");
            context.getElement().setProperty("innerHTML", Markdown.toHtml(e.contextMarkdown()));
            card.add(context);
        }
        Div content = new Div();
        content.addClassName("sb-markdown");
        content.addClassName("sb-queue-content");
        content.getElement().setProperty("innerHTML", Markdown.toHtml(e.contentMarkdown()));
        card.add(content);
        if (e.hidden()) {
            card.add(Badges.of("Hidden from the group until reviewed", "contrast"));
        }
        card.add(author(e));
        e.flags().forEach(f -> {
            Span flag = new Span(f.reason().label() + (f.note() == null ? "" : ": " + f.note()) + " (" + f.flagger()
                    + ", " + Times.ago(f.at()) + ")");
            flag.addClassName("sb-muted");
            card.add(new Div(flag));
        });
        if (e.outreach() != null) {
            Span done = new Span("Outreach: " + e.outreach().note() + " ("
                    + e.outreach().by() + ", " + Times.exact(e.outreach().at()) + ")");
            done.addClassName("sb-outreach");
            card.add(new Div(done));
        }
        card.add(actions(e));
        return card;
    }

    private Div author(QueueEntry e) {
        Div line = new Div();
        line.addClassName("sb-queue-author");
        line.add(new Span("By " + e.author()));
        Badges.staff(e.authorBadge()).ifPresent(badge -> line.add(new Span(" "), badge));
        if (e.history() != null) {
            var h = e.history();
            Span history = new Span(" · " + count(h.publishedThreads(), "published thread") + " · "
                    + count(h.earlierQueueItems(), "earlier queue item") + " · " + count(h.notes(), "note")
                    + (h.silenced() ? " · silenced" : "")
                    + (h.suspended() ? " · suspended" : ""));
            history.addClassName("sb-muted");
            line.add(history);
            if (accounts.canModerate(e.authorId())) {
                Button member = small(
                        "Member actions…",
                        () -> new MemberDialog(moderation, accounts, e.authorId(), e.author(), h.suspended()).open());
                member.addClassName("member-actions");
                line.add(member);
            }
        }
        return line;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private FlexLayout actions(QueueEntry e) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("sb-queue-actions");
        switch (e.kind()) {
            case CASE_REVIEW, POST_REVIEW -> {
                Button approve = primary("Approve", () -> moderation.approve(e.id()));
                approve.addClassName("approve");
                row.add(
                        approve,
                        withText(
                                e,
                                "Ask for changes",
                                "What should the author change?",
                                "ask-changes",
                                text -> moderation.requestChanges(e.id(), text)),
                        withText(
                                e,
                                "Reject",
                                "Why is it not approved? The author reads this.",
                                "reject",
                                text -> moderation.reject(e.id(), text)));
            }
            case FLAG -> {
                Button hide = primary("Hide it", () -> moderation.upholdFlags(e.id(), null));
                hide.addClassName("uphold-flags");
                Button leave = small(
                        e.hidden() ? "Restore and leave up" : "Leave it up",
                        () -> moderation.dismissFlags(e.id(), null));
                leave.addClassName("dismiss-flags");
                row.add(hide, leave);
            }
            case RISK_SELF, RISK_URGENT -> {
                row.add(withText(
                        e,
                        "Record outreach",
                        "Who contacted whom, and how? e.g. \"I phoned her; she is " + "with her partner tonight\"",
                        "record-outreach",
                        text -> moderation.recordOutreach(e.id(), text)));
                Button close = small("Close alert", () -> moderation.resolve(e.id(), null));
                close.addClassName("resolve");
                close.setEnabled(e.outreach() != null);
                row.add(
                        close,
                        withText(
                                e,
                                "Not a risk",
                                "Why is this not a risk? e.g. \"an idiom\", \"quoting a "
                                        + "client in a past session\"",
                                "not-a-risk",
                                text -> moderation.closeAsNotARisk(e.id(), text)));
            }
            case WATCHED_WORD, CASE_DETAILS -> {
                Button fine =
                        primary(e.hidden() ? "Approve and show" : "It is fine", () -> moderation.resolve(e.id(), null));
                fine.addClassName("resolve");
                Button hide = small("Hide it", () -> moderation.hideAndResolve(e.id(), null));
                hide.addClassName("hide-content");
                row.add(fine, hide);
            }
        }
        return row;
    }

    private Button primary(String text, Runnable action) {
        Button button = small(text, action);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private Button small(String text, Runnable action) {
        Button button = new Button(text, ev -> {
            try {
                action.run();
                refresh();
            } catch (InvalidInputException ex) {
                Forms.error(ex.getMessage());
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    /** A button that opens a text box under the card for the message it needs. */
    private Div withText(QueueEntry e, String label, String prompt, String className, Consumer<String> action) {
        Div holder = new Div();
        holder.addClassName("sb-with-text");
        TextArea text = Limits.limit(new TextArea(prompt), ModerationService.NOTE_LIMIT);
        text.setWidth("min(36em, 80vw)");
        text.setVisible(false);
        text.addClassName(className + "-text");
        Button send = new Button("Send", ev -> {
            try {
                action.accept(text.getValue());
                refresh();
            } catch (InvalidInputException ex) {
                text.setErrorMessage(ex.getMessage());
                text.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        send.addClassName(className + "-send");
        send.setVisible(false);
        Button open = new Button(label, ev -> {
            text.setVisible(true);
            send.setVisible(true);
            text.focus();
        });
        open.addThemeVariants(ButtonVariant.SMALL);
        open.addClassName(className);
        holder.add(open, text, send);
        return holder;
    }
}

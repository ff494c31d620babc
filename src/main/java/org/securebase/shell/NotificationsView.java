package org.securebase.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.MyFlag;
import org.securebase.notifications.NotificationLine;
import org.securebase.notifications.NotificationService;
import org.securebase.security.Roles;
import org.securebase.ui.Times;

/** A member's messages (review outcomes, flag outcomes, warnings, alerts) and the flags they raised. */
@Route("notifications")
@PageTitle("Notifications · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class NotificationsView extends VerticalLayout {

    final VerticalLayout messages = new VerticalLayout();
    final VerticalLayout flags = new VerticalLayout();

    public NotificationsView(NotificationService notifications, ModerationService moderation) {
        addClassName("sb-page");
        messages.setPadding(false);
        messages.setId("notifications");
        flags.setPadding(false);
        flags.setId("my-flags");
        var lines = notifications.mine(100);
        if (lines.isEmpty()) {
            messages.add(muted("No notifications yet."));
        }
        lines.forEach(n -> messages.add(line(n)));
        notifications.markAllRead();
        var mine = moderation.myFlags();
        if (mine.isEmpty()) {
            flags.add(muted("You have not flagged anything."));
        }
        mine.forEach(f -> flags.add(flag(f)));
        add(new H1("Notifications"), messages, new H2("Flags you raised"), flags);
    }

    private static Div line(NotificationLine n) {
        Div row = new Div();
        row.addClassName("sb-notification");
        if (!n.read()) {
            row.addClassName("sb-unread");
        }
        if (n.urgent()) {
            row.addClassName("sb-urgent");
        }
        Span when = muted(Times.exact(n.createdAt()));
        row.add(when, new Paragraph(n.message()));
        if (n.link() != null) {
            row.add(new Anchor(n.link(), "Open"));
        }
        return row;
    }

    private static Div flag(MyFlag f) {
        Div row = new Div();
        row.addClassName("sb-notification");
        row.add(
                muted(Times.exact(f.at())),
                new Paragraph((f.onComment() ? "A comment in " : "The post ") + "\"" + f.threadTitle() + "\" · "
                        + f.reason().label() + " · " + f.outcome()));
        return row;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("sb-muted");
        return span;
    }
}

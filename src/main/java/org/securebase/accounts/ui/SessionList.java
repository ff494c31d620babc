package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import org.securebase.accounts.MemberSessions;
import org.securebase.accounts.MemberSessions.Session;
import org.securebase.accounts.signin.ThisSession;
import org.securebase.ui.Forms;
import org.securebase.ui.Times;

/** "Your sessions": each signed-in session of the member, this one marked, the others with a "Sign out". */
class SessionList extends VerticalLayout {

    private final MemberSessions sessions;

    SessionList(MemberSessions sessions) {
        this.sessions = sessions;
        setId("your-sessions");
        setPadding(false);
        setSpacing(false);
        refresh();
    }

    void refresh() {
        removeAll();
        String mine = ThisSession.key();
        for (Session s : sessions.mine()) {
            add(row(s, Objects.equals(s.key(), mine)));
        }
    }

    private HorizontalLayout row(Session s, boolean thisOne) {
        Span what = new Span(s.browser() + " · " + s.address());
        Div when = new Div(
                new Span("Signed in " + Times.ago(s.startedAt()) + " · last seen " + Times.ago(s.lastSeenAt())));
        when.addClassName("sb-muted");
        VerticalLayout text = new VerticalLayout(what, when);
        text.setPadding(false);
        text.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(text);
        row.addClassName("sb-session");
        row.setWidthFull();
        row.setAlignItems(Alignment.CENTER);
        if (thisOne) {
            Span badge = new Span("This browser");
            badge.getElement().getThemeList().add("badge success");
            row.add(badge);
        } else {
            Button end = new Button("Sign out", e -> {
                sessions.end(s.id());
                Forms.success("That session is signed out.");
                refresh();
            });
            end.addThemeVariants(ButtonVariant.TERTIARY);
            end.getElement().setAttribute("aria-label", "Sign out " + s.browser());
            row.add(end);
        }
        return row;
    }
}

package org.securebase.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.securebase.mail.MailDispatcher;
import org.securebase.mail.MailOutbox;
import org.securebase.mail.MailStatus;
import org.securebase.mail.OutboxMail;
import org.securebase.mail.OutboxStatus;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Roles;
import org.securebase.ui.Times;

/** Admins see whether mail is on, and every mail in the outbox: sent, waiting, failed (with the error). */
@Route("admin/mail")
@Menu(title = "Mail", order = 25, icon = "vaadin:envelope")
@PageTitle("Mail · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class MailView extends VerticalLayout {

    final Paragraph state = new Paragraph();
    final Paragraph counts = new Paragraph();
    final Grid<OutboxMail> grid = new Grid<>();
    private final MailOutbox outbox;

    public MailView(MailOutbox outbox, MailDispatcher dispatcher, AccessPolicy access) {
        access.requireAdmin();
        this.outbox = outbox;
        state.setId("mail-state");
        counts.setId("mail-counts");
        MailStatus status = outbox.status();
        if (!status.on()) {
            state.setText("Mail is off: no SMTP server is set (SPRING_MAIL_HOST). SecureBase works without it, "
                    + "but sends no password resets, verification links or notification mails.");
        } else if (status.embedded()) {
            state.setText("Demo mail: mails go to an SMTP server inside SecureBase (" + status.server()
                    + ") and nowhere else; they are listed below. Links start with " + status.baseUrl() + ".");
        } else {
            state.setText("Mail is on: sent through " + status.server() + " from " + status.from()
                    + ". Links start with " + status.baseUrl() + ".");
        }
        grid.setId("mail-grid");
        grid.addColumn(m -> Times.exact(m.getCreatedAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(OutboxMail::getRecipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMail::getSubject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(m -> m.getStatus().name().toLowerCase()
                        + (m.getSentAt() != null ? " " + Times.exact(m.getSentAt()) : ""))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(m -> m.getAttempts()).setHeader("Tries").setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError())
                .setHeader("Last error")
                .setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> {
            Pre body = new Pre(m.getBody());
            body.addClassName("sb-mail-body");
            return body;
        }));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        Button send = new Button("Send what is due now", e -> {
            dispatcher.dispatchDue();
            refresh();
        });
        send.setId("mail-send-now");
        send.setEnabled(status.on());
        Button reload = new Button("Refresh", e -> refresh());
        add(
                new H2("Mail"),
                state,
                counts,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(send, reload),
                new Paragraph("Click a row to read the mail as it was sent."),
                grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItems(outbox.recent(200));
        counts.setText("Sent " + outbox.count(OutboxStatus.SENT) + " · waiting " + outbox.count(OutboxStatus.PENDING)
                + " · failed " + outbox.count(OutboxStatus.FAILED) + " · not needed (read in the app) "
                + outbox.count(OutboxStatus.CANCELLED));
    }
}

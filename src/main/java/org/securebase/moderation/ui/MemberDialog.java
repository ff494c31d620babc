package org.securebase.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.securebase.accounts.AccountService;
import org.securebase.moderation.ModerationService;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.securebase.ui.Times;

/** What supervisors can do about a member: warn, silence for a while, suspend or reinstate, keep private notes. */
public class MemberDialog extends Dialog {

    final TextArea warning = new TextArea("Warning the member will read");
    final IntegerField hours = new IntegerField("Silence for (hours; 0 lifts it)");
    final TextField silenceReason = new TextField("Why?");
    final TextField suspendReason = new TextField("Why?");
    final TextArea note = new TextArea("Private note (only supervisors and admins see it)");
    final VerticalLayout notes = new VerticalLayout();

    private final ModerationService moderation;
    private final long accountId;

    public MemberDialog(
            ModerationService moderation, AccountService accounts, long accountId, String name, boolean suspended) {
        this.moderation = moderation;
        this.accountId = accountId;
        setHeaderTitle(name);
        setWidth("min(40em, 95vw)");
        Limits.limit(warning, 1000).setWidthFull();
        warning.setId("warning-text");
        Button warn = action(
                "Send warning",
                "send-warning",
                () -> {
                    moderation.warn(accountId, warning.getValue());
                    warning.clear();
                    Forms.success("Warning sent.");
                    showNotes();
                },
                Map.of("message", warning));
        hours.setMin(0);
        hours.setValue(24);
        hours.setId("silence-hours");
        silenceReason.setId("silence-reason");
        Button silence = action(
                "Silence",
                "silence-member",
                () -> {
                    accounts.silence(
                            accountId, hours.getValue() == null ? -1 : hours.getValue(), silenceReason.getValue());
                    Forms.success(
                            hours.getValue() != null && hours.getValue() == 0
                                    ? "Posting is open again."
                                    : name + " cannot post for " + hours.getValue() + " hours.");
                },
                Map.of("hours", hours, "reason", silenceReason));
        suspendReason.setId("suspend-reason");
        Button suspend = action(
                suspended ? "Reinstate" : "Suspend",
                "suspend-member",
                () -> {
                    if (suspended) {
                        accounts.reactivate(accountId, suspendReason.getValue());
                    } else {
                        accounts.suspend(accountId, suspendReason.getValue());
                    }
                    Forms.success(suspended ? name + " is reinstated." : name + " is suspended.");
                    close();
                },
                Map.of("reason", suspendReason));
        if (!suspended) {
            suspend.addThemeVariants(ButtonVariant.ERROR);
        }
        Limits.limit(note, ModerationService.NOTE_LIMIT).setWidthFull();
        note.setId("member-note");
        Button addNote = action(
                "Add note",
                "add-note",
                () -> {
                    moderation.addNote(accountId, note.getValue());
                    note.clear();
                    showNotes();
                },
                Map.of("note", note));
        notes.setPadding(false);
        notes.setSpacing(false);
        notes.setId("member-notes");
        showNotes();
        add(
                new H3("Warn"),
                warning,
                warn,
                new H3("Silence"),
                new HorizontalLayout(hours, silenceReason, silence),
                new H3(suspended ? "Reinstate" : "Suspend"),
                new HorizontalLayout(suspendReason, suspend),
                new H3("Notes"),
                note,
                addNote,
                notes);
        getFooter().add(new Button("Close", e -> close()));
    }

    private Button action(
            String text,
            String id,
            Runnable run,
            Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        Button button = new Button(text, e -> {
            Forms.clearErrors(fields);
            try {
                run.run();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, fields);
            }
        });
        button.setId(id);
        return button;
    }

    private void showNotes() {
        notes.removeAll();
        var list = moderation.notes(accountId);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph("No notes yet.");
            none.addClassName("sb-muted");
            notes.add(none);
        }
        for (var n : list) {
            Span meta = new Span(n.author() + ", " + Times.exact(n.at()));
            meta.addClassName("sb-muted");
            notes.add(new Div(meta, new Paragraph(n.body())));
        }
    }
}

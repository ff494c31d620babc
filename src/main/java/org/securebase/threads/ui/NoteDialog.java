package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securebase.threads.ConsultationNotes;
import org.securebase.threads.NoteRefused;

/**
 * The author chooses and edits the excerpt of each helpful answer, then prepares the consultation note. The service
 * checks everything the note would print; what it finds is listed by field and nothing is produced. A prepared note
 * is offered as a download link.
 */
class NoteDialog extends Dialog {

    static final int EXCERPT_START = 600;

    final List<Checkbox> include = new ArrayList<>();
    final List<TextArea> excerpts = new ArrayList<>();
    final Div findings = new Div();
    final Anchor download = new Anchor();
    final Button prepare = new Button("Check and prepare the note");

    NoteDialog(ConsultationNotes notes, long threadId) {
        setHeaderTitle("Consultation note");
        setId("note-dialog");
        setWidth("min(44rem, 100vw)");
        ConsultationNotes.NoteDraft draft = notes.draft(threadId);
        Paragraph intro = new Paragraph(
                "A PDF for the client's file: when you consulted, the group, your question, who answered (as members"
                        + " see them), a digest of each helpful answer and your reflection. Choose and edit the"
                        + " excerpts below.");
        intro.addClassName("sb-muted");
        add(intro);
        if (!draft.reflected()) {
            add(new Paragraph("Write your reflection first: the note records your decision."));
        }
        if (draft.helpful().isEmpty()) {
            add(new Paragraph("No answer is marked helpful yet."));
        }
        for (ConsultationNotes.HelpfulAnswer answer : draft.helpful()) {
            Checkbox in = new Checkbox("Include the answer of " + answer.consultant(), true);
            TextArea excerpt = new TextArea("Excerpt");
            excerpt.setWidthFull();
            excerpt.setValue(start(answer.text()));
            excerpt.getElement().setAttribute("data-comment", Long.toString(answer.commentId()));
            in.addValueChangeListener(e -> excerpt.setEnabled(e.getValue()));
            include.add(in);
            excerpts.add(excerpt);
            add(in, excerpt);
        }
        findings.setId("note-findings");
        findings.setVisible(false);
        findings.addClassName("sb-error");
        download.setId("note-download");
        download.setText("Download the consultation note (PDF)");
        download.setVisible(false);
        add(findings, download);
        prepare.setId("prepare-note");
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        prepare.addClickListener(e -> prepare(notes, threadId, draft));
        getFooter().add(new Button("Close", e -> close()), prepare);
    }

    private void prepare(ConsultationNotes notes, long threadId, ConsultationNotes.NoteDraft draft) {
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < excerpts.size(); i++) {
            excerpts.get(i).setInvalid(false);
            if (include.get(i).getValue()) {
                chosen.put(draft.helpful().get(i).commentId(), excerpts.get(i).getValue());
            }
        }
        findings.removeAll();
        findings.setVisible(false);
        download.setVisible(false);
        try {
            ConsultationNotes.NoteFile file = notes.export(threadId, chosen);
            byte[] pdf = file.pdf();
            download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), file.fileName(), "application/pdf", pdf.length)));
            download.setVisible(true);
        } catch (NoteRefused refused) {
            findings.add(new Paragraph("The note was not produced. Remove or replace these possible identifying"
                    + " details, then prepare it again:"));
            UnorderedList list = new UnorderedList();
            refused.findings().forEach((field, found) -> {
                list.add(new ListItem(field + ": " + String.join(", ", found)));
                markExcerpt(field, found);
            });
            findings.add(list);
            findings.setVisible(true);
        }
    }

    /** Findings in "Helpful answer N (…)" belong to the N-th included excerpt. */
    private void markExcerpt(String field, List<String> found) {
        if (!field.startsWith("Helpful answer ")) {
            return;
        }
        int n = Integer.parseInt(field.substring("Helpful answer ".length()).split(" ")[0]);
        int seen = 0;
        for (int i = 0; i < excerpts.size(); i++) {
            if (include.get(i).getValue() && ++seen == n) {
                excerpts.get(i).setErrorMessage("Possible identifying details: " + String.join(", ", found));
                excerpts.get(i).setInvalid(true);
            }
        }
    }

    private static String start(String text) {
        return text.length() <= EXCERPT_START
                ? text
                : text.substring(0, EXCERPT_START).strip() + "…";
    }
}

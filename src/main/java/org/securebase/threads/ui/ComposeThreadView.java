package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.DraftService;
import org.securebase.threads.Markdown;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.springframework.security.access.AccessDeniedException;

/** Start a thread in a group: a case consultation, a discussion, or (for supervisors) a reflection prompt. */
@Route("groups/:groupId/new")
@PageTitle("New thread · SecureBase")
@RolesAllowed({"THERAPIST", "SUPERVISOR", "ADMIN"})
public class ComposeThreadView extends VerticalLayout implements BeforeEnterObserver {

    final Select<ThreadKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Post");
    final TextArea question = new TextArea("Your question for colleagues");
    final Checkbox anonymous = new Checkbox("Post as \"Anonymous member\" (supervisors still see who)");
    final Div preview = new Div();
    final Button previewToggle = new Button("Preview");
    final Button post = new Button("Post thread");

    private final ThreadService threads;
    private final GroupService groups;
    private final DraftService drafts;
    private long groupId;

    public ComposeThreadView(ThreadService threads, GroupService groups, DraftService drafts) {
        this.threads = threads;
        this.groups = groups;
        this.drafts = drafts;
        addClassNames("sb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        GroupSummary group;
        try {
            groupId = Long.parseLong(event.getRouteParameters().get("groupId").orElse(""));
            group = groups.group(groupId);
        } catch (NumberFormatException | AccessDeniedException e) {
            add(new H1("This group is private"));
            return;
        }
        List<ThreadKind> kinds = new ArrayList<>(List.of(ThreadKind.CASE_CONSULTATION, ThreadKind.DISCUSSION));
        if (group.canModerate()) {
            kinds.add(ThreadKind.REFLECTION_PROMPT);
        }
        kind.setLabel("Kind");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(ThreadKind::label);
        kind.setValue(ThreadKind.DISCUSSION);
        kind.setId("thread-kind");
        kind.addValueChangeListener(e -> question.setVisible(e.getValue() == ThreadKind.CASE_CONSULTATION));
        Limits.limit(title, ThreadService.TITLE_LIMIT).setWidthFull();
        title.setId("thread-title-field");
        Limits.limit(body, ThreadService.POST_LIMIT).setWidthFull();
        body.setMinHeight("14em");
        body.setId("thread-body-field");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(600);
        body.setPlaceholder("Markdown works: **bold**, *italic*, lists, > quotes, [links](https://...)");
        Limits.limit(question, ThreadService.QUESTION_LIMIT).setWidthFull();
        question.setId("thread-question-field");
        question.setVisible(false);
        question.setHelperText("A case consultation ends in a question to colleagues.");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> saveDraft(e.isFromClient()));
        body.addValueChangeListener(e -> {
            counter();
            saveDraft(e.isFromClient());
        });
        preview.addClassName("sb-markdown");
        preview.addClassName("sb-preview");
        preview.setVisible(false);
        preview.setId("thread-preview");
        previewToggle.addThemeVariants(ButtonVariant.TERTIARY);
        previewToggle.addClickListener(e -> togglePreview());
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setId("post-thread");
        post.addClickListener(e -> submit());
        drafts.load(draftKey()).ifPresent(d -> {
            title.setValue(d.title() == null ? "" : d.title());
            body.setValue(d.body());
        });
        counter();
        Paragraph note = new Paragraph("Posting in " + group.name() + ". Case consultations must not identify "
                + "a client: leave out names, places, dates, contacts and employers.");
        note.addClassName("sb-muted");
        add(new H1("New thread"), note, kind, title, body, preview, question, anonymous,
                new HorizontalLayout(post, previewToggle));
    }

    private void counter() {
        body.setHelperText(String.format("%,d / %,d characters", body.getValue().length(), ThreadService.POST_LIMIT));
    }

    private void saveDraft(boolean fromClient) {
        if (fromClient) {
            drafts.save(draftKey(), title.getValue(), body.getValue());
        }
    }

    private void togglePreview() {
        boolean showing = !preview.isVisible();
        if (showing) {
            preview.getElement().setProperty("innerHTML", Markdown.toHtml(body.getValue()));
        }
        preview.setVisible(showing);
        body.setVisible(!showing);
        previewToggle.setText(showing ? "Back to writing" : "Preview");
    }

    private void submit() {
        Forms.clearErrors(Map.of("title", title, "body", body, "question", question));
        try {
            long id = threads.create(groupId, kind.getValue(), title.getValue(), body.getValue(),
                    question.getValue(), anonymous.getValue());
            drafts.discard(draftKey());
            getUI().ifPresent(ui -> ui.navigate(ThreadView.class,
                    new RouteParameters("threadId", Long.toString(id))));
        } catch (InvalidInputException e) {
            Forms.showErrors(e, Map.of("title", title, "body", body, "question", question));
        }
    }

    private String draftKey() {
        return "thread:" + groupId;
    }
}

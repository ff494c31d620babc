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
import org.securebase.risk.CrisisResources;
import org.securebase.security.Roles;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagPicker;
import org.securebase.tags.TagService;
import org.securebase.threads.DraftService;
import org.securebase.threads.Posted;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.securebase.vignettes.Disclosure;
import org.securebase.vignettes.IdentifierGuard;
import org.securebase.vignettes.IdentifierPanel;
import org.springframework.security.access.AccessDeniedException;

/** Start a thread in a group: a case consultation, a discussion, or (for supervisors) a reflection prompt. */
@Route("groups/:groupId/new")
@PageTitle("New thread · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class ComposeThreadView extends VerticalLayout implements BeforeEnterObserver {

    final Select<ThreadKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Post");
    final TextArea question = new TextArea("Your question for colleagues");
    final Checkbox anonymous = new Checkbox("Post as \"Anonymous member\" (supervisors still see who)");
    final Div preview = new Div();
    final Button previewToggle = new Button("Preview");
    final Button post = new Button("Post thread");
    final TextArea concern = section("Presenting concern");
    final TextArea history = section("Relevant history");
    final TextArea themes = section("Attachment themes");
    final TextArea tried = section("What I have tried");
    final VerticalLayout caseSections = new VerticalLayout(concern, history, themes, tried);
    final Checkbox removed = new Checkbox("I have removed or altered every detail that could identify the client.");
    final Checkbox consent = new Checkbox(
            "I have the client's consent, or the case is disguised as my professional " + "code requires.");
    final Checkbox noMedia = new Checkbox("The post contains no images or recordings of the client.");
    final VerticalLayout attestation = new VerticalLayout(removed, consent, noMedia);
    final IdentifierPanel identifiers;
    final TagPicker tags;
    final com.vaadin.flow.component.html.Span attestationError = new com.vaadin.flow.component.html.Span();

    private final ThreadService threads;
    private final GroupService groups;
    private final DraftService drafts;
    private final CrisisResources crisis;
    private long groupId;

    public ComposeThreadView(
            ThreadService threads,
            GroupService groups,
            DraftService drafts,
            IdentifierGuard guard,
            TagService tagService,
            CrisisResources crisis) {
        this.crisis = crisis;
        this.tags = new TagPicker(tagService);
        this.threads = threads;
        this.groups = groups;
        this.drafts = drafts;
        this.identifiers = new IdentifierPanel(guard);
        addClassNames("sb-page");
        caseSections.setPadding(false);
        attestation.setPadding(false);
        attestation.setSpacing(false);
        attestation.addClassName("sb-attestation");
        attestation.setId("attestation");
        attestationError.addClassName("sb-error-text");
        attestationError.setId("attestation-error");
        attestationError.setVisible(false);
        attestation.add(attestationError);
        removed.setId("attest-removed");
        consent.setId("attest-consent");
        noMedia.setId("attest-no-media");
        identifiers.setId("identifier-panel");
    }

    private static TextArea section(String label) {
        TextArea area = Limits.limit(new TextArea(label), ThreadService.POST_LIMIT / 5);
        area.setWidthFull();
        area.setMinHeight("5em");
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(400);
        return area;
    }

    private boolean caseConsultation() {
        return kind.getValue() == ThreadKind.CASE_CONSULTATION;
    }

    /** The vignette's sections as one Markdown post, each under its heading. */
    String caseBody() {
        StringBuilder out = new StringBuilder();
        for (TextArea area : List.of(concern, history, themes, tried)) {
            if (!area.getValue().isBlank()) {
                out.append("### ")
                        .append(area.getLabel())
                        .append("\n\n")
                        .append(area.getValue().strip())
                        .append("\n\n");
            }
        }
        return out.toString().strip();
    }

    private void restoreCaseBody(String markdown) {
        for (TextArea area : List.of(concern, history, themes, tried)) {
            String heading = "### " + area.getLabel() + "\n\n";
            int at = markdown.indexOf(heading);
            if (at >= 0) {
                int end = markdown.indexOf("\n\n### ", at + heading.length());
                area.setValue(markdown.substring(at + heading.length(), end < 0 ? markdown.length() : end)
                        .strip());
            }
        }
    }

    private void showKind() {
        boolean isCase = caseConsultation();
        question.setVisible(isCase);
        caseSections.setVisible(isCase);
        attestation.setVisible(isCase);
        identifiers.setVisible(isCase);
        body.setVisible(!isCase && !preview.isVisible());
        previewToggle.setVisible(!isCase);
        if (isCase) {
            identifiers.refresh();
        }
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
        kind.addValueChangeListener(e -> {
            showKind();
            suggestTags();
        });
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
            suggestTags();
        });
        title.addValueChangeListener(e -> suggestTags());
        preview.addClassName("sb-markdown");
        preview.addClassName("sb-preview");
        preview.setVisible(false);
        preview.setId("thread-preview");
        previewToggle.addThemeVariants(ButtonVariant.TERTIARY);
        previewToggle.addClickListener(e -> togglePreview());
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setId("post-thread");
        post.addClickListener(e -> submit());
        for (TextArea area : List.of(concern, history, themes, tried)) {
            area.addValueChangeListener(e -> {
                saveDraft(e.isFromClient());
                suggestTags();
            });
        }
        question.setValueChangeMode(ValueChangeMode.TIMEOUT);
        question.setValueChangeTimeout(400);
        identifiers.watch("title", title);
        identifiers.watch("concern", concern);
        identifiers.watch("history", history);
        identifiers.watch("themes", themes);
        identifiers.watch("tried", tried);
        identifiers.watch("question", question);
        drafts.load(draftKey()).ifPresent(d -> {
            title.setValue(d.title() == null ? "" : d.title());
            if (d.body().startsWith("### ")) {
                kind.setValue(ThreadKind.CASE_CONSULTATION);
                restoreCaseBody(d.body());
            } else {
                body.setValue(d.body());
            }
        });
        counter();
        Paragraph note = new Paragraph("Posting in " + group.name() + ". Case consultations must not identify "
                + "a client: leave out names, places, dates, contacts and employers.");
        note.addClassName("sb-muted");
        add(
                new H1("New thread"),
                note,
                kind,
                title,
                body,
                preview,
                caseSections,
                question,
                identifiers,
                tags,
                anonymous,
                attestation,
                new HorizontalLayout(post, previewToggle));
        suggestTags();
        showKind();
    }

    /** Suggests tags from what is written so far: the title and the post or the vignette's sections. */
    void suggestTags() {
        tags.suggestFrom(title.getValue() + "\n" + (caseConsultation() ? caseBody() : body.getValue()));
    }

    private void counter() {
        MarkdownFields.showCount(body, ThreadService.POST_LIMIT);
    }

    private void saveDraft(boolean fromClient) {
        if (fromClient) {
            drafts.save(draftKey(), title.getValue(), caseConsultation() ? caseBody() : body.getValue());
        }
    }

    private void togglePreview() {
        MarkdownFields.togglePreview(body, preview, previewToggle);
    }

    private void submit() {
        Forms.clearErrors(Map.of("title", title, "body", body, "question", question, "concern", concern));
        boolean attested = removed.getValue() && consent.getValue() && noMedia.getValue();
        try {
            String text = caseConsultation() ? caseBody() : body.getValue();
            Posted posted = threads.submit(
                    groupId,
                    kind.getValue(),
                    title.getValue(),
                    text,
                    question.getValue(),
                    anonymous.getValue(),
                    new Disclosure(attested, identifiers.notIdentifying(), identifiers.placeholders()),
                    tags.selectedSlugs());
            drafts.discard(draftKey());
            getUI().ifPresent(ui -> {
                ui.navigate(ThreadView.class, new RouteParameters("threadId", Long.toString(posted.id())));
                if (posted.writerMayBeAtRisk()) {
                    new CrisisDialog(posted.risk(), crisis).open();
                }
            });
        } catch (InvalidInputException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>(e.fieldErrors());
            String attestationProblem = errors.remove("attestation");
            tags.showError(errors.remove("tags"));
            attestationError.setText(attestationProblem == null ? "" : attestationProblem);
            attestationError.setVisible(attestationProblem != null);
            if (!errors.isEmpty()) {
                Forms.showErrors(
                        new InvalidInputException(errors),
                        Map.of("title", title, "body", caseConsultation() ? concern : body, "question", question));
            }
            identifiers.refresh();
        }
    }

    private String draftKey() {
        return "thread:" + groupId;
    }
}

package org.securebase.vignettes;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.securebase.deidentification.Detection;
import org.securebase.deidentification.PlaceholderMap;

/**
 * The identifiers the engine finds in the author's text, highlighted in place and listed with what to do about
 * each: replace it with the placeholder, replace them all, or mark it "not identifying".
 */
public class IdentifierPanel extends Composite<VerticalLayout> {

    final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    public final Div highlighted = new Div();
    final VerticalLayout list = new VerticalLayout();
    public final Button replaceAll = new Button("Replace all");
    final Span status = new Span();

    private final IdentifierGuard guard;
    private final Set<String> notIdentifying = new HashSet<>();
    private final List<Row> rows = new ArrayList<>();
    /** Placeholders already used in the text (or stored with the thread): they never change. */
    private Map<String, String> committed = Map.of();
    /** The placeholders of the last check; committed once the author uses one. */
    private PlaceholderMap working;

    private Long threadId;

    /** One detection in one field, as listed. */
    public record Row(String field, Detection detection, String surface) {}

    /** A panel for a post not stored yet; {@link #forThread} for comments on a stored thread. */
    public IdentifierPanel(IdentifierGuard guard) {
        this.guard = guard;
        this.working = guard.placeholdersFrom(committed);
        status.setId("identifier-status");
        highlighted.addClassName("sb-highlighted");
        highlighted.setId("identifier-highlights");
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("identifier-list");
        replaceAll.addThemeVariants(ButtonVariant.SMALL);
        replaceAll.setId("replace-all");
        replaceAll.addClickListener(e -> replaceAll());
        Span heading = new Span("Identifying details");
        heading.addClassName("sb-panel-heading");
        HorizontalLayout top = new HorizontalLayout(heading, status, replaceAll);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        Paragraph help = new Paragraph("SecureBase checks what you write for names, places, dates, contacts, "
                + "numbers and employers. Nothing is posted while one is unresolved.");
        help.addClassName("sb-muted");
        getContent().add(top, help, highlighted, list);
        getContent().addClassName("sb-identifier-panel");
        getContent().setPadding(true);
    }

    /** Uses the thread's placeholders, and keeps new ones with it so every comment of the thread agrees. */
    public void forThread(long threadId) {
        this.threadId = threadId;
        this.committed = guard.placeholders(threadId).entries();
        this.working = guard.placeholdersFrom(committed);
    }

    /** The placeholders used so far, for the service to keep with a new thread. */
    public PlaceholderMap placeholders() {
        return guard.placeholdersFrom(committed);
    }

    /** Watches a field; its value is checked whenever the field reports a change. */
    public void watch(String name, HasValue<?, String> field) {
        fields.put(name, field);
        field.addValueChangeListener(e -> refresh());
    }

    /** What the "Not identifying" button does, for tests that cannot reach a button inside the list. */
    public void notIdentifyingForTest(String surface) {
        notIdentifying.add(surface);
        refresh();
    }

    public Set<String> notIdentifying() {
        return Set.copyOf(notIdentifying);
    }

    public boolean resolved() {
        return rows.isEmpty();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public void refresh() {
        rows.clear();
        list.removeAll();
        StringBuilder html = new StringBuilder();
        Map<String, String> texts = texts();
        unresolved(texts).forEach((name, found) -> {
            String text = texts.get(name);
            found.forEach(d -> rows.add(new Row(name, d, d.textIn(text))));
            if (!found.isEmpty()) {
                html.append("<p>").append(highlight(text, found)).append("</p>");
            }
        });
        highlighted.getElement().setProperty("innerHTML", html.toString());
        highlighted.setVisible(!rows.isEmpty());
        for (Row row : rows) {
            list.add(rowComponent(row));
        }
        replaceAll.setVisible(rows.size() > 1);
        status.setText(rows.isEmpty() ? "None found" : rows.size() == 1 ? "1 to resolve" : rows.size() + " to resolve");
        status.getElement().getClassList().set("sb-badge", true);
        status.getElement().getClassList().set("success", rows.isEmpty());
        status.getElement().getClassList().set("warning", !rows.isEmpty());
    }

    private HorizontalLayout rowComponent(Row row) {
        Span what = new Span(label(row.detection()) + ": \u201C" + row.surface() + "\u201D");
        what.addClassName("sb-identifier");
        Button replace = new Button("Replace with " + row.detection().replacement(), e -> replace(row));
        replace.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        Button keep = new Button("Not identifying", e -> {
            notIdentifying.add(row.surface());
            refresh();
        });
        keep.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        HorizontalLayout line = new HorizontalLayout(what, replace, keep);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        line.addClassName("sb-identifier-row");
        return line;
    }

    private void replace(Row row) {
        HasValue<?, String> field = fields.get(row.field());
        String text = field.getValue();
        Detection d = row.detection();
        if (d.end() <= text.length() && text.substring(d.start(), d.end()).equals(row.surface())) {
            commit();
            field.setValue(text.substring(0, d.start()) + d.replacement() + text.substring(d.end()));
        }
        refresh();
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((name, field) -> texts.put(name, field.getValue() == null ? "" : field.getValue()));
        return texts;
    }

    /**
     * Every field checked together, so a name found in one is found, with its placeholder, in all. Each check starts
     * from the committed placeholders, so text typed field by field is judged as a whole (a role named later still
     * gives the placeholder) while placeholders already in the text stay as they are.
     */
    private Map<String, List<Detection>> unresolved(Map<String, String> texts) {
        working = guard.placeholdersFrom(committed);
        return guard.unresolved(texts, notIdentifying, working);
    }

    /** The author used placeholders of the last check: keep them for the rest of the thread. */
    private void commit() {
        committed = working.entries();
        if (threadId != null) {
            guard.remember(threadId, working);
        }
    }

    private void replaceAll() {
        Map<String, String> texts = texts();
        Map<String, List<Detection>> all = unresolved(texts);
        commit();
        fields.forEach((name, field) -> {
            String text = texts.get(name);
            List<Detection> found = all.get(name);
            StringBuilder out = new StringBuilder(text);
            for (int i = found.size() - 1; i >= 0; i--) {
                Detection d = found.get(i);
                out.replace(d.start(), d.end(), d.replacement());
            }
            if (!found.isEmpty()) {
                field.setValue(out.toString());
            }
        });
        refresh();
    }

    private static String highlight(String text, List<Detection> found) {
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (Detection d : found) {
            html.append(Entities.escape(text.substring(at, d.start())))
                    .append("<mark title=\"")
                    .append(label(d))
                    .append("\">")
                    .append(Entities.escape(text.substring(d.start(), d.end())))
                    .append("</mark>");
            at = d.end();
        }
        return html.append(Entities.escape(text.substring(at))).toString();
    }

    private static String label(Detection d) {
        return switch (d.type()) {
            case NAME -> "Name";
            case LOC -> "Place";
            case DATE -> "Date";
            case AGE -> "Age over 89";
            case CONTACT -> "Contact";
            case ID -> "Number or handle";
            case ORG -> "Organisation";
        };
    }
}

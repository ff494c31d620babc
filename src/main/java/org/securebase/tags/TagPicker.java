package org.securebase.tags;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Choosing a thread's tags: a searchable list that also matches synonyms ("anxious" finds Ambivalent), and the
 * tags the text suggests, each added only when the author clicks it.
 */
public class TagPicker extends VerticalLayout {

    /** Matches the name, the slug and the synonyms, from the start of any word. */
    public static final ComboBox.ItemFilter<TagInfo> FILTER = (tag, text) -> tag.matches(text);

    final MultiSelectComboBox<TagInfo> box = new MultiSelectComboBox<>("Tags");
    final FlexLayout suggestions = new FlexLayout();
    private final TagService tags;
    private final List<TagInfo> choices;
    private List<TagRef> shown = List.of();

    public TagPicker(TagService tags) {
        this.tags = tags;
        this.choices = tags.taxonomy();
        setPadding(false);
        setSpacing(false);
        box.setItems(FILTER, choices);
        box.setItemLabelGenerator(t -> t.name() + " · " + t.group().label());
        box.setWidthFull();
        box.setId("tag-picker");
        box.setPlaceholder("Search themes, e.g. anxious, secure base, foster");
        box.setHelperText("Case consultations need at least one attachment theme: a pattern, one of Bowlby's "
                + "features, or a relational process.");
        box.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        suggestions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        suggestions.setAlignItems(FlexComponent.Alignment.BASELINE);
        suggestions.addClassName("sb-suggestions");
        suggestions.setId("tag-suggestions");
        suggestions.setVisible(false);
        add(box, suggestions);
    }

    /** Shows the tags the text suggests that are not chosen yet. */
    public void suggestFrom(String text) {
        Set<String> chosen = selectedSlugs();
        List<TagRef> offered = tags.suggest(text).stream()
                .filter(t -> !chosen.contains(t.slug()))
                .toList();
        if (offered.equals(shown)) {
            return; // unchanged: keep the buttons, so a click on the way is not lost
        }
        shown = offered;
        suggestions.removeAll();
        if (!offered.isEmpty()) {
            Span label = new Span("Suggested from your text:");
            label.addClassName("sb-muted");
            suggestions.add(label);
        }
        for (TagRef tag : offered) {
            Button add = new Button(tag.name(), VaadinIcon.PLUS.create(), e -> {
                choose(tag.slug());
                shown = shown.stream().filter(t -> !t.slug().equals(tag.slug())).toList();
                suggestions.remove(e.getSource());
                suggestions.setVisible(!shown.isEmpty());
            });
            add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            add.getElement().setAttribute("data-slug", tag.slug());
            add.addClassName("sb-suggestion");
            suggestions.add(add);
        }
        suggestions.setVisible(!offered.isEmpty());
    }

    public void choose(String slug) {
        choices.stream().filter(t -> t.slug().equals(slug)).findFirst().ifPresent(t -> {
            Set<TagInfo> value = new LinkedHashSet<>(box.getValue());
            value.add(t);
            box.setValue(value);
        });
        box.setInvalid(false);
    }

    public void setSelected(Collection<TagRef> refs) {
        Set<Long> ids = refs.stream().map(TagRef::id).collect(java.util.stream.Collectors.toSet());
        box.setValue(choices.stream()
                .filter(t -> ids.contains(t.id()))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    public Set<String> selectedSlugs() {
        Set<String> slugs = new LinkedHashSet<>();
        box.getValue().forEach(t -> slugs.add(t.slug()));
        return slugs;
    }

    public void showError(String message) {
        box.setErrorMessage(message);
        box.setInvalid(message != null);
    }
}

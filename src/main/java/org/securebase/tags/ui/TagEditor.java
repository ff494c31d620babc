package org.securebase.tags.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagForm;
import org.securebase.tags.TagGroup;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagService;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

/** Adding a tag, or renaming and describing one; a renamed tag's old slug keeps working in links. */
class TagEditor extends Dialog {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Slug (in links)");
    final TextArea description = new TextArea("Description for clinicians");
    final Select<TagGroup> group = new Select<>();
    final TextArea synonyms = new TextArea("Synonyms (comma-separated)");
    final Button save = new Button("Save");

    TagEditor(TagService tags, TagInfo existing, Runnable saved) {
        setHeaderTitle(existing == null ? "New tag" : "Edit " + existing.name());
        Limits.limit(name, 80).setId("tag-name");
        slug.setId("tag-slug");
        slug.setHelperText(
                existing == null
                        ? "Leave empty to make one from the name."
                        : "Links with the old slug keep working after a change.");
        Limits.limit(description, 400).setId("tag-description-field");
        group.setLabel("Group");
        group.setItems(TagGroup.values());
        group.setItemLabelGenerator(TagGroup::label);
        group.setId("tag-group");
        synonyms.setId("tag-synonyms");
        synonyms.setHelperText("The picker finds the tag by these too, e.g. \"anxious\" for Ambivalent.");
        if (existing != null) {
            name.setValue(existing.name());
            slug.setValue(existing.slug());
            description.setValue(existing.description());
            group.setValue(existing.group());
            group.setReadOnly(true);
            synonyms.setValue(String.join(", ", existing.synonyms()));
        }
        FormLayout form = new FormLayout(name, slug, group, description, synonyms);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("36em");
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-tag");
        save.addClickListener(e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of(
                    "name", name, "slug", slug, "description", description, "group", group, "synonyms", synonyms);
            Forms.clearErrors(fields);
            TagForm values = new TagForm(
                    name.getValue(), slug.getValue(), description.getValue(), group.getValue(), synonyms.getValue());
            try {
                if (existing == null) {
                    tags.create(values);
                } else {
                    tags.update(existing.id(), values);
                }
                Forms.success("Tag saved.");
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, fields);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

package org.securebase.tags.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagPicker;
import org.securebase.tags.TagService;
import org.securebase.ui.Forms;

/** Merging a duplicate tag into another: every thread and follower moves, and old links open the other tag. */
class MergeDialog extends Dialog {

    final ComboBox<TagInfo> into = new ComboBox<>("Merge into");
    final Button merge = new Button("Merge");

    MergeDialog(TagService tags, TagInfo from, List<TagInfo> all, Runnable merged) {
        setHeaderTitle("Merge " + from.name());
        into.setItems(
                TagPicker.FILTER,
                all.stream().filter(t -> t.id() != from.id() && !t.retired()).toList());
        into.setItemLabelGenerator(t -> t.name() + " · " + t.group().label());
        into.setWidthFull();
        into.setId("merge-into");
        Paragraph what = new Paragraph("The " + from.threads() + " thread(s) tagged " + from.name() + " and its "
                + "followers move to the tag you choose. Links to \"" + from.slug() + "\" will open that tag.");
        merge.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        merge.setId("confirm-merge");
        merge.addClickListener(e -> {
            if (into.getValue() == null) {
                into.setErrorMessage("Choose the tag to merge into.");
                into.setInvalid(true);
                return;
            }
            try {
                tags.merge(from.id(), into.getValue().id());
                Forms.success(
                        from.name() + " was merged into " + into.getValue().name() + ".");
                close();
                merged.run();
            } catch (InvalidInputException ex) {
                into.setErrorMessage(ex.getMessage());
                into.setInvalid(true);
            }
        });
        add(what, into);
        setWidth("32em");
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }
}

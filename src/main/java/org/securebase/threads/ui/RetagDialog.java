package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagPicker;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadPage;
import org.securebase.threads.ThreadService;

/** Changing a thread's tags, by its author or by a supervisor of the group. */
class RetagDialog extends Dialog {

    final TagPicker picker;

    RetagDialog(ThreadService threads, TagService tags, ThreadPage page, Runnable saved) {
        picker = new TagPicker(tags);
        picker.setSelected(page.tags());
        picker.suggestFrom(page.title() + "\n" + page.bodyMarkdown());
        picker.setWidth("36em");
        setHeaderTitle("Tags for \"" + page.title() + "\"");
        Button save = new Button("Save tags", e -> {
            try {
                threads.retag(page.id(), picker.selectedSlugs());
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                picker.showError(ex.fieldErrors().getOrDefault("tags", ex.getMessage()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-tags");
        Button cancel = new Button("Cancel", e -> close());
        add(picker);
        getFooter().add(cancel, save);
    }
}

package org.securebase.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.securebase.groups.CovenantPage;
import org.securebase.groups.CovenantService;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

/** The supervisors' editor: saving makes a new version, which every member is asked to accept. */
class CovenantEditor extends VerticalLayout {

    final TextArea text = new TextArea("Covenant text");
    final Button save = new Button("Save as a new version");

    CovenantEditor(CovenantService covenants, CovenantPage page, Runnable onSaved) {
        setPadding(false);
        Limits.limit(text, CovenantService.TEXT_LIMIT).setWidthFull();
        text.setValue(page.text());
        text.setId("covenant-editor");
        text.setHelperText("Members are asked to accept each new version before they read the group again.");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-covenant");
        save.addClickListener(e -> {
            Forms.clearErrors(Map.of("text", text));
            try {
                int version = covenants.revise(page.groupId(), text.getValue());
                Forms.success("Version " + version + " saved. Members will be asked to accept it.");
                onSaved.run();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("text", text));
            }
        });
        add(new H2("Edit the covenant"), text, save);
    }
}

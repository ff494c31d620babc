package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.securebase.risk.CrisisResources;
import org.securebase.risk.RiskLevel;

/** A calm message after posting words that read as a crisis; the post itself is published as written. */
class CrisisDialog extends Dialog {

    CrisisDialog(RiskLevel level, CrisisResources resources) {
        setId("crisis-dialog");
        boolean self = level == RiskLevel.SELF;
        setHeaderTitle(self ? "You are not alone with this" : "If someone is in danger now");
        add(new Paragraph(
                self
                        ? "What you wrote sounds very heavy. If you are thinking about ending your "
                                + "life, please reach out to someone now:"
                        : "Some steps that may help right now:"));
        UnorderedList lines = new UnorderedList();
        (self ? resources.self() : resources.urgent()).forEach(line -> lines.add(new ListItem(line)));
        add(lines);
        Paragraph supervisor = new Paragraph(
                self
                        ? "A supervisor of this group has been told and will reach out to you personally."
                        : "The group's supervisors have been alerted and will contact you.");
        supervisor.setId("crisis-supervisor-note");
        add(supervisor);
        Button close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        setWidth("min(34em, 92vw)");
    }
}

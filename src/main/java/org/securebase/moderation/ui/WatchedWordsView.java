package org.securebase.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.securebase.moderation.WatchedAction;
import org.securebase.moderation.WatchedWords;
import org.securebase.security.Roles;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;

@Route("admin/watched-words")
@Menu(title = "Watched words", order = 23, icon = "vaadin:eye")
@PageTitle("Watched words · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class WatchedWordsView extends VerticalLayout {

    final TextField phrase = new TextField("Word or phrase");
    final Select<WatchedAction> action = new Select<>();
    final Button add = new Button("Add");
    final Grid<WatchedWords.Line> grid = new Grid<>();
    private final WatchedWords words;

    public WatchedWordsView(WatchedWords words) {
        this.words = words;
        addClassName("sb-page");
        setHeightFull();
        phrase.setId("watched-phrase");
        action.setLabel("What happens");
        action.setItems(WatchedAction.values());
        action.setItemLabelGenerator(WatchedAction::label);
        action.setValue(WatchedAction.REVIEW);
        action.setId("watched-action");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-watched");
        add.addClickListener(e -> {
            Forms.clearErrors(Map.of("phrase", phrase));
            try {
                words.add(phrase.getValue(), action.getValue());
                phrase.clear();
                refresh();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("phrase", phrase, "action", action));
            }
        });
        grid.addColumn(WatchedWords.Line::phrase).setHeader("Word or phrase").setFlexGrow(1);
        grid.addColumn(l -> l.action().label()).setHeader("What happens").setAutoWidth(true);
        grid.addComponentColumn(l -> {
                    Button remove = new Button("Remove", e -> {
                        words.remove(l.id());
                        refresh();
                    });
                    remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    return remove;
                })
                .setKey("remove")
                .setAutoWidth(true)
                .setFlexGrow(0);
        Paragraph help = new Paragraph("Whole words, any case. Blocked posts are refused with the phrase named; held "
                + "posts wait in the review queue; flagged posts are published and queued.");
        help.addClassName("sb-muted");
        HorizontalLayout form = new HorizontalLayout(phrase, action, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Watched words"), help, form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(words.list());
    }
}

package org.securebase.tags.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.securebase.security.Roles;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagService;
import org.securebase.ui.Forms;

/** Admins keep the taxonomy: add, rename, describe, merge and retire tags. */
@Route("admin/tags")
@Menu(title = "Manage tags", order = 21, icon = "vaadin:tag")
@PageTitle("Manage tags · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class TagsAdminView extends VerticalLayout {

    final Grid<TagInfo> grid = new Grid<>();
    final Button newTag = new Button("New tag", VaadinIcon.PLUS.create());
    final TextField search = new TextField();
    private final TagService tags;
    private List<TagInfo> all = List.of();

    public TagsAdminView(TagService tags) {
        this.tags = tags;
        addClassName("sb-page");
        setHeightFull();
        newTag.addThemeVariants(ButtonVariant.PRIMARY);
        newTag.setId("new-tag");
        newTag.addClickListener(e -> new TagEditor(tags, null, this::refresh).open());
        search.setPlaceholder("Find a tag or synonym");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        search.setId("tag-search");
        grid.addColumn(TagInfo::name).setHeader("Tag").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.group().label()).setHeader("Group").setAutoWidth(true);
        grid.addColumn(TagInfo::slug).setHeader("Slug").setAutoWidth(true);
        grid.addColumn(TagInfo::threads).setHeader("Threads").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
                    Span state = new Span(t.retired() ? "Retired" : "In use");
                    state.getElement().getThemeList().add(t.retired() ? "badge contrast" : "badge success");
                    return state;
                })
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("tags-grid");
        refresh();
        HorizontalLayout bar = new HorizontalLayout(newTag, search);
        add(new H1("Manage tags"), bar, grid);
        expand(grid);
    }

    private HorizontalLayout actions(TagInfo tag) {
        Button edit = small("Edit", e -> new TagEditor(tags, tag, this::refresh).open());
        edit.addClassName("edit-tag");
        Button merge = small("Merge…", e -> new MergeDialog(tags, tag, all, this::refresh).open());
        merge.addClassName("merge-tag");
        Button retire = small(tag.retired() ? "Restore" : "Retire", e -> {
            try {
                tags.retire(tag.id(), !tag.retired());
                Forms.success(tag.name() + (tag.retired() ? " is offered again." : " is retired."));
                refresh();
            } catch (InvalidInputException ex) {
                Forms.error(ex.getMessage());
            }
        });
        retire.addClassName("retire-tag");
        return new HorizontalLayout(edit, merge, retire);
    }

    private static Button small(
            String text,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    void refresh() {
        all = tags.allTags();
        filter();
    }

    private void filter() {
        grid.setItems(all.stream().filter(t -> t.matches(search.getValue())).toList());
    }
}

package org.securebase.tags.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Roles;
import org.securebase.tags.TagChips;
import org.securebase.tags.TagGroup;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagRef;
import org.securebase.tags.TagService;
import org.securebase.ui.Links;

/** The taxonomy by group: each tag with its description and how many threads carry it. */
@Route("tags")
@Menu(title = "Themes", order = 4, icon = "vaadin:tags")
@PageTitle("Themes · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class ThemesView extends VerticalLayout {

    public ThemesView(TagService tags, AccessPolicy access) {
        addClassName("sb-page");
        Paragraph intro = new Paragraph("Attachment themes from Bowlby's and Ainsworth's work, the approaches "
                + "colleagues use, and who the work is with. Open a theme to read its threads, or follow it.");
        intro.addClassName("sb-muted");
        add(new H1("Themes"), intro);
        List<TagRef> followed = tags.followed();
        if (!followed.isEmpty()) {
            Div following = new Div(new Span("You follow: "), TagChips.of(followed));
            following.setId("followed-tags");
            following.addClassName("sb-following");
            add(following);
        }
        if (access.currentActor().map(a -> a.verifier()).orElse(false)) {
            RouterLink map = new RouterLink("Open the theme map", ThemeMapView.class);
            map.setId("open-theme-map");
            add(map);
        }
        Map<TagGroup, List<TagInfo>> byGroup = tags.taxonomy().stream()
                .collect(Collectors.groupingBy(
                        TagInfo::group, () -> new java.util.EnumMap<>(TagGroup.class), Collectors.toList()));
        byGroup.forEach((group, list) -> {
            H2 heading = new H2(group.label());
            Div grid = new Div();
            grid.addClassName("sb-theme-grid");
            list.forEach(tag -> grid.add(card(tag)));
            add(heading, grid);
        });
    }

    private static Div card(TagInfo tag) {
        RouterLink name = Links.to(tag.name(), Links.theme(tag.slug()));
        name.addClassName("sb-theme-name");
        Span count = new Span(tag.threads() == 1 ? "1 thread" : tag.threads() + " threads");
        count.addClassName("sb-muted");
        count.addClassName("sb-theme-count");
        Paragraph description = new Paragraph(tag.description());
        description.addClassName("sb-theme-description");
        Div card = new Div(name, count, description);
        card.addClassName("sb-theme-card");
        card.getElement().setAttribute("data-slug", tag.slug());
        return card;
    }
}

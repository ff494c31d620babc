package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.securebase.security.Roles;
import org.securebase.tags.TagChips;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Links;

/** One theme: what it means, its threads (loaded as the reader scrolls), related themes, and a follow button. */
@Route("tags/:slug")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class TagView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button follow = new Button();
    ThreadList threads;
    private final TagService tags;
    private final ThreadService threadService;
    private TagInfo tag;

    public TagView(TagService tags, ThreadService threadService) {
        this.tags = tags;
        this.threadService = threadService;
        addClassName("sb-page");
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return (tag == null ? "Theme" : tag.name()) + " · SecureBase";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<TagInfo> found = tags.resolve(slug);
        if (found.isEmpty()) {
            tag = null;
            H1 missing = new H1("No theme is called \"" + slug + "\"");
            missing.setId("tag-missing");
            add(missing, Links.to("See all themes", "tags"));
            return;
        }
        tag = found.get();
        if (!tag.slug().equals(slug)) {
            event.forwardTo(TagView.class, new RouteParameters("slug", tag.slug()));
            return;
        }
        H1 title = new H1(tag.name());
        title.setId("tag-title");
        Span group = new Span(tag.group().label());
        group.addClassName("sb-muted");
        follow.setId("follow-tag");
        follow.addClickListener(e -> {
            tags.follow(tag.id(), !tags.follows(tag.id()));
            showFollow();
        });
        showFollow();
        HorizontalLayout heading = new HorizontalLayout(title, follow);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        Paragraph description = new Paragraph(tag.description());
        description.setId("tag-description");
        add(heading, group, description);
        if (tag.retired()) {
            Span retired = new Span("This theme is retired: it stays on older threads but is no longer offered.");
            retired.addClassName("sb-muted");
            add(retired);
        }
        if (!tag.synonyms().isEmpty()) {
            Span synonyms = new Span("Also called: " + String.join(", ", tag.synonyms()));
            synonyms.addClassName("sb-muted");
            add(synonyms);
        }
        var related = tags.related(tag.id(), 8);
        if (!related.isEmpty()) {
            var chips = TagChips.of(related);
            chips.setId("related-tags");
            add(new Span("Often together with:"), chips);
        }
        H2 count = new H2(tag.threads() == 1 ? "1 thread" : tag.threads() + " threads");
        threads = new ThreadList(threadService);
        threads.setId("tag-threads");
        threads.setMinHeight("360px");
        threads.show(ThreadQuery.tagged(List.of(tag.slug())));
        add(count, threads);
        setFlexGrow(1, threads);
    }

    private void showFollow() {
        boolean following = tags.follows(tag.id());
        follow.setText(following ? "Following" : "Follow");
        follow.setIcon(following ? VaadinIcon.CHECK.create() : VaadinIcon.BELL.create());
        follow.removeThemeVariants(ButtonVariant.PRIMARY);
        if (!following) {
            follow.addThemeVariants(ButtonVariant.PRIMARY);
        }
        follow.getElement().setAttribute("aria-pressed", Boolean.toString(following));
    }
}

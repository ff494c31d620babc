package org.securebase.tags;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.securebase.ui.Links;

/** A thread's tags as small links to their theme pages. */
public final class TagChips {

    private TagChips() {}

    public static FlexLayout of(List<TagRef> tags) {
        FlexLayout chips = new FlexLayout();
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassName("sb-tags");
        for (TagRef tag : tags) {
            RouterLink link = Links.to(tag.name(), Links.theme(tag.slug()));
            link.addClassName("sb-tag");
            link.addClassName("sb-tag-" + tag.group().name().toLowerCase());
            link.getElement().setAttribute("title", tag.group().label());
            chips.add(link);
        }
        chips.setVisible(!tags.isEmpty());
        return chips;
    }

    public static Span plain(TagRef tag) {
        Span chip = new Span(tag.name());
        chip.addClassName("sb-tag");
        return chip;
    }
}

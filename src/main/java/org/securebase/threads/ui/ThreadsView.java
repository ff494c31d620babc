package org.securebase.threads.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.security.Roles;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagPicker;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;

/** All threads a member may read, filtered and sorted; the filter lives in the URL so it can be shared. */
@Route("threads")
@Menu(title = "Threads", order = 2, icon = "vaadin:comments")
@PageTitle("Threads · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class ThreadsView extends VerticalLayout implements BeforeEnterObserver {

    final Select<GroupSummary> group = new Select<>();
    final Select<ThreadKind> kind = new Select<>();
    final Select<ThreadQuery.Sort> sort = new Select<>();
    final Checkbox unanswered = new Checkbox("Unanswered");
    final Checkbox mine = new Checkbox("Mine");
    final MultiSelectComboBox<TagInfo> tags = new MultiSelectComboBox<>("Tags (all of)");
    final Span unknownTags = new Span();
    final ThreadList list;

    private boolean updating;

    private final TagService tagService;

    public ThreadsView(ThreadService threads, GroupService groups, TagService tagService) {
        this.tagService = tagService;
        addClassName("sb-page");
        setHeightFull();
        list = new ThreadList(threads);
        List<GroupSummary> visible = groups.visibleGroups();
        group.setLabel("Group");
        group.setItems(visible);
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption("All my groups");
        group.setItemLabelGenerator(g -> g == null ? "All my groups" : g.name());
        kind.setLabel("Kind");
        kind.setItems(ThreadKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind");
        kind.setItemLabelGenerator(k -> k == null ? "Any kind" : k.label());
        sort.setLabel("Sort by");
        sort.setItems(ThreadQuery.Sort.values());
        sort.setItemLabelGenerator(ThreadQuery.Sort::label);
        sort.setValue(ThreadQuery.Sort.LATEST_ACTIVITY);
        tags.setItems(TagPicker.FILTER, tagService.taxonomy());
        tags.setItemLabelGenerator(TagInfo::name);
        tags.setId("tag-filter");
        tags.setWidth("24em");
        tags.addValueChangeListener(e -> filterChanged());
        unknownTags.addClassName("sb-error-text");
        unknownTags.setId("unknown-tags");
        unknownTags.setVisible(false);
        group.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        sort.addValueChangeListener(e -> filterChanged());
        unanswered.addValueChangeListener(e -> filterChanged());
        mine.addValueChangeListener(e -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(group, kind, tags, sort, unanswered, mine);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Threads"), filters, unknownTags, list);
        expand(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        updating = true;
        group.setValue(first(params, "group")
                .flatMap(id -> group.getListDataView()
                        .getItems()
                        .filter(g -> Long.toString(g.id()).equals(id))
                        .findFirst())
                .orElse(null));
        kind.setValue(
                first(params, "kind").flatMap(k -> parse(ThreadKind.class, k)).orElse(null));
        sort.setValue(first(params, "sort")
                .flatMap(s -> parse(ThreadQuery.Sort.class, s))
                .orElse(ThreadQuery.Sort.LATEST_ACTIVITY));
        unanswered.setValue(first(params, "unanswered").isPresent());
        mine.setValue(first(params, "mine").isPresent());
        List<String> unknown = new java.util.ArrayList<>();
        Set<TagInfo> chosen = new LinkedHashSet<>();
        for (String slug : first(params, "tags").map(v -> List.of(v.split(","))).orElse(List.of())) {
            if (!slug.isBlank()) {
                tagService.resolve(slug).ifPresentOrElse(chosen::add, () -> unknown.add(slug.strip()));
            }
        }
        tags.setValue(tags.getListDataView()
                .getItems()
                .filter(t -> chosen.stream().anyMatch(c -> c.id() == t.id()))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        unknownTags.setText(
                unknown.isEmpty()
                        ? ""
                        : "No theme is called " + String.join(", ", unknown)
                                + "; showing threads without that filter.");
        unknownTags.setVisible(!unknown.isEmpty());
        updating = false;
        list.show(query());
    }

    ThreadQuery query() {
        return new ThreadQuery(
                group.getValue() == null ? null : group.getValue().id(),
                kind.getValue(),
                unanswered.getValue(),
                mine.getValue(),
                sort.getValue(),
                tags.getValue().stream().map(TagInfo::slug).toList());
    }

    private void filterChanged() {
        if (updating) {
            return;
        }
        list.show(query());
        Map<String, String> params = new LinkedHashMap<>();
        if (group.getValue() != null) {
            params.put("group", Long.toString(group.getValue().id()));
        }
        if (kind.getValue() != null) {
            params.put("kind", kind.getValue().name().toLowerCase());
        }
        if (!tags.getValue().isEmpty()) {
            params.put(
                    "tags",
                    String.join(",", tags.getValue().stream().map(TagInfo::slug).toList()));
        }
        if (sort.getValue() != ThreadQuery.Sort.LATEST_ACTIVITY) {
            params.put("sort", sort.getValue().name().toLowerCase());
        }
        if (unanswered.getValue()) {
            params.put("unanswered", "");
        }
        if (mine.getValue()) {
            params.put("mine", "");
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new com.vaadin.flow.router.Location("threads", QueryParameters.simple(params))));
    }

    private static java.util.Optional<String> first(Map<String, List<String>> params, String key) {
        return params.getOrDefault(key, List.of()).stream().findFirst();
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String value) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, value.toUpperCase()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

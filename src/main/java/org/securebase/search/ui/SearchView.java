package org.securebase.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.search.SearchHit;
import org.securebase.search.SearchQuery;
import org.securebase.search.SearchService;
import org.securebase.security.Roles;
import org.securebase.tags.TagChips;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagPicker;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadLinks;
import org.securebase.ui.Badges;
import org.securebase.ui.Times;

/**
 * {@code /search?q=WORDS}: posts and comments the member may read, one row each, loaded as the reader scrolls.
 * Every filter is in the URL, so a search can be shared or bookmarked.
 */
@Route("search")
@Menu(title = "Search", order = 3, icon = "vaadin:search")
@PageTitle("Search · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    final TextField words = new TextField();
    final Select<GroupSummary> group = new Select<>();
    final Select<SearchQuery.Part> part = new Select<>();
    final MultiSelectComboBox<TagInfo> tags = new MultiSelectComboBox<>("Tags (all of)");
    final ComboBox<SearchService.Author> author = new ComboBox<>("Author");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Checkbox casesOnly = new Checkbox("In case consultations only");
    final Checkbox mine = new Checkbox("Only my posts");
    final Select<SearchQuery.Sort> sort = new Select<>();
    final Span summary = new Span();
    final Grid<SearchHit> results = new Grid<>();

    private final SearchService search;
    private final TagService tagService;
    private boolean updating;

    public SearchView(SearchService search, GroupService groups, TagService tagService) {
        this.search = search;
        this.tagService = tagService;
        addClassName("sb-page");
        setHeightFull();
        words.setId("search-words");
        words.setPlaceholder("Words, \"a phrase\", -exclude");
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setWidth("32em");
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setValueChangeTimeout(300);
        words.setAriaLabel("Search");
        group.setLabel("Group");
        group.setItems(groups.visibleGroups());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption("All my groups");
        group.setItemLabelGenerator(g -> g == null ? "All my groups" : g.name());
        part.setLabel("Posts or comments");
        part.setItems(SearchQuery.Part.values());
        part.setEmptySelectionAllowed(true);
        part.setEmptySelectionCaption("Both");
        part.setItemLabelGenerator(p -> p == null ? "Both" : p.label());
        tags.setItems(TagPicker.FILTER, tagService.taxonomy());
        tags.setItemLabelGenerator(TagInfo::name);
        author.setItems(search.authors());
        author.setItemLabelGenerator(SearchService.Author::displayName);
        author.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        sort.setLabel("Sort by");
        sort.setItems(SearchQuery.Sort.values());
        sort.setItemLabelGenerator(SearchQuery.Sort::label);
        sort.setValue(SearchQuery.Sort.RELEVANCE);
        words.addValueChangeListener(e -> filterChanged());
        group.addValueChangeListener(e -> filterChanged());
        part.addValueChangeListener(e -> filterChanged());
        tags.addValueChangeListener(e -> filterChanged());
        author.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        casesOnly.addValueChangeListener(e -> filterChanged());
        mine.addValueChangeListener(e -> filterChanged());
        sort.addValueChangeListener(e -> filterChanged());

        results.setId("search-results");
        results.addComponentColumn(SearchView::describe).setHeader("Results").setFlexGrow(1);
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        results.setSelectionMode(Grid.SelectionMode.NONE);
        results.setPageSize(SearchService.PAGE);
        summary.setId("search-summary");
        summary.addClassName("sb-muted");
        HorizontalLayout filters = new HorizontalLayout(group, part, tags, author, from, to, sort, casesOnly, mine);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Search"), words, filters, summary, results);
        expand(results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        updating = true;
        words.setValue(first(params, "q").orElse(""));
        group.setValue(first(params, "group")
                .flatMap(id -> group.getListDataView()
                        .getItems()
                        .filter(g -> Long.toString(g.id()).equals(id))
                        .findFirst())
                .orElse(null));
        part.setValue(first(params, "in")
                .flatMap(v -> parse(SearchQuery.Part.class, v))
                .orElse(null));
        Set<String> slugs = first(params, "tags").map(v -> Set.of(v.split(","))).orElse(Set.of());
        Set<Long> chosen = slugs.stream()
                .map(tagService::resolve)
                .flatMap(Optional::stream)
                .map(TagInfo::id)
                .collect(Collectors.toSet());
        tags.setValue(tags.getListDataView()
                .getItems()
                .filter(t -> chosen.contains(t.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        author.setValue(first(params, "author")
                .flatMap(id -> author.getListDataView()
                        .getItems()
                        .filter(a -> Long.toString(a.id()).equals(id))
                        .findFirst())
                .orElse(null));
        from.setValue(first(params, "from").flatMap(SearchView::date).orElse(null));
        to.setValue(first(params, "to").flatMap(SearchView::date).orElse(null));
        casesOnly.setValue(params.containsKey("cases"));
        mine.setValue(params.containsKey("mine"));
        sort.setValue(first(params, "sort")
                .flatMap(v -> parse(SearchQuery.Sort.class, v))
                .orElse(SearchQuery.Sort.RELEVANCE));
        updating = false;
        show();
    }

    SearchQuery query() {
        return new SearchQuery(
                words.getValue(),
                group.getValue() == null ? null : group.getValue().id(),
                part.getValue(),
                tags.getValue().stream().map(TagInfo::slug).toList(),
                author.getValue() == null ? null : author.getValue().id(),
                from.getValue(),
                to.getValue(),
                casesOnly.getValue(),
                mine.getValue(),
                sort.getValue());
    }

    /** The URL's query string for the current search and filters. */
    static QueryParameters parameters(SearchQuery query, List<String> tagSlugs) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            params.put("q", query.text());
        }
        if (query.groupId() != null) {
            params.put("group", Long.toString(query.groupId()));
        }
        if (query.part() != null) {
            params.put("in", query.part().name().toLowerCase());
        }
        if (!tagSlugs.isEmpty()) {
            params.put("tags", String.join(",", tagSlugs));
        }
        if (query.authorId() != null) {
            params.put("author", Long.toString(query.authorId()));
        }
        if (query.from() != null) {
            params.put("from", query.from().toString());
        }
        if (query.to() != null) {
            params.put("to", query.to().toString());
        }
        if (query.casesOnly()) {
            params.put("cases", "");
        }
        if (query.mine()) {
            params.put("mine", "");
        }
        if (query.sort() != SearchQuery.Sort.RELEVANCE) {
            params.put("sort", query.sort().name().toLowerCase());
        }
        return QueryParameters.simple(params);
    }

    private void filterChanged() {
        if (updating) {
            return;
        }
        show();
        SearchQuery query = query();
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("search", parameters(query, query.tags()))));
    }

    private void show() {
        SearchQuery query = query();
        if (query.text() == null || query.text().isBlank()) {
            results.setItems(List.of());
            results.setEmptyStateText("Type words to search the posts and comments you can read.");
            summary.setText("");
            return;
        }
        int count = search.count(query);
        summary.setText(summary(count));
        results.setEmptyStateText(
                query.filtered()
                        ? "Nothing matches with these filters. Try removing a filter."
                        : "Nothing matches. Try fewer or different words.");
        int listed = Math.min(count, SearchService.MAX_RESULTS);
        results.setItems(q -> search.search(query, q.getOffset(), q.getLimit()).stream(), q -> listed);
    }

    /** The result count as the reader sees it; beyond the listed maximum the exact number is not counted. */
    static String summary(int count) {
        if (count > SearchService.MAX_RESULTS) {
            return String.format(
                    Locale.ENGLISH,
                    "%,d+ results; the first %,d are listed. Add a word or a filter to narrow them.",
                    SearchService.MAX_RESULTS,
                    SearchService.MAX_RESULTS);
        }
        return count == 1 ? "1 result" : String.format(Locale.ENGLISH, "%,d results", count);
    }

    /** Where a result opens: the thread, scrolled to the comment. */
    public static String link(SearchHit hit) {
        return "threads/" + hit.threadId() + (hit.commentId() == null ? "" : "?comment=" + hit.commentId());
    }

    private static Component describe(SearchHit hit) {
        RouterLink title = ThreadLinks.thread("", hit.threadId());
        if (hit.commentId() != null) {
            title.setQueryParameters(QueryParameters.of("comment", Long.toString(hit.commentId())));
        }
        title.add(new Html("<span>" + hit.titleHtml() + "</span>"));
        title.addClassName("sb-thread-title");
        title.addClassName("sb-search-link");
        Div head = new Div(
                title,
                new Span(" "),
                Badges.of(hit.isComment() ? "Comment" : "Post", null),
                new Span(" "),
                Badges.of(hit.kind().label(), "contrast"));
        Span meta = new Span(hit.groupName() + " · " + hit.author() + " · ");
        meta.addClassName("sb-muted");
        Div metaLine = new Div(meta, Times.relative(hit.createdAt()));
        Html excerpt = new Html("<div class=\"sb-excerpt\">" + hit.excerptHtml() + "</div>");
        Div cell = new Div(head, metaLine, excerpt, TagChips.of(hit.tags()));
        cell.addClassName("sb-search-hit");
        return cell;
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return params.getOrDefault(key, List.of()).stream().findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

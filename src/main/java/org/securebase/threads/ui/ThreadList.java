package org.securebase.threads.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.securebase.tags.TagChips;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadSummary;
import org.securebase.ui.Badges;
import org.securebase.ui.Times;

/** Threads, loaded lazily a page at a time. */
public class ThreadList extends Grid<ThreadSummary> {

    private final ThreadService threads;

    public ThreadList(ThreadService threads) {
        this.threads = threads;
        addComponentColumn(ThreadList::describe).setHeader("Thread").setFlexGrow(1);
        addColumn(ThreadSummary::commentCount)
                .setHeader("Comments")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(t -> Times.relative(t.lastActivityAt()))
                .setHeader("Last activity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(false);
        setEmptyStateText("No threads here yet.");
    }

    public void show(ThreadQuery query) {
        setItems(q -> threads.threads(query, q.getOffset(), q.getLimit()).stream(), q -> threads.count(query));
    }

    private static Component describe(ThreadSummary t) {
        RouterLink title =
                new RouterLink(t.title(), ThreadView.class, new RouteParameters("threadId", Long.toString(t.id())));
        title.addClassName("sb-thread-title");
        Span meta = new Span(t.groupName() + " · " + t.author());
        meta.addClassName("sb-muted");
        Badges.staff(t.authorBadge()).ifPresent(badge -> meta.add(new Span(" "), badge));
        Div cell = new Div(title, new Span(" "), Badges.of(t.kind().label(), null));
        if (t.loopState() != null) {
            Span state = Badges.of(t.loopState().label(), t.loopState().theme());
            state.addClassName("sb-loop-state");
            cell.add(new Span(" "), state);
        }
        if (t.pinned()) {
            cell.add(new Span(" "), Badges.of("Pinned", "contrast"));
        }
        if (t.summarised()) {
            cell.add(new Span(" "), Badges.of("Summarised", "success"));
        }
        return new Div(cell, meta, TagChips.of(t.tags()));
    }
}

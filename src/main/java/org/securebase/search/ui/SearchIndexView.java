package org.securebase.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executor;
import org.securebase.search.SearchIndex;
import org.securebase.security.Roles;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Admins rebuild the search index from the posts and comments (after restoring a backup, say). It runs in the
 * background, as the signed-in admin, and the bar follows it through Push; searches keep the old index until the
 * new one is complete.
 */
@Route("admin/search")
@Menu(title = "Search index", order = 26, icon = "vaadin:refresh")
@PageTitle("Search index · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class SearchIndexView extends VerticalLayout {

    final Button rebuild = new Button("Rebuild the search index");
    final ProgressBar progress = new ProgressBar();
    final Span result = new Span();
    /** Where the rebuild runs; tests run it in place. */
    Executor runner = task -> Thread.ofVirtual().name("search-rebuild").start(task);

    private final SearchIndex index;

    public SearchIndexView(SearchIndex index) {
        this.index = index;
        addClassNames("sb-page", "sb-narrow");
        Paragraph help = new Paragraph("The index follows every post, comment, edit, hide, move and redaction as "
                + "it happens. Rebuild it only after restoring a backup or changing the database by hand. It holds "
                + index.count() + " entries.");
        help.addClassName("sb-muted");
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.PRIMARY);
        rebuild.addClickListener(e -> rebuild());
        progress.setVisible(false);
        result.setId("rebuild-result");
        add(new H1("Search index"), help, rebuild, progress, result);
    }

    void rebuild() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        result.setText("Rebuilding…");
        runner.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                int entries = index.rebuildAsAdmin((done, total) ->
                        update(ui, () -> progress.setValue(total == 0 ? 1 : done / (double) total)));
                update(ui, () -> finished(entries + " entries indexed."));
            } catch (RuntimeException e) {
                update(ui, () -> finished("The rebuild failed and changed nothing: " + e.getMessage()));
            }
        }));
    }

    private void finished(String message) {
        progress.setValue(1);
        result.setText(message);
        rebuild.setEnabled(true);
    }

    private static void update(UI ui, Runnable change) {
        if (UI.getCurrent() == ui) {
            change.run();
        } else {
            ui.access(change::run);
        }
    }
}

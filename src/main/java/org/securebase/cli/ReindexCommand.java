package org.securebase.cli;

import org.securebase.search.SearchIndex;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code reindex}: rebuilds the search index from the posts and comments, printing progress and the count. */
class ReindexCommand implements CommandLine.Subcommand {

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "rebuild the search index from the posts and comments";
    }

    @Override
    public int run(String[] args) {
        try (ConfigurableApplicationContext context = Spring.start(CreateAdminCommand.springOptions(args))) {
            int entries = context.getBean(SearchIndex.class)
                    .rebuildAsSystem((done, total) -> System.err.printf("indexed %d of %d threads%n", done, total));
            System.out.println("entries=" + entries);
            return CommandLine.OK;
        } catch (RuntimeException e) {
            System.err.println("The rebuild failed and changed nothing: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }
}

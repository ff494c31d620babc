package org.securebase.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.search.SearchHit;
import org.securebase.search.SearchQuery;
import org.securebase.search.SearchService;
import org.securebase.search.SearchServiceTest;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.ViewTest;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    long member;
    long group;
    String word;
    long thread;
    long comment;

    @BeforeEach
    void content() {
        long admin = accounts.active("View Admin", Role.ADMIN);
        member = accounts.active("View Member", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm("Search view " + UUID.randomUUID(), "Private.", false, Set.of(), Set.of(member)));
        accounts.signInAs(member);
        word = SearchServiceTest.word();
        thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Title with " + word,
                "Body.",
                null,
                false,
                Disclosure.none(),
                List.of("repair"));
        comment = threads.postComment(thread, null, "A comment saying " + word + " twice: " + word, false);
    }

    @Test
    void theQueryAndFiltersComeFromTheUrl() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        SearchView.class,
                        com.vaadin.flow.router.QueryParameters.fromString("q=" + word + "&group=" + group
                                + "&in=comments&tags=repair&sort=newest&mine&from=2020-01-01"));
        SearchView view = (SearchView) getCurrentView();

        assertThat(view.words.getValue()).isEqualTo(word);
        assertThat(view.group.getValue().id()).isEqualTo(group);
        assertThat(view.part.getValue()).isEqualTo(SearchQuery.Part.COMMENTS);
        assertThat(view.tags.getValue()).extracting(t -> t.slug()).containsExactly("repair");
        assertThat(view.sort.getValue()).isEqualTo(SearchQuery.Sort.NEWEST);
        assertThat(view.mine.getValue()).isTrue();
        assertThat(view.from.getValue()).hasToString("2020-01-01");
        assertThat(test(view.results).size()).isEqualTo(1);
        SearchHit hit = test(view.results).getRow(0);
        assertThat(hit.commentId()).isEqualTo(comment);
        assertThat(hit.excerptHtml()).contains("<mark>" + word + "</mark>");
        assertThat(SearchView.link(hit)).isEqualTo("threads/" + thread + "?comment=" + comment);
        assertThat(view.summary.getText()).isEqualTo("1 result");
        assertThat(SearchView.parameters(view.query(), view.query().tags()).getQueryString())
                .contains("q=" + word)
                .contains("in=comments")
                .contains("tags=repair")
                .contains("sort=newest")
                .contains("mine")
                .contains("from=2020-01-01");
    }

    @Test
    void beyondTheMaximumTheSummarySaysMore() {
        assertThat(SearchView.summary(1)).isEqualTo("1 result");
        assertThat(SearchView.summary(SearchService.MAX_RESULTS)).isEqualTo("1,000 results");
        assertThat(SearchView.summary(SearchService.MAX_RESULTS + 1)).startsWith("1,000+ results");
    }

    @Test
    void typingAndChangingFiltersSearchesAgain() {
        SearchView view = navigate("search", SearchView.class);
        assertThat(test(view.results).size()).isZero();

        test(view.words).setValue(word);
        assertThat(test(view.results).size()).isEqualTo(2);
        assertThat(test(view.results).getRow(0).commentId())
                .as("the title match comes first")
                .isNull();

        test(view.part).selectItem("Posts");
        assertThat(test(view.results).size()).isEqualTo(1);

        test(view.casesOnly).click();
        assertThat(test(view.results).size()).isZero();
        assertThat(view.results.getEmptyStateText()).contains("Try removing a filter");
    }
}

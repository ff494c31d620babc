package org.securebase.threads.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagRef;
import org.securebase.tags.TaggedGroupViewTest;

class ThreadTaggingTest extends TaggedGroupViewTest {

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<TagInfo> picker() {
        return $(MultiSelectComboBox.class).id("tag-picker");
    }

    @Test
    void thePickerFindsATagByItsSynonym() {
        accounts.signInAs(author);
        navigate("groups/" + group + "/new", ComposeThreadView.class);
        var tester = test(picker());
        tester.setFilter("anxious");
        assertThat(tester.getSuggestions()).contains("Ambivalent · Attachment pattern");
        tester.setFilter("reflective");
        assertThat(tester.getSuggestions()).containsExactly("Mentalization · Relational process");
        tester.setFilter("zzz");
        assertThat(tester.getSuggestions()).isEmpty();
    }

    @Test
    void suggestionsFromTheTextAreAddedOnlyWhenClicked() {
        accounts.signInAs(author);
        ComposeThreadView compose = navigate("groups/" + group + "/new", ComposeThreadView.class);
        test(compose.kind).selectItem("Case consultation");
        test(compose.title).setValue("A teenager who keeps me at a distance");
        test(compose.concern).setValue("He says he doesn't need anyone and prefers his own company.");
        Button avoidant = $(Button.class).withAttribute("data-slug", "avoidant").single();
        assertThat(picker().getValue()).as("never applied by itself").isEmpty();
        test(avoidant).click();
        assertThat(picker().getValue()).extracting(TagInfo::slug).containsExactly("avoidant");
        assertThat($(Button.class).withAttribute("data-slug", "avoidant").all())
                .as("a chosen tag is not offered")
                .isEmpty();
    }

    @Test
    void threadListsFilterByTwoTagsFromTheUrl() {
        long both = discussion("Avoidant teen", "avoidant", "adolescents");
        discussion("Avoidant adult", "avoidant", "adults");
        accounts.signInAs(author);
        UI.getCurrent()
                .navigate(
                        "threads",
                        QueryParameters.simple(Map.of("tags", "avoidant,adolescents", "group", Long.toString(group))));
        ThreadsView view = (ThreadsView) getCurrentView();
        assertThat(view.tags.getValue()).extracting(TagInfo::slug).containsExactlyInAnyOrder("avoidant", "adolescents");
        assertThat(test(view.list).size()).isEqualTo(1);
        assertThat(test(view.list).getRow(0).id()).isEqualTo(both);
        UI.getCurrent().navigate("threads", QueryParameters.simple(Map.of("tags", "dismissive-nonsense")));
        assertThat(((ThreadsView) getCurrentView()).unknownTags.getText()).contains("dismissive-nonsense");
    }

    @Test
    void aSupervisorRetagsAThreadFromItsPage() {
        long thread = discussion("Needs better tags", "grief");
        accounts.signInAs(supervisor);
        navigate("threads/" + thread, ThreadView.class);
        test($(Button.class)
                        .from((com.vaadin.flow.component.Component) test($(com.vaadin.flow.component.grid.Grid.class)
                                        .id("comments"))
                                .getCellComponent(0, 0))
                        .id("edit-tags"))
                .click();
        assertThat(picker().getValue())
                .as("the current tags are preselected")
                .extracting(TagInfo::slug)
                .containsExactly("grief");
        test(picker()).selectItem("Grief · Context", "Older adults · Population");
        test($(Button.class).id("save-tags")).click();
        assertThat(threads.open(thread).tags()).extracting(TagRef::slug).containsExactly("older-adults", "grief");
    }
}

package org.securebase.tags.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.tags.TagInfo;
import org.securebase.tags.TagRef;
import org.securebase.tags.TaggedGroupViewTest;
import org.securebase.threads.ui.TagView;
import org.securebase.threads.ui.ThreadsView;
import org.securebase.ui.Chart;
import tools.jackson.databind.JsonNode;

class TagViewsTest extends TaggedGroupViewTest {

    @Test
    void theThemesPageShowsEveryGroupWithDescriptionsAndCounts() {
        TagInfo rare = newTag("Counted theme " + UUID.randomUUID());
        discussion("Counted", rare.slug());
        accounts.signInAs(author);
        ThemesView view = navigate(ThemesView.class);
        List<String> headings = $(com.vaadin.flow.component.html.H2.class).from(view).all().stream()
                .map(h -> h.getText())
                .toList();
        assertThat(headings)
                .containsExactly(
                        "Attachment pattern",
                        "Bowlby's features",
                        "Relational process",
                        "Approach",
                        "Population",
                        "The clinician",
                        "Context");
        var card = $(com.vaadin.flow.component.html.Div.class)
                .withAttribute("data-slug", rare.slug())
                .single();
        assertThat(card.getElement().getTextRecursively())
                .contains(rare.name(), "1 thread", "A test tag for clinicians.");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withAttribute("data-slug", "secure-base")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("dependable base");
    }

    @Test
    void aMemberFollowsATagFromItsPageWhichListsItsThreads() {
        TagInfo tag = newTag("Followed theme " + UUID.randomUUID());
        long thread = discussion("Tagged thread", tag.slug(), "grief");
        accounts.signInAs(author);
        navigate("tags/" + tag.slug(), TagView.class);
        assertThat($(H1.class).id("tag-title").getText()).isEqualTo(tag.name());
        assertThat(test($(org.securebase.threads.ui.ThreadList.class).id("tag-threads"))
                        .size())
                .isEqualTo(1);
        assertThat(test($(org.securebase.threads.ui.ThreadList.class).id("tag-threads"))
                        .getRow(0)
                        .id())
                .isEqualTo(thread);
        assertThat($(Button.class).id("follow-tag").getText()).isEqualTo("Follow");
        test($(Button.class).id("follow-tag")).click();
        assertThat($(Button.class).id("follow-tag").getText()).isEqualTo("Following");
        assertThat(tags.follows(tag.id())).isTrue();
        assertThat(tags.related(tag.id(), 5)).extracting(TagRef::slug).containsExactly("grief");
        test($(Button.class).id("follow-tag")).click();
        assertThat(tags.follows(tag.id())).isFalse();
    }

    @Test
    void anAdminRenamesATagAndTheOldLinkStillOpensIt() {
        TagInfo tag = newTag("Before rename " + UUID.randomUUID());
        accounts.signInAs(admin);
        TagsAdminView admin = navigate(TagsAdminView.class);
        test(admin.search).setValue(tag.name());
        assertThat(test(admin.grid).size()).isEqualTo(1);
        test((Button) test(admin.grid)
                        .getCellComponent(0, "actions")
                        .getChildren()
                        .findFirst()
                        .orElseThrow())
                .click();
        TagEditor editor = $(TagEditor.class).single();
        String newSlug = "after-rename-" + UUID.randomUUID().toString().substring(0, 8);
        test(editor.name).setValue("After rename");
        test(editor.slug).setValue(newSlug);
        test(editor.synonyms).setValue("renamed, moved");
        test(editor.save).click();
        assertThat(tags.resolve(newSlug).orElseThrow().synonyms()).containsExactly("moved", "renamed");
        navigate("tags/" + tag.slug(), TagView.class);
        assertThat($(H1.class).id("tag-title").getText())
                .as("old slug forwards")
                .isEqualTo("After rename");
    }

    @Test
    void theAdminEditorShowsProblemsNextToTheFields() {
        accounts.signInAs(admin);
        TagsAdminView admin = navigate(TagsAdminView.class);
        test(admin.newTag).click();
        TagEditor editor = $(TagEditor.class).single();
        test(editor.name).setValue("Secure base again");
        test(editor.slug).setValue("secure-base");
        test(editor.save).click();
        assertThat(editor.slug.isInvalid()).isTrue();
        assertThat(editor.slug.getErrorMessage()).contains("already leads to Secure base");
        assertThat(editor.description.isInvalid()).isTrue();
        assertThat(editor.name.getValue()).as("nothing lost").isEqualTo("Secure base again");
    }

    @Test
    void anAdminMergesADuplicateAndItsThreadsMove() {
        TagInfo from = newTag("Duplicate " + UUID.randomUUID());
        TagInfo into = newTag("Original " + UUID.randomUUID());
        long thread = discussion("Tagged with the duplicate", from.slug());
        accounts.signInAs(admin);
        TagsAdminView admin = navigate(TagsAdminView.class);
        test(admin.search).setValue(from.name());
        test((Button) test(admin.grid)
                        .getCellComponent(0, "actions")
                        .getChildren()
                        .skip(1)
                        .findFirst()
                        .orElseThrow())
                .click();
        MergeDialog dialog = $(MergeDialog.class).single();
        test(dialog.merge).click();
        assertThat(dialog.into.isInvalid()).as("a target is required").isTrue();
        test(dialog.into).selectItem(into.name() + " · Context");
        test(dialog.merge).click();
        assertThat(threads.open(thread).tags()).extracting(TagRef::id).containsExactly(into.id());
        navigate("tags/" + from.slug(), TagView.class);
        assertThat($(H1.class).id("tag-title").getText()).isEqualTo(into.name());
    }

    @Test
    void theThemeMapDrawsRealCountsAndACellOpensItsThreads() {
        discussion("Preoccupied couple", "ambivalent", "couples");
        accounts.signInAs(supervisor);
        ThemeMapView view = navigate(ThemeMapView.class);
        JsonNode option = view.heatMap.getOption();
        List<String> rows = option.get("yAxis")
                .get("data")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        List<String> columns = option.get("xAxis")
                .get("data")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(rows).containsExactly("Secure", "Avoidant", "Ambivalent", "Disorganized");
        assertThat(columns).contains("Couples", "Foster care and adoption");
        JsonNode cell = option.get("series")
                .get(0)
                .get("data")
                .valueStream()
                .filter(c -> c.get("link").asString().equals("ambivalent,couples"))
                .findFirst()
                .orElseThrow();
        assertThat(cell.get("value").get(2).asLong()).isPositive();
        assertThat(view.overTime
                        .getOption()
                        .get("series")
                        .valueStream()
                        .map(s -> s.get("name").asString()))
                .contains("Ambivalent");
        ComponentUtil.fireEvent(view.heatMap, new Chart.ClickEvent(view.heatMap, true, "ambivalent,couples"));
        assertThat(getCurrentView()).isInstanceOf(ThreadsView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<TagInfo> filter = $(MultiSelectComboBox.class).id("tag-filter");
        assertThat(filter.getValue()).extracting(TagInfo::slug).containsExactlyInAnyOrder("ambivalent", "couples");
    }
}

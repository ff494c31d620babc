package org.securebase.tags;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The attachment-theme taxonomy: browsing, choosing tags for a thread, following, and the admins' upkeep. The
 * module's entry point; each part is done by the package's own services, which hold the transactions.
 */
@Service
public class TagService {

    private final TagCatalogue catalogue;
    private final TagChoice choice;
    private final TagFollows follows;
    private final ThemeMapBuilder themeMaps;
    private final TagAdministration administration;

    TagService(
            TagCatalogue catalogue,
            TagChoice choice,
            TagFollows follows,
            ThemeMapBuilder themeMaps,
            TagAdministration administration) {
        this.catalogue = catalogue;
        this.choice = choice;
        this.follows = follows;
        this.themeMaps = themeMaps;
        this.administration = administration;
    }

    // --- browsing ---

    /** Every tag that is offered, in taxonomy order, with how many threads the member can see carry it. */
    public List<TagInfo> taxonomy() {
        return catalogue.taxonomy();
    }

    /** Every tag including retired ones, for admins. */
    public List<TagInfo> allTags() {
        return catalogue.allTags();
    }

    /** A slug from a link: the tag's own, an old one kept after a rename, or one merged into another. */
    public Optional<TagInfo> resolve(String slug) {
        return catalogue.resolve(slug);
    }

    /** Resolves slugs to tag ids; empty when any slug names no tag. */
    public Optional<Set<Long>> idsOf(Collection<String> slugs) {
        return catalogue.idsOf(slugs);
    }

    /** Tags that most often appear on the same threads. */
    public List<TagRef> related(long tagId, int limit) {
        return catalogue.related(tagId, limit);
    }

    public List<TagRef> tagsOf(long threadId) {
        return catalogue.tagsOf(threadId);
    }

    public Map<Long, List<TagRef>> tagsOf(Collection<Long> threadIds) {
        return catalogue.tagsOf(threadIds);
    }

    // --- choosing tags ---

    /**
     * Checks the tags chosen for a thread and returns their ids. A case consultation needs at least one attachment
     * theme: a pattern, one of Bowlby's features or a relational process.
     */
    public Set<Long> choose(Collection<String> slugs, boolean caseConsultation) {
        return choice.choose(slugs, caseConsultation);
    }

    /**
     * Tags suggested by the text: attachment patterns from the clinical cues, and any other tag whose name or
     * synonym is mentioned. Only suggestions; nothing is applied until the author clicks.
     */
    public List<TagRef> suggest(String text) {
        return choice.suggest(text);
    }

    // --- following ---

    public boolean follows(long tagId) {
        return follows.follows(tagId);
    }

    public void follow(long tagId, boolean follow) {
        follows.follow(tagId, follow);
    }

    public List<TagRef> followed() {
        return follows.followed();
    }

    /** Members who follow any of the tags: used by notifications. */
    public Set<Long> followersOf(Collection<Long> tagIds) {
        return follows.followersOf(tagIds);
    }

    // --- the theme map ---

    /** Patterns against populations, and theme use per month over the last year; for supervisors and admins. */
    public ThemeMap themeMap() {
        return themeMaps.themeMap();
    }

    // --- admin upkeep ---

    public TagInfo create(TagForm form) {
        return administration.create(form);
    }

    /** Renames a tag and edits its description and synonyms; the old slug keeps resolving. */
    public TagInfo update(long tagId, TagForm form) {
        return administration.update(tagId, form);
    }

    /** Moves every use and follower of one tag to another; links to the merged tag open the other. */
    public void merge(long fromId, long intoId) {
        administration.merge(fromId, intoId);
    }

    public void retire(long tagId, boolean retired) {
        administration.retire(tagId, retired);
    }
}

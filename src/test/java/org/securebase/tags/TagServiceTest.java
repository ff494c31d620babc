package org.securebase.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadSummary;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class TagServiceTest {

    /** Every slug the tagging issue names. */
    static final List<String> REQUIRED = List.of(
            "secure",
            "avoidant",
            "ambivalent",
            "disorganized",
            "safe-haven",
            "secure-base",
            "proximity-maintenance",
            "separation-distress",
            "attunement",
            "misattunement",
            "repair",
            "co-regulation",
            "mentalization",
            "internal-working-models",
            "attachment-injury",
            "intergenerational-transmission",
            "earned-security",
            "eft",
            "ddp",
            "mbt",
            "attachment-focused-family-therapy",
            "circle-of-security",
            "theraplay",
            "emdr",
            "sensorimotor",
            "play-therapy",
            "art-therapy",
            "music-and-singing",
            "nature-based",
            "animal-assisted",
            "group-work",
            "children",
            "adolescents",
            "adults",
            "couples",
            "families",
            "foster-and-adoption",
            "older-adults",
            "therapist-attachment",
            "supervision",
            "self-care",
            "ethics-and-consent",
            "culture",
            "trauma",
            "grief",
            "telehealth");

    @Autowired
    TagService tags;

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditTrail audit;

    long admin;
    long supervisor;
    long author;
    long outsider;
    long group;

    @BeforeEach
    void privateGroup() {
        admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        outsider = accounts.active("Outsider", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm("Tags " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author)));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long discussion(String... slugs) {
        accounts.signInAs(author);
        return threads.create(
                group,
                ThreadKind.DISCUSSION,
                "A discussion",
                "About attachment.",
                null,
                false,
                Disclosure.none(),
                List.of(slugs));
    }

    private TagInfo newTag(String name, TagGroup tagGroup) {
        accounts.signInAs(admin);
        return tags.create(new TagForm(name, "", "A test tag for clinicians.", tagGroup, ""));
    }

    @Test
    void everySlugTheIssueNamesExistsWithADescriptionAndAGroup() {
        accounts.signInAs(author);
        List<TagInfo> taxonomy = tags.taxonomy();
        assertThat(taxonomy).extracting(TagInfo::slug).containsAll(REQUIRED);
        assertThat(taxonomy)
                .filteredOn(t -> REQUIRED.contains(t.slug()))
                .allSatisfy(t -> assertThat(t.description()).hasSizeGreaterThan(40));
        assertThat(tags.resolve("avoidant").orElseThrow().synonyms())
                .contains("dismissing", "dismissive", "deactivating");
        assertThat(tags.resolve("ambivalent").orElseThrow().synonyms())
                .contains("anxious", "preoccupied", "resistant", "hyperactivating");
        assertThat(tags.resolve("disorganized").orElseThrow().synonyms())
                .contains("disoriented", "fearful", "unresolved");
        assertThat(tags.resolve("repair").orElseThrow().synonyms()).contains("reattunement", "rupture and repair");
        assertThat(tags.resolve("mentalization").orElseThrow().synonyms()).contains("reflective functioning");
    }

    @Test
    void thePickerMatchesSynonymsFromTheStartOfAWord() {
        accounts.signInAs(author);
        List<TagInfo> taxonomy = tags.taxonomy();
        assertThat(taxonomy.stream().filter(t -> t.matches("anxious")))
                .extracting(TagInfo::slug)
                .contains("ambivalent");
        assertThat(taxonomy.stream().filter(t -> t.matches("reflective")))
                .extracting(TagInfo::slug)
                .contains("mentalization");
        assertThat(taxonomy.stream().filter(t -> t.matches("base")))
                .extracting(TagInfo::slug)
                .contains("secure-base");
        assertThat(taxonomy.stream().filter(t -> t.matches("xious"))).isEmpty();
    }

    @Test
    void aCaseConsultationNeedsAnAttachmentThemeAndOtherThreadsMayHaveAnyOrNone() {
        accounts.signInAs(author);
        assertThatThrownBy(() -> threads.create(
                        group,
                        ThreadKind.CASE_CONSULTATION,
                        "Case",
                        "A vignette.",
                        "What would you do?",
                        false,
                        new Disclosure(true, Set.of()),
                        List.of("adolescents")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("tags"));
        assertThatThrownBy(() -> threads.create(
                        group,
                        ThreadKind.CASE_CONSULTATION,
                        "Case",
                        "A vignette.",
                        "What would you do?",
                        false,
                        new Disclosure(true, Set.of()),
                        List.of("no-such-tag")))
                .isInstanceOf(InvalidInputException.class);
        long ok = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "Case",
                "A vignette.",
                "What would you do?",
                false,
                new Disclosure(true, Set.of()),
                List.of("adolescents", "avoidant"));
        assertThat(threads.open(ok).tags()).extracting(TagRef::slug).containsExactly("avoidant", "adolescents");
        assertThat(threads.open(discussion()).tags()).isEmpty();
        assertThat(threads.open(discussion("telehealth")).tags())
                .extracting(TagRef::slug)
                .containsExactly("telehealth");
    }

    @Test
    void threadListsFilterByEveryChosenTag() {
        long both = discussion("avoidant", "adolescents");
        long one = discussion("avoidant");
        accounts.signInAs(author);
        ThreadQuery avoidantTeens =
                new ThreadQuery(group, null, false, false, ThreadQuery.Sort.NEWEST, List.of("avoidant", "adolescents"));
        assertThat(threads.threads(avoidantTeens, 0, 10))
                .extracting(ThreadSummary::id)
                .containsExactly(both);
        assertThat(threads.count(avoidantTeens)).isEqualTo(1);
        ThreadQuery avoidant = new ThreadQuery(
                group,
                null,
                false,
                false,
                ThreadQuery.Sort.NEWEST,
                List.of("dismissing-no", "avoidant").subList(1, 2));
        assertThat(threads.threads(avoidant, 0, 10))
                .extracting(ThreadSummary::id)
                .containsExactly(one, both);
        assertThat(threads.threads(avoidant, 0, 10).getLast().tags())
                .extracting(TagRef::slug)
                .containsExactly("avoidant", "adolescents");
        ThreadQuery unknown =
                new ThreadQuery(group, null, false, false, ThreadQuery.Sort.NEWEST, List.of("not-a-theme"));
        assertThat(threads.threads(unknown, 0, 10)).isEmpty();
    }

    @Test
    void countsAndRelatedTagsOnlyIncludeThreadsTheMemberCanSee() {
        TagInfo rare = newTag("Rare theme " + UUID.randomUUID(), TagGroup.CONTEXT);
        discussion(rare.slug(), "grief");
        accounts.signInAs(author);
        assertThat(tags.resolve(rare.slug()).orElseThrow().threads()).isEqualTo(1);
        assertThat(tags.related(rare.id(), 5)).extracting(TagRef::slug).containsExactly("grief");
        accounts.signInAs(outsider);
        assertThat(tags.resolve(rare.slug()).orElseThrow().threads()).isZero();
        assertThat(tags.related(rare.id(), 5)).isEmpty();
    }

    @Test
    void renamingKeepsTheOldSlugWorking() {
        TagInfo tag = newTag("Rupture talk " + UUID.randomUUID().toString().substring(0, 6), TagGroup.PROCESS);
        long thread = discussion(tag.slug());
        accounts.signInAs(admin);
        String newSlug = "repair-talk-" + UUID.randomUUID().toString().substring(0, 6);
        tags.update(tag.id(), new TagForm("Repair talk", newSlug, tag.description(), tag.group(), "mending"));
        assertThat(tags.resolve(tag.slug()).orElseThrow().slug()).isEqualTo(newSlug);
        assertThat(tags.resolve(newSlug).orElseThrow().synonyms()).containsExactly("mending");
        assertThat(threads.open(thread).tags()).extracting(TagRef::name).containsExactly("Repair talk");
        assertThat(threads.threads(ThreadQuery.tagged(List.of(tag.slug())), 0, 10))
                .extracting(ThreadSummary::id)
                .containsExactly(thread);
        assertThat(audit.search("tag.renamed", 0, 50))
                .anySatisfy(line -> assertThat(line.targetName()).isEqualTo("Repair talk"));
    }

    @Test
    void aSlugCannotBeTakenTwice() {
        accounts.signInAs(admin);
        assertThatThrownBy(() -> tags.create(
                        new TagForm("Avoidant again", "avoidant", "Duplicate of avoidant.", TagGroup.PATTERN, "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("slug"));
        assertThatThrownBy(() -> tags.create(new TagForm("", "Bad Slug!", "", null, "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("name", "slug", "description", "group"));
    }

    @Test
    void mergingMovesEveryUseAndFollowerAndTheOldSlugOpensTheTarget() {
        TagInfo from = newTag("Dup theme " + UUID.randomUUID(), TagGroup.CONTEXT);
        TagInfo into = newTag("Kept theme " + UUID.randomUUID(), TagGroup.CONTEXT);
        long onlyFrom = discussion(from.slug());
        long bothTags = discussion(from.slug(), into.slug());
        accounts.signInAs(author);
        tags.follow(from.id(), true);
        accounts.signInAs(admin);
        tags.merge(from.id(), into.id());
        assertThat(tags.resolve(from.slug()).orElseThrow().id()).isEqualTo(into.id());
        assertThat(threads.open(onlyFrom).tags()).extracting(TagRef::id).containsExactly(into.id());
        assertThat(threads.open(bothTags).tags()).extracting(TagRef::id).containsExactly(into.id());
        assertThat(tags.allTags()).extracting(TagInfo::id).doesNotContain(from.id());
        accounts.signInAs(author);
        assertThat(tags.follows(into.id())).isTrue();
        assertThat(tags.resolve(into.slug()).orElseThrow().threads()).isEqualTo(2);
        assertThat(tags.resolve(into.slug()).orElseThrow().synonyms())
                .contains(from.name().toLowerCase());
    }

    @Test
    void aRetiredTagStaysOnOldThreadsButIsNoLongerOffered() {
        TagInfo tag = newTag("Old theme " + UUID.randomUUID(), TagGroup.CONTEXT);
        long thread = discussion(tag.slug());
        accounts.signInAs(admin);
        tags.retire(tag.id(), true);
        accounts.signInAs(author);
        assertThat(tags.taxonomy()).extracting(TagInfo::id).doesNotContain(tag.id());
        assertThat(threads.open(thread).tags()).extracting(TagRef::id).containsExactly(tag.id());
        assertThatThrownBy(() -> discussion(tag.slug())).isInstanceOf(InvalidInputException.class);
        assertThat(tags.resolve(tag.slug()).orElseThrow().retired()).isTrue();
    }

    @Test
    void onlyAdminsKeepTheTaxonomy() {
        TagInfo tag = newTag("Admin only " + UUID.randomUUID(), TagGroup.CONTEXT);
        for (long who : List.of(author, supervisor)) {
            accounts.signInAs(who);
            assertThatThrownBy(() -> tags.create(new TagForm("X", "", "Y description.", TagGroup.CONTEXT, "")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tags.retire(tag.id(), true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tags.merge(tag.id(), 1L)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void supervisorsRetagAnyThreadInTheirGroupAndTheTrailRecordsIt() {
        long thread = discussion("grief");
        accounts.signInAs(supervisor);
        threads.retag(thread, List.of("grief", "older-adults"));
        assertThat(threads.open(thread).tags()).extracting(TagRef::slug).containsExactly("older-adults", "grief");
        accounts.signInAs(admin);
        assertThat(audit.search("thread.retagged", 0, 50)).anySatisfy(line -> {
            assertThat(line.targetId()).isEqualTo(Long.toString(thread));
            assertThat(line.reason()).isEqualTo("was: grief");
        });
        long other = discussion();
        accounts.signInAs(outsider);
        assertThatThrownBy(() -> threads.retag(other, List.of("grief"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void followingIsPerMember() {
        accounts.signInAs(author);
        long secureBase = tags.resolve("secure-base").orElseThrow().id();
        tags.follow(secureBase, true);
        tags.follow(secureBase, true);
        assertThat(tags.follows(secureBase)).isTrue();
        assertThat(tags.followed()).extracting(TagRef::slug).contains("secure-base");
        assertThat(tags.followersOf(List.of(secureBase))).contains(author);
        accounts.signInAs(outsider);
        assertThat(tags.follows(secureBase)).isFalse();
        accounts.signInAs(author);
        tags.follow(secureBase, false);
        assertThat(tags.follows(secureBase)).isFalse();
    }

    @Test
    void suggestionsComeFromCuesAndMentionsAndAreNotApplied() {
        accounts.signInAs(author);
        List<TagRef> suggested = tags.suggest(
                "A foster teenager who doesn't need anyone and prefers his own " + "company; we meet by video.");
        assertThat(suggested).extracting(TagRef::slug).contains("avoidant", "foster-and-adoption");
        assertThat(tags.suggest("")).isEmpty();
    }

    @Test
    void theThemeMapCountsPatternsAgainstPopulationsAndUseByMonth() {
        discussion("ambivalent", "couples");
        accounts.signInAs(supervisor);
        ThemeMap map = tags.themeMap();
        int row = map.patterns().stream().map(TagRef::slug).toList().indexOf("ambivalent");
        int column = map.populations().stream().map(TagRef::slug).toList().indexOf("couples");
        assertThat(map.count(row, column)).isPositive();
        assertThat(map.months().getLast()).isEqualTo(YearMonth.now(ZoneOffset.UTC));
        assertThat(map.usePerMonth()).anySatisfy((tag, perMonth) -> {
            assertThat(tag.slug()).isEqualTo("ambivalent");
            assertThat(perMonth[perMonth.length - 1]).isPositive();
        });
        accounts.signInAs(author);
        assertThatThrownBy(() -> tags.themeMap()).isInstanceOf(AccessDeniedException.class);
    }
}

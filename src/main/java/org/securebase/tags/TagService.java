package org.securebase.tags;

import java.text.Normalizer;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The attachment-theme taxonomy: browsing, choosing tags for a thread, following, and the admins' upkeep. */
@Service
public class TagService {

    static final int NAME_LIMIT = 80;
    static final int DESCRIPTION_LIMIT = 400;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Comparator<Tag> TAXONOMY_ORDER =
            Comparator.comparing(Tag::getGroup).thenComparing(Tag::getPosition).thenComparing(Tag::getName);

    private final TagRepository tags;
    private final TagAliasRepository aliases;
    private final TagFollowRepository follows;
    private final GroupRepository groups;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TagSuggester suggester = new TagSuggester();

    public TagService(
            TagRepository tags,
            TagAliasRepository aliases,
            TagFollowRepository follows,
            GroupRepository groups,
            AccessPolicy access,
            AuditTrail audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.tags = tags;
        this.aliases = aliases;
        this.follows = follows;
        this.groups = groups;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // --- browsing ---

    /** Every tag that is offered, in taxonomy order, with how many threads the member can see carry it. */
    @Transactional(readOnly = true)
    public List<TagInfo> taxonomy() {
        Actor actor = access.requireActiveMember();
        Map<Long, Long> counts = counts(actor);
        return tags.findAll().stream()
                .filter(t -> !t.isRetired())
                .sorted(TAXONOMY_ORDER)
                .map(t -> info(t, counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    /** Every tag including retired ones, for admins. */
    @Transactional(readOnly = true)
    public List<TagInfo> allTags() {
        Actor actor = access.requireAdmin();
        Map<Long, Long> counts = counts(actor);
        return tags.findAll().stream()
                .filter(t -> t.getMergedInto() == null)
                .sorted(TAXONOMY_ORDER)
                .map(t -> info(t, counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    /** A slug from a link: the tag's own, an old one kept after a rename, or one merged into another. */
    @Transactional(readOnly = true)
    public Optional<TagInfo> resolve(String slug) {
        Actor actor = access.requireActiveMember();
        return find(slug).map(t -> info(t, counts(actor).getOrDefault(t.getId(), 0L)));
    }

    /** Resolves slugs to tag ids; empty when any slug names no tag. */
    @Transactional(readOnly = true)
    public Optional<Set<Long>> idsOf(Collection<String> slugs) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String slug : slugs) {
            Optional<Tag> tag = find(slug);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            ids.add(tag.get().getId());
        }
        return Optional.of(ids);
    }

    /** Tags that most often appear on the same threads. */
    @Transactional(readOnly = true)
    public List<TagRef> related(long tagId, int limit) {
        Actor actor = access.requireActiveMember();
        Set<Long> visible = visibleGroups(actor);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Tag> byId = byId();
        return tags.related(visible, tagId).stream()
                .limit(limit)
                .map(row -> byId.get(((Number) row[0]).longValue()))
                .map(TagRef::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TagRef> tagsOf(long threadId) {
        return refs(tags.tagIdsOf(threadId));
    }

    @Transactional(readOnly = true)
    public Map<Long, List<TagRef>> tagsOf(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> ids = new HashMap<>();
        for (Object[] row : tags.tagIdsOf(threadIds)) {
            ids.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(((Number) row[1]).longValue());
        }
        Map<Long, List<TagRef>> out = new HashMap<>();
        ids.forEach((thread, tagIds) -> out.put(thread, refs(tagIds)));
        return out;
    }

    private List<TagRef> refs(Collection<Long> ids) {
        Map<Long, Tag> byId = byId();
        return ids.stream()
                .map(byId::get)
                .sorted(TAXONOMY_ORDER)
                .map(TagRef::of)
                .toList();
    }

    // --- choosing tags ---

    /**
     * Checks the tags chosen for a thread and returns their ids. A case consultation needs at least one attachment
     * theme: a pattern, one of Bowlby's features or a relational process.
     */
    @Transactional(readOnly = true)
    public Set<Long> choose(Collection<String> slugs, boolean caseConsultation) {
        Set<Long> ids = new LinkedHashSet<>();
        boolean theme = false;
        for (String slug : slugs) {
            Tag tag =
                    find(slug).orElseThrow(() -> InvalidInputException.of("tags", "There is no tag \"" + slug + "\"."));
            if (tag.isRetired()) {
                throw InvalidInputException.of("tags", "The tag \"" + tag.getName() + "\" is retired.");
            }
            ids.add(tag.getId());
            theme |= tag.getGroup().attachmentTheme();
        }
        if (ids.size() > 10) {
            throw InvalidInputException.of("tags", "Choose at most 10 tags.");
        }
        if (caseConsultation && !theme) {
            throw InvalidInputException.of(
                    "tags",
                    "Choose at least one attachment theme: a pattern, one of "
                            + "Bowlby's features, or a relational process.");
        }
        return ids;
    }

    /**
     * Tags suggested by the text: attachment patterns from the clinical cues, and any other tag whose name or
     * synonym is mentioned. Only suggestions; nothing is applied until the author clicks.
     */
    @Transactional(readOnly = true)
    public List<TagRef> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Tag> offered = tags.findAll().stream().filter(t -> !t.isRetired()).toList();
        Set<String> slugs = new LinkedHashSet<>(suggester.suggestPatterns(text));
        String plain = normalise(text);
        for (Tag tag : offered) {
            if (tag.getGroup() == TagGroup.PATTERN) {
                continue;
            }
            List<String> words = new ArrayList<>(tag.getSynonyms());
            words.add(tag.getName());
            words.add(tag.getSlug().replace('-', ' '));
            if (words.stream().anyMatch(w -> mentions(plain, normalise(w)))) {
                slugs.add(tag.getSlug());
            }
        }
        Map<String, Tag> bySlug = offered.stream().collect(Collectors.toMap(Tag::getSlug, t -> t));
        return slugs.stream()
                .map(bySlug::get)
                .filter(java.util.Objects::nonNull)
                .map(TagRef::of)
                .limit(8)
                .toList();
    }

    private static boolean mentions(String text, String word) {
        return word.length() > 2
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?:s|es)?(?![\\p{L}\\p{N}])")
                        .matcher(text)
                        .find();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
    }

    // --- following ---

    @Transactional(readOnly = true)
    public boolean follows(long tagId) {
        Actor actor = access.requireActiveMember();
        return follows.findByAccountIdAndTagId(actor.id(), tagId).isPresent();
    }

    @Transactional
    public void follow(long tagId, boolean follow) {
        Actor actor = access.requireActiveMember();
        Tag tag = tags.findById(tagId).orElseThrow(() -> InvalidInputException.of("tag", "This tag no longer exists."));
        Optional<TagFollow> existing = follows.findByAccountIdAndTagId(actor.id(), tag.getId());
        if (follow && existing.isEmpty()) {
            follows.save(new TagFollow(actor.id(), tag.getId(), clock.instant()));
        } else if (!follow) {
            existing.ifPresent(follows::delete);
        }
    }

    @Transactional(readOnly = true)
    public List<TagRef> followed() {
        Actor actor = access.requireActiveMember();
        return refs(follows.findByAccountId(actor.id()).stream()
                .map(TagFollow::getTagId)
                .toList());
    }

    /** Members who follow any of the tags: used by notifications. */
    @Transactional(readOnly = true)
    public Set<Long> followersOf(Collection<Long> tagIds) {
        return tagIds.stream()
                .flatMap(id -> follows.findByTagId(id).stream())
                .map(TagFollow::getAccountId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // --- the theme map ---

    /** Patterns against populations, and theme use per month over the last year; for supervisors and admins. */
    @Transactional(readOnly = true)
    public ThemeMap themeMap() {
        Actor actor = access.requireActiveMember();
        if (!actor.verifier()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The theme map is for supervisors and admins.");
        }
        Set<Long> visible = visibleGroups(actor);
        List<Tag> all = tags.findAll().stream()
                .filter(t -> !t.isRetired())
                .sorted(TAXONOMY_ORDER)
                .toList();
        List<Tag> patterns =
                all.stream().filter(t -> t.getGroup() == TagGroup.PATTERN).toList();
        List<Tag> populations =
                all.stream().filter(t -> t.getGroup() == TagGroup.POPULATION).toList();
        long[][] counts = new long[patterns.size()][populations.size()];
        Map<Long, Integer> row = index(patterns);
        Map<Long, Integer> column = index(populations);
        if (!visible.isEmpty() && !patterns.isEmpty() && !populations.isEmpty()) {
            for (Object[] r : tags.pairs(visible, row.keySet(), column.keySet())) {
                counts[row.get(((Number) r[0]).longValue())][column.get(((Number) r[1]).longValue())] =
                        ((Number) r[2]).longValue();
            }
        }
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        List<Tag> themes =
                all.stream().filter(t -> t.getGroup().attachmentTheme()).toList();
        Map<Long, long[]> perMonth = new HashMap<>();
        if (!visible.isEmpty() && !themes.isEmpty()) {
            java.time.Instant since =
                    months.getFirst().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (Object[] r : tags.uses(visible, themes.stream().map(Tag::getId).toList(), since)) {
                YearMonth month = YearMonth.from(((java.time.Instant) r[1]).atZone(ZoneOffset.UTC));
                int at = months.indexOf(month);
                if (at >= 0) {
                    perMonth.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[months.size()])[at]++;
                }
            }
        }
        Map<TagRef, long[]> use = new LinkedHashMap<>();
        themes.stream()
                .filter(t -> perMonth.containsKey(t.getId()))
                .forEach(t -> use.put(TagRef.of(t), perMonth.get(t.getId())));
        return new ThemeMap(
                patterns.stream().map(TagRef::of).toList(),
                populations.stream().map(TagRef::of).toList(),
                counts,
                months,
                use);
    }

    private static Map<Long, Integer> index(List<Tag> list) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).getId(), i);
        }
        return index;
    }

    // --- admin upkeep ---

    @Transactional
    public TagInfo create(TagForm form) {
        Actor actor = access.requireAdmin();
        Valid valid = validate(form, null);
        int position = tags.findAll().stream()
                        .filter(t -> t.getGroup() == form.group())
                        .mapToInt(Tag::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        Tag tag = tags.save(new Tag(
                valid.slug(),
                valid.name(),
                valid.description(),
                form.group(),
                position,
                new TreeSet<>(form.synonymList())));
        audit.record(actor, "tag.created", target(tag), null);
        return info(tag, 0);
    }

    /** Renames a tag and edits its description and synonyms; the old slug keeps resolving. */
    @Transactional
    public TagInfo update(long tagId, TagForm form) {
        Actor actor = access.requireAdmin();
        Tag tag = load(tagId);
        Valid valid = validate(form, tag);
        String oldSlug = tag.getSlug();
        String oldName = tag.getName();
        if (!oldSlug.equals(valid.slug())) {
            aliases.findById(valid.slug()).ifPresent(aliases::delete);
            aliases.save(new TagAlias(oldSlug, tag.getId()));
        }
        tag.rename(valid.slug(), valid.name());
        tag.describe(valid.description(), new TreeSet<>(form.synonymList()));
        events.publishEvent(new org.securebase.shared.ContentChanged.Tags(Set.of(tag.getId())));
        if (!oldName.equals(valid.name()) || !oldSlug.equals(valid.slug())) {
            audit.record(actor, "tag.renamed", target(tag), "from " + oldName + " (" + oldSlug + ")");
        } else {
            audit.record(actor, "tag.edited", target(tag), null);
        }
        return info(tag, 0);
    }

    /** Moves every use and follower of one tag to another; links to the merged tag open the other. */
    @Transactional
    public void merge(long fromId, long intoId) {
        Actor actor = access.requireAdmin();
        if (fromId == intoId) {
            throw InvalidInputException.of("into", "Choose a different tag to merge into.");
        }
        Tag from = load(fromId);
        Tag into = load(intoId);
        if (into.isRetired()) {
            throw InvalidInputException.of("into", "\"" + into.getName() + "\" is retired; choose an active tag.");
        }
        tags.moveUses(fromId, intoId);
        tags.dropUses(fromId);
        for (TagFollow follow : follows.findByTagId(fromId)) {
            if (follows.findByAccountIdAndTagId(follow.getAccountId(), intoId).isPresent()) {
                follows.delete(follow);
            } else {
                follow.moveTo(intoId);
            }
        }
        for (TagAlias alias : aliases.findByTagId(fromId)) {
            alias.pointTo(intoId);
        }
        Set<String> synonyms = new TreeSet<>(into.getSynonyms());
        synonyms.addAll(from.getSynonyms());
        synonyms.add(from.getName().toLowerCase(Locale.ROOT));
        into.describe(into.getDescription(), synonyms);
        from.mergeInto(intoId);
        events.publishEvent(new org.securebase.shared.ContentChanged.Tags(Set.of(intoId)));
        audit.record(actor, "tag.merged", target(into), "merged " + from.getName() + " (" + from.getSlug() + ")");
    }

    @Transactional
    public void retire(long tagId, boolean retired) {
        Actor actor = access.requireAdmin();
        Tag tag = load(tagId);
        if (tag.getMergedInto() != null) {
            throw InvalidInputException.of("tag", "This tag was merged into another.");
        }
        tag.retire(retired);
        audit.record(actor, retired ? "tag.retired" : "tag.restored", target(tag), null);
    }

    private record Valid(String name, String slug, String description) {}

    private Valid validate(TagForm form, Tag current) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Inputs.clean(form.name());
        String description = Inputs.clean(form.description());
        String slug = Inputs.clean(form.slug()).toLowerCase(Locale.ROOT);
        if (slug.isEmpty()) {
            slug = slugOf(name);
        }
        if (name.isEmpty()) {
            errors.put("name", "Please give the tag a name.");
        } else if (name.length() > NAME_LIMIT) {
            errors.put("name", "Use at most " + NAME_LIMIT + " characters.");
        }
        if (!SLUG.matcher(slug).matches() || slug.length() > 60) {
            errors.put("slug", "Use lower-case letters, digits and single hyphens, like \"secure-base\".");
        } else {
            Optional<Tag> owner = find(slug);
            if (owner.isPresent() && (current == null || !owner.get().getId().equals(current.getId()))) {
                errors.put(
                        "slug",
                        "\"" + slug + "\" already leads to " + owner.get().getName() + ".");
            }
        }
        if (description.isEmpty()) {
            errors.put("description", "Describe the tag for clinicians in a sentence or two.");
        } else if (description.length() > DESCRIPTION_LIMIT) {
            errors.put("description", "Use at most " + DESCRIPTION_LIMIT + " characters.");
        }
        if (form.group() == null) {
            errors.put("group", "Choose a group.");
        }
        if (form.synonymList().stream().anyMatch(s -> s.length() > NAME_LIMIT)) {
            errors.put("synonyms", "Keep each synonym under " + NAME_LIMIT + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(name, slug, description);
    }

    static String slugOf(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    // --- helpers ---

    private Optional<Tag> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String key = slug.strip().toLowerCase(Locale.ROOT);
        Optional<Tag> tag =
                tags.findBySlug(key).or(() -> aliases.findById(key).flatMap(a -> tags.findById(a.getTagId())));
        for (int hops = 0; tag.isPresent() && tag.get().getMergedInto() != null && hops < 10; hops++) {
            tag = tags.findById(tag.get().getMergedInto());
        }
        return tag;
    }

    private Tag load(long tagId) {
        return tags.findById(tagId).orElseThrow(() -> InvalidInputException.of("tag", "This tag no longer exists."));
    }

    private Map<Long, Tag> byId() {
        return tags.findAll().stream().collect(Collectors.toMap(Tag::getId, t -> t));
    }

    private Map<Long, Long> counts(Actor actor) {
        Set<Long> visible = visibleGroups(actor);
        if (visible.isEmpty()) {
            return Map.of();
        }
        return tags.countThreads(visible).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    private Set<Long> visibleGroups(Actor actor) {
        return groups.findAll().stream()
                .filter(g -> GroupAccess.canView(actor, g))
                .map(ConsultationGroup::getId)
                .collect(Collectors.toSet());
    }

    private static TagInfo info(Tag t, long count) {
        return new TagInfo(
                t.getId(),
                t.getSlug(),
                t.getName(),
                t.getDescription(),
                t.getGroup(),
                List.copyOf(t.getSynonyms()),
                t.isRetired(),
                count);
    }

    private static AuditTrail.Target target(Tag tag) {
        return new AuditTrail.Target("tag", Long.toString(tag.getId()), tag.getName());
    }
}

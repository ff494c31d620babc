package org.securebase.tags;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' upkeep of the taxonomy: adding, editing and renaming, merging and retiring tags. */
@Service
class TagAdministration {

    static final int NAME_LIMIT = 80;
    static final int DESCRIPTION_LIMIT = 400;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final TagRepository tags;
    private final TagLookup lookup;
    private final TagFollows follows;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TagAdministration(
            TagRepository tags,
            TagLookup lookup,
            TagFollows follows,
            AccessPolicy access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.tags = tags;
        this.lookup = lookup;
        this.follows = follows;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

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
        return TagInfo.of(tag, 0);
    }

    @Transactional
    public TagInfo update(long tagId, TagForm form) {
        Actor actor = access.requireAdmin();
        Tag tag = lookup.load(tagId);
        Valid valid = validate(form, tag);
        String oldSlug = tag.getSlug();
        String oldName = tag.getName();
        if (!oldSlug.equals(valid.slug())) {
            lookup.keepOldSlug(oldSlug, valid.slug(), tag.getId());
        }
        tag.rename(valid.slug(), valid.name());
        tag.describe(valid.description(), new TreeSet<>(form.synonymList()));
        events.publishEvent(new ContentChanged.Tags(Set.of(tag.getId())));
        if (!oldName.equals(valid.name()) || !oldSlug.equals(valid.slug())) {
            audit.record(actor, "tag.renamed", target(tag), "from " + oldName + " (" + oldSlug + ")");
        } else {
            audit.record(actor, "tag.edited", target(tag), null);
        }
        return TagInfo.of(tag, 0);
    }

    @Transactional
    public void merge(long fromId, long intoId) {
        Actor actor = access.requireAdmin();
        if (fromId == intoId) {
            throw InvalidInputException.of("into", "Choose a different tag to merge into.");
        }
        Tag from = lookup.load(fromId);
        Tag into = lookup.load(intoId);
        if (into.isRetired()) {
            throw InvalidInputException.of("into", "\"" + into.getName() + "\" is retired; choose an active tag.");
        }
        tags.moveUses(fromId, intoId);
        tags.dropUses(fromId);
        follows.moveFollowers(fromId, intoId);
        lookup.redirectOldSlugs(fromId, intoId);
        Set<String> synonyms = new TreeSet<>(into.getSynonyms());
        synonyms.addAll(from.getSynonyms());
        synonyms.add(from.getName().toLowerCase(Locale.ROOT));
        into.describe(into.getDescription(), synonyms);
        from.mergeInto(intoId);
        events.publishEvent(new ContentChanged.Tags(Set.of(intoId)));
        audit.record(actor, "tag.merged", target(into), "merged " + from.getName() + " (" + from.getSlug() + ")");
    }

    @Transactional
    public void retire(long tagId, boolean retired) {
        Actor actor = access.requireAdmin();
        Tag tag = lookup.load(tagId);
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
            Optional<Tag> owner = lookup.find(slug);
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

    private static AuditTrail.Target target(Tag tag) {
        return new AuditTrail.Target("tag", Long.toString(tag.getId()), tag.getName());
    }
}

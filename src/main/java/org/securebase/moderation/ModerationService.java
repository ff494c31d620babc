package org.securebase.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.notifications.Notice;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationService;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.Comment;
import org.securebase.threads.CommentRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.FlagReason;
import org.securebase.threads.Flagging;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadRepository;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue and what supervisors do from it; flags from members; notes and warnings on members. */
@Service
public class ModerationService implements Flagging {

    public static final int NOTE_LIMIT = 2_000;

    private final QueueRepository queue;
    private final FlagRepository flags;
    private final MemberNoteRepository notes;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final GroupRepository groups;
    private final AccountRepository accounts;
    private final ThreadModeration moderation;
    private final ThreadService threadService;
    private final NotificationService notifications;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final RateLimits limits;
    private final ModerationSettings settings;
    private final GroupModerators moderators;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    public ModerationService(
            QueueRepository queue,
            FlagRepository flags,
            MemberNoteRepository notes,
            ThreadRepository threads,
            CommentRepository comments,
            GroupRepository groups,
            AccountRepository accounts,
            ThreadModeration moderation,
            ThreadService threadService,
            NotificationService notifications,
            AccessPolicy access,
            AuditTrail audit,
            RateLimits limits,
            ModerationSettings settings,
            GroupModerators moderators,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.moderators = moderators;
        this.queue = queue;
        this.flags = flags;
        this.notes = notes;
        this.threads = threads;
        this.comments = comments;
        this.groups = groups;
        this.accounts = accounts;
        this.moderation = moderation;
        this.threadService = threadService;
        this.notifications = notifications;
        this.access = access;
        this.audit = audit;
        this.limits = limits;
        this.settings = settings;
        this.clock = clock;
    }

    // --- the queue ---

    /** Open items in the groups the supervisor moderates (admins: all), most urgent first, then oldest. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue() {
        Actor actor = access.requireActiveMember();
        Map<Long, ConsultationGroup> moderated = moderated(actor);
        if (moderated.isEmpty()) {
            if (!actor.verifier()) {
                throw new AccessDeniedException("The review queue is for supervisors and admins.");
            }
            return List.of();
        }
        return queue.open(moderated.keySet()).stream()
                .map(item -> entry(item, moderated))
                .toList();
    }

    @Transactional(readOnly = true)
    public int openCount() {
        return access.currentActor()
                .filter(Actor::active)
                .map(actor -> {
                    Map<Long, ConsultationGroup> moderated = moderated(actor);
                    return moderated.isEmpty()
                            ? 0
                            : queue.open(moderated.keySet()).size();
                })
                .orElse(0);
    }

    private QueueEntry entry(QueueItem item, Map<Long, ConsultationGroup> moderated) {
        DiscussionThread t = threads.findById(item.getThreadId()).orElseThrow();
        Comment c = item.getCommentId() == null
                ? null
                : comments.findById(item.getCommentId()).orElse(null);
        String context = null;
        if (c != null && c.getParentId() != null) {
            context = comments.findById(c.getParentId()).map(Comment::getBody).orElse(null);
        } else if (c != null) {
            context = t.getQuestion() != null ? t.getQuestion() : excerpt(t.getBody());
        }
        Account author = item.getAuthorId() == null
                ? null
                : accounts.findById(item.getAuthorId()).orElse(null);
        QueueEntry.AuthorHistory history = author == null
                ? null
                : new QueueEntry.AuthorHistory(
                        threads.countByAuthorIdAndStatus(author.getId(), ThreadStatus.PUBLISHED),
                        queue.countByAuthorIdAndKindIn(author.getId(), Set.of(QueueKind.values())) - 1,
                        notes.findByAccountIdOrderByCreatedAtDesc(author.getId())
                                .size(),
                        author.isSilenced(clock.instant()),
                        author.getStatus() == AccountStatus.SUSPENDED);
        Map<Long, String> names = names(flags.findByQueueItemId(item.getId()).stream()
                .map(Flag::getFlaggerId)
                .toList());
        List<QueueEntry.FlagLine> flagLines = flags.findByQueueItemId(item.getId()).stream()
                .map(f -> new QueueEntry.FlagLine(
                        f.getReason(), f.getNote(), names.get(f.getFlaggerId()), f.getCreatedAt()))
                .toList();
        QueueEntry.Outreach outreach = item.getOutreachAt() == null
                ? null
                : new QueueEntry.Outreach(
                        names(List.of(item.getOutreachBy())).get(item.getOutreachBy()),
                        item.getOutreachAt(),
                        item.getOutreachNote());
        return new QueueEntry(
                item.getId(),
                item.getKind(),
                item.getTrigger(),
                item.getCreatedAt(),
                moderated.get(item.getGroupId()).getName(),
                t.getId(),
                t.getTitle(),
                t.getStatus(),
                item.getCommentId(),
                c == null ? t.getBody() : c.getBody(),
                context,
                c == null ? t.isHidden() : c.isHidden(),
                item.getAuthorId(),
                author == null ? "guest" : author.getDisplayName(),
                author == null ? null : author.getRole().badge(),
                history,
                flagLines,
                outreach);
    }

    private static String excerpt(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    // --- review ---

    @Transactional
    public void approve(long itemId) {
        QueueItem item = review(itemId);
        moderation.review(item.getThreadId(), ThreadStatus.PUBLISHED, null);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Approved", clock.instant());
        tellAuthor(item, "Your post \"" + title(item) + "\" was approved and your group can read it now.");
        events.publishEvent(new org.securebase.threads.ThreadEvents.ThreadPublished(item.getThreadId()));
    }

    @Transactional
    public void reject(long itemId, String reason) {
        QueueItem item = review(itemId);
        moderation.review(item.getThreadId(), ThreadStatus.REJECTED, reason);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Not approved: " + Inputs.clean(reason), clock.instant());
        tellAuthor(item, "Your post \"" + title(item) + "\" was not approved: " + Inputs.clean(reason));
    }

    /** The author gets the message and their post back to edit; resubmitting puts it in the queue again. */
    @Transactional
    public void requestChanges(long itemId, String message) {
        QueueItem item = review(itemId);
        moderation.review(item.getThreadId(), ThreadStatus.CHANGES_REQUESTED, message);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Changes requested: " + Inputs.clean(message), clock.instant());
        tellAuthor(item, "A supervisor asked for changes to \"" + title(item) + "\": " + Inputs.clean(message));
    }

    private QueueItem review(long itemId) {
        QueueItem item = open(itemId);
        if (!item.getKind().review()) {
            throw new IllegalStateException("This item is not a post awaiting approval.");
        }
        return item;
    }

    // --- flags ---

    /** Any member who can read a post (commentId null) or comment can flag it, once. */
    @Transactional
    @Override
    public void flag(long threadId, Long commentId, FlagReason reason, String note) {
        Actor actor = access.requireActiveMember();
        Long authorId;
        if (commentId == null) {
            var page = threadService.open(threadId);
            authorId = threads.findById(threadId)
                    .map(DiscussionThread::getAuthorId)
                    .orElse(null);
            if (page.mine()) {
                throw InvalidInputException.of("reason", "You cannot flag your own post; edit it instead.");
            }
        } else {
            var item = threadService.comment(commentId);
            authorId = comments.findById(commentId).map(Comment::getAuthorId).orElse(null);
            if (item.mine()) {
                throw InvalidInputException.of("reason", "You cannot flag your own comment; edit it instead.");
            }
        }
        if (reason == null) {
            throw InvalidInputException.of("reason", "Choose what is wrong.");
        }
        String text = Inputs.clean(note);
        if (reason == FlagReason.OTHER && text.isEmpty()) {
            throw InvalidInputException.of("note", "Tell the supervisors what is wrong.");
        }
        if (text.length() > 500) {
            throw InvalidInputException.of("note", "Use at most 500 characters.");
        }
        DiscussionThread t = threads.findById(threadId).orElseThrow();
        QueueItem item = queue.openFor(QueueKind.FLAG, threadId, commentId).orElse(null);
        if (item != null && flags.existsByQueueItemIdAndFlaggerId(item.getId(), actor.id())) {
            throw InvalidInputException.of("reason", "You have already flagged this; supervisors will review it.");
        }
        limits.take(actor.id(), RateLimits.Action.FLAG, "reason");
        boolean first = item == null;
        if (first) {
            item = queue.save(new QueueItem(
                    t.getGroupId(), QueueKind.FLAG, threadId, commentId, authorId, "Flagged", clock.instant()));
        }
        flags.save(new Flag(item.getId(), actor.id(), reason, text.isEmpty() ? null : text, clock.instant()));
        List<Flag> all = flags.findByQueueItemId(item.getId());
        item.retrigger(describe(all));
        boolean hidden = commentId == null
                ? t.isHidden()
                : comments.findById(commentId).map(Comment::isHidden).orElse(false);
        if (!hidden && all.size() >= settings.flagsToHide()) {
            moderation.hideForReview(threadId, commentId, all.size());
        }
        if (first) {
            notifications.send(
                    moderators.activeSupervisors(t.getGroupId()),
                    "A member flagged " + (commentId == null ? "a post" : "a comment") + " in \"" + t.getTitle()
                            + "\".",
                    "moderation",
                    false,
                    new Notice(NotificationKind.QUEUE, t.getGroupId(), null),
                    t.getId());
        }
    }

    static String describe(List<Flag> all) {
        Map<FlagReason, Long> byReason = all.stream()
                .collect(Collectors.groupingBy(
                        Flag::getReason, () -> new EnumMap<>(FlagReason.class), Collectors.counting()));
        return all.size()
                + (all.size() == 1 ? " flag: " : " flags: ")
                + byReason.entrySet().stream()
                        .map(e -> e.getKey().label().toLowerCase() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                        .collect(Collectors.joining(", "));
    }

    /** Leaves the content up (restoring it if flags had hidden it) and tells the flaggers. */
    @Transactional
    public void dismissFlags(long itemId, String note) {
        QueueItem item = flagItem(itemId);
        restoreIfHidden(item, "flags reviewed");
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Left up" + suffix(note), clock.instant());
        audit.record(
                actor,
                "moderation.flags-dismissed",
                target(item),
                Inputs.clean(note).isEmpty() ? null : Inputs.clean(note));
        tellFlaggers(item, "a supervisor reviewed it and left it up.");
    }

    /** Hides the flagged content and tells the flaggers. */
    @Transactional
    public void upholdFlags(long itemId, String note) {
        QueueItem item = flagItem(itemId);
        hide(item, note);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Hidden" + suffix(note), clock.instant());
        tellFlaggers(item, "a supervisor reviewed it and hid it.");
    }

    private QueueItem flagItem(long itemId) {
        QueueItem item = open(itemId);
        if (item.getKind() != QueueKind.FLAG) {
            throw new IllegalStateException("This item is not about flags.");
        }
        return item;
    }

    private void restoreIfHidden(QueueItem item, String why) {
        if (item.getCommentId() != null) {
            if (comments.findById(item.getCommentId()).map(Comment::isHidden).orElse(false)) {
                moderation.hideComment(item.getCommentId(), false, why);
            }
        } else if (threads.findById(item.getThreadId())
                .map(DiscussionThread::isHidden)
                .orElse(false)) {
            moderation.hideThread(item.getThreadId(), false, why);
        }
    }

    private void hide(QueueItem item, String note) {
        if (item.getCommentId() != null) {
            moderation.hideComment(item.getCommentId(), true, note);
        } else {
            moderation.hideThread(item.getThreadId(), true, note);
        }
    }

    @Transactional(readOnly = true)
    public List<MyFlag> myFlags() {
        Actor actor = access.requireActiveMember();
        List<MyFlag> out = new ArrayList<>();
        for (Flag flag : flags.findByFlaggerIdOrderByCreatedAtDesc(actor.id())) {
            QueueItem item = queue.findById(flag.getQueueItemId()).orElseThrow();
            String title = threads.findById(item.getThreadId())
                    .map(DiscussionThread::getTitle)
                    .orElse("a thread");
            out.add(new MyFlag(
                    item.getThreadId(),
                    title,
                    item.getCommentId() != null,
                    flag.getReason(),
                    flag.getCreatedAt(),
                    item.isOpen() ? "Received; a supervisor will review it" : outcomeForFlagger(item)));
        }
        return out;
    }

    private static String outcomeForFlagger(QueueItem item) {
        return item.getResolution() != null && item.getResolution().startsWith("Hidden")
                ? "Reviewed: hidden"
                : "Reviewed: left up";
    }

    // --- other items: risk alerts and watched words ---

    /** Records who reached out to the writer, how and when, on a risk alert. */
    @Transactional
    public void recordOutreach(long itemId, String note) {
        QueueItem item = open(itemId);
        Actor actor = access.requireActiveMember();
        String text = Inputs.clean(note);
        if (text.isEmpty()) {
            throw InvalidInputException.of("outreach", "Say who contacted the member, and how.");
        }
        if (text.length() > NOTE_LIMIT) {
            throw InvalidInputException.of("outreach", "Use at most " + NOTE_LIMIT + " characters.");
        }
        item.outreach(actor.id(), text, clock.instant());
        audit.record(actor, "moderation.outreach", target(item), text);
    }

    /**
     * Closes a risk alert that is not one (an idiom, a quotation, a joke the writer marked): no outreach is needed,
     * but the reason is, and the closure is counted so the detector's false alarms in real use are visible.
     */
    @Transactional
    public void closeAsNotARisk(long itemId, String reason) {
        QueueItem item = open(itemId);
        Actor actor = access.requireActiveMember();
        if (!item.getKind().risk()) {
            throw InvalidInputException.of("item", "Only a risk alert can be closed as not a risk.");
        }
        String text = Inputs.clean(reason);
        if (text.isEmpty()) {
            throw InvalidInputException.of("not-a-risk", "Say why this is not a risk, e.g. \"an idiom\".");
        }
        if (text.length() > NOTE_LIMIT) {
            throw InvalidInputException.of("not-a-risk", "Use at most " + NOTE_LIMIT + " characters.");
        }
        item.closeAsNotARisk(actor.id(), text, clock.instant());
        audit.record(actor, "moderation.not-a-risk", target(item), text);
    }

    /** Closes a risk alert or watched-word item; hidden content can be restored or kept hidden separately. */
    @Transactional
    public void resolve(long itemId, String note) {
        QueueItem item = open(itemId);
        Actor actor = access.requireActiveMember();
        if (item.getKind().risk() && item.getOutreachAt() == null) {
            throw InvalidInputException.of("outreach", "Record the outreach before closing a risk alert.");
        }
        if (item.getKind() == QueueKind.WATCHED_WORD) {
            restoreIfHidden(item, "approved after watched-word review");
        }
        item.resolve(actor.id(), "Resolved" + suffix(note), clock.instant());
        audit.record(
                actor, "moderation.resolved", target(item), Inputs.clean(note).isEmpty() ? null : Inputs.clean(note));
    }

    /** Hides the content of any item (a watched word that should not stay up, say) and closes it. */
    @Transactional
    public void hideAndResolve(long itemId, String note) {
        QueueItem item = open(itemId);
        Actor actor = access.requireActiveMember();
        hide(item, note);
        item.resolve(actor.id(), "Hidden" + suffix(note), clock.instant());
        if (item.getKind() == QueueKind.FLAG) {
            tellFlaggers(item, "a supervisor reviewed it and hid it.");
        }
    }

    // --- members ---

    @Transactional
    public void warn(long accountId, String message) {
        Actor actor = requireModeratesMember(accountId);
        String text = Inputs.clean(message);
        if (text.isEmpty()) {
            throw InvalidInputException.of("message", "Write the warning the member will read.");
        }
        Account account = accounts.findById(accountId).orElseThrow();
        notifications.send(
                accountId,
                "A supervisor wrote to you: " + text,
                "notifications",
                new Notice(NotificationKind.WARNING, null, null));
        notes.save(new MemberNote(accountId, actor.id(), "Warning sent: " + text, clock.instant()));
        audit.record(actor, "account.warned", AuditTrail.Target.account(accountId, account.getDisplayName()), text);
    }

    @Transactional
    public void addNote(long accountId, String body) {
        Actor actor = requireModeratesMember(accountId);
        String text = Inputs.clean(body);
        if (text.isEmpty()) {
            throw InvalidInputException.of("note", "Write the note.");
        }
        if (text.length() > NOTE_LIMIT) {
            throw InvalidInputException.of("note", "Use at most " + NOTE_LIMIT + " characters.");
        }
        notes.save(new MemberNote(accountId, actor.id(), text, clock.instant()));
        Account account = accounts.findById(accountId).orElseThrow();
        audit.record(actor, "account.note-added", AuditTrail.Target.account(accountId, account.getDisplayName()), null);
    }

    public record NoteLine(String author, Instant at, String body) {}

    @Transactional(readOnly = true)
    public List<NoteLine> notes(long accountId) {
        requireModeratesMember(accountId);
        List<MemberNote> list = notes.findByAccountIdOrderByCreatedAtDesc(accountId);
        Map<Long, String> names =
                names(list.stream().map(MemberNote::getAuthorId).toList());
        return list.stream()
                .map(n -> new NoteLine(names.get(n.getAuthorId()), n.getCreatedAt(), n.getBody()))
                .toList();
    }

    private Actor requireModeratesMember(long accountId) {
        Actor actor = access.requireActiveMember();
        Account target = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such member."));
        if (!GroupAccess.canModerateMember(actor, target.actor(), groups.findAll())) {
            throw new AccessDeniedException("Only admins, and supervisors of this member's groups, can do that.");
        }
        return actor;
    }

    // --- the dashboard ---

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        Actor actor = access.requireActiveMember();
        if (!actor.verifier()) {
            throw new AccessDeniedException("The dashboard is for supervisors and admins.");
        }
        Map<Long, ConsultationGroup> moderated = moderated(actor);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(30));
        List<QueueItem> items = moderated.isEmpty() ? List.of() : queue.since(moderated.keySet(), since);
        Map<QueueKind, long[]> openByAge = new EnumMap<>(QueueKind.class);
        for (QueueItem item : items) {
            if (item.isOpen()) {
                long hours = Duration.between(item.getCreatedAt(), now).toHours();
                openByAge.computeIfAbsent(item.getKind(), k -> new long[3])[hours < 1 ? 0 : hours < 24 ? 1 : 2]++;
            }
        }
        List<Duration> firstActions = items.stream()
                .filter(i -> i.getFirstActionAt() != null && !i.getCreatedAt().isBefore(since))
                .map(i -> Duration.between(i.getCreatedAt(), i.getFirstActionAt()))
                .sorted()
                .toList();
        Map<FlagReason, Long> byReason = new EnumMap<>(FlagReason.class);
        List<Long> flagItems = items.stream()
                .filter(i -> i.getKind() == QueueKind.FLAG)
                .map(QueueItem::getId)
                .toList();
        if (!flagItems.isEmpty()) {
            flags.findByQueueItemIdIn(flagItems).stream()
                    .filter(f -> !f.getCreatedAt().isBefore(since))
                    .forEach(f -> byReason.merge(f.getReason(), 1L, Long::sum));
        }
        List<QueueItem> risks = items.stream().filter(i -> i.getKind().risk()).toList();
        return new Dashboard(
                openByAge,
                percentile(firstActions, 50),
                percentile(firstActions, 90),
                firstActions.size(),
                byReason,
                risks.size(),
                risks.stream().filter(i -> i.getOutreachAt() != null).count(),
                risks.stream().filter(QueueItem::isNotARisk).count());
    }

    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // --- helpers ---

    private QueueItem open(long itemId) {
        QueueItem item = queue.findById(itemId)
                .orElseThrow(() -> InvalidInputException.of("item", "This item no longer exists."));
        Actor actor = access.requireActiveMember();
        ConsultationGroup group = groups.findById(item.getGroupId()).orElseThrow();
        if (!GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only this group's supervisors and the admins can act on this item.");
        }
        if (!item.isOpen()) {
            throw InvalidInputException.of("item", "Another supervisor has already dealt with this item.");
        }
        return item;
    }

    private Map<Long, ConsultationGroup> moderated(Actor actor) {
        return groups.findAll().stream()
                .filter(g -> GroupAccess.canModerate(actor, g))
                .collect(Collectors.toMap(ConsultationGroup::getId, Function.identity()));
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return accounts.findAllById(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    private String title(QueueItem item) {
        return threads.findById(item.getThreadId())
                .map(DiscussionThread::getTitle)
                .orElse("your post");
    }

    private void tellAuthor(QueueItem item, String message) {
        if (item.getAuthorId() != null) {
            notifications.send(
                    item.getAuthorId(),
                    message,
                    "threads/" + item.getThreadId(),
                    new Notice(NotificationKind.REVIEW, item.getGroupId(), null));
        }
    }

    private void tellFlaggers(QueueItem item, String outcome) {
        Set<Long> flaggers = flags.findByQueueItemId(item.getId()).stream()
                .map(Flag::getFlaggerId)
                .collect(Collectors.toSet());
        notifications.send(
                flaggers,
                "Thank you for your flag on " + (item.getCommentId() == null ? "a post" : "a comment") + " in \""
                        + title(item) + "\": " + outcome,
                "threads/" + item.getThreadId(),
                false,
                new Notice(NotificationKind.FLAG_OUTCOME, item.getGroupId(), null));
    }

    private static String suffix(String note) {
        String text = Inputs.clean(note);
        return text.isEmpty() ? "" : ": " + text;
    }

    private AuditTrail.Target target(QueueItem item) {
        return item.getCommentId() == null
                ? new AuditTrail.Target("thread", Long.toString(item.getThreadId()), title(item))
                : new AuditTrail.Target("comment", Long.toString(item.getCommentId()), "in " + title(item));
    }
}

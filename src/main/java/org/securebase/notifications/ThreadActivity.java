package org.securebase.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccountStatus;
import org.securebase.tags.TagFollow;
import org.securebase.tags.TagFollowRepository;
import org.securebase.threads.Comment;
import org.securebase.threads.CommentRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadEvents;
import org.securebase.threads.ThreadRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells members about activity that concerns them, in the transaction that stored it: a reply to their post or
 * comment, an @mention, and a new thread in a tag they follow. Only members who can read the thread hear of it;
 * an anonymous writer is named "Anonymous member".
 */
@Component
class ThreadActivity {

    static final String ANONYMOUS = "Anonymous member";

    private final NotificationService notifications;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final AccountRepository accounts;
    private final GroupRepository groups;
    private final TagFollowRepository follows;

    ThreadActivity(
            NotificationService notifications,
            ThreadRepository threads,
            CommentRepository comments,
            AccountRepository accounts,
            GroupRepository groups,
            TagFollowRepository follows) {
        this.notifications = notifications;
        this.threads = threads;
        this.comments = comments;
        this.accounts = accounts;
        this.groups = groups;
        this.follows = follows;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void commentPosted(ThreadEvents.CommentPosted event) {
        Comment c = comments.findById(event.commentId()).orElse(null);
        DiscussionThread t = threads.findById(event.threadId()).orElse(null);
        if (c == null || t == null || c.isHidden() || c.getAuthorId() == null) {
            return;
        }
        ConsultationGroup group = groups.findById(t.getGroupId()).orElseThrow();
        long writer = c.getAuthorId();
        String who = who(writer, c.isAnonymous());
        String link = "threads/" + t.getId();
        Long repliedTo = c.getParentId() == null
                ? t.getAuthorId()
                : comments.findById(c.getParentId()).map(Comment::getAuthorId).orElse(null);
        Set<Long> told = new LinkedHashSet<>();
        if (repliedTo != null && repliedTo != writer && canRead(repliedTo, group)) {
            notifications.send(
                    List.of(repliedTo),
                    who + " replied to your " + (c.getParentId() == null ? "post" : "comment") + " in \"" + t.getTitle()
                            + "\".",
                    link,
                    false,
                    new Notice(NotificationKind.REPLY, group.getId(), who));
            told.add(repliedTo);
        }
        for (Account a : accounts.findAll()) {
            if (a.getId() == writer
                    || told.contains(a.getId())
                    || a.getStatus() != AccountStatus.ACTIVE
                    || !c.getBody().contains("@" + a.getDisplayName())
                    || !canRead(a.getId(), group)) {
                continue;
            }
            notifications.send(
                    List.of(a.getId()),
                    who + " mentioned you in \"" + t.getTitle() + "\".",
                    link,
                    false,
                    new Notice(NotificationKind.MENTION, group.getId(), who));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void threadPublished(ThreadEvents.ThreadPublished event) {
        DiscussionThread t = threads.findById(event.threadId()).orElse(null);
        if (t == null || t.getTagIds().isEmpty()) {
            return;
        }
        ConsultationGroup group = groups.findById(t.getGroupId()).orElseThrow();
        Set<Long> followers = new LinkedHashSet<>();
        for (long tagId : t.getTagIds()) {
            follows.findByTagId(tagId).stream().map(TagFollow::getAccountId).forEach(followers::add);
        }
        String who = t.getAuthorId() == null ? "A member" : who(t.getAuthorId(), t.isAnonymous());
        followers.removeIf(id -> id.equals(t.getAuthorId()) || !canRead(id, group));
        if (!followers.isEmpty()) {
            notifications.send(
                    followers,
                    who + " started \"" + t.getTitle() + "\" in " + group.getName()
                            + ", tagged with a theme you follow.",
                    "threads/" + t.getId(),
                    false,
                    new Notice(NotificationKind.FOLLOWED_TAG, group.getId(), who));
        }
    }

    private String who(long accountId, boolean anonymous) {
        if (anonymous) {
            return ANONYMOUS;
        }
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("A member");
    }

    private boolean canRead(long accountId, ConsultationGroup group) {
        return accounts.findById(accountId)
                .map(a -> GroupAccess.canView(a.actor(), group))
                .orElse(false);
    }
}

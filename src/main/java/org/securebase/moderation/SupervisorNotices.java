package org.securebase.moderation;

import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupRepository;
import org.securebase.notifications.Notice;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationService;
import org.securebase.risk.RiskLevel;
import org.securebase.threads.DiscussionThread;
import org.springframework.stereotype.Component;

/** What a group's supervisors are told when something new enters their review queue. */
@Component
class SupervisorNotices {

    private final NotificationService notifications;
    private final GroupModerators moderators;
    private final GroupRepository groups;

    SupervisorNotices(NotificationService notifications, GroupModerators moderators, GroupRepository groups) {
        this.notifications = notifications;
        this.moderators = moderators;
        this.groups = groups;
    }

    /** {@code review} is CASE_REVIEW or POST_REVIEW. */
    void awaitingReview(long groupId, QueueKind review, long threadId) {
        alert(
                groupId,
                (review == QueueKind.CASE_REVIEW ? "A case consultation" : "A new post") + " awaits your review in "
                        + groupName(groupId) + ".",
                false,
                "moderation",
                threadId);
    }

    /** Urgent, and to the admins when the group has no supervisors, so no risk alert goes unseen. */
    void riskAlert(long groupId, RiskLevel level, String writer, long itemId, long threadId) {
        alert(
                groupId,
                level == RiskLevel.SELF
                        ? "Risk alert in " + groupName(groupId) + ": " + writer + " may need someone to reach out now."
                        : "Urgent in " + groupName(groupId) + ": " + writer + " reports a present danger to someone.",
                true,
                "moderation?item=" + itemId,
                threadId);
    }

    /** Only on a new flag item: later flags on the same content add to it without notifying again. */
    void firstFlag(DiscussionThread t, Long commentId) {
        notifications.send(
                moderators.activeSupervisors(t.getGroupId()),
                "A member flagged " + (commentId == null ? "a post" : "a comment") + " in \"" + t.getTitle() + "\".",
                "moderation",
                false,
                new Notice(NotificationKind.QUEUE, t.getGroupId(), null),
                t.getId());
    }

    private void alert(long groupId, String message, boolean urgent, String link, long threadId) {
        notifications.send(
                moderators.alertRecipients(groupId),
                message,
                link,
                urgent,
                new Notice(urgent ? NotificationKind.RISK_ALERT : NotificationKind.QUEUE, groupId, null),
                threadId);
    }

    private String groupName(long groupId) {
        return groups.findById(groupId).map(ConsultationGroup::getName).orElse("a group");
    }
}

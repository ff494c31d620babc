package org.securebase.moderation;

import java.time.Instant;
import java.util.List;
import org.securebase.threads.FlagReason;
import org.securebase.threads.Flagging;
import org.springframework.stereotype.Service;

/**
 * The moderation module's entry point: the review queue and what supervisors do from it; flags from members; notes
 * and warnings on members. Each part lives in its own package-private service; this class only hands calls on, so
 * views and other modules keep one type to depend on.
 */
@Service
public class ModerationService implements Flagging {

    public static final int NOTE_LIMIT = 2_000;

    public record NoteLine(String author, Instant at, String body) {}

    private final ReviewQueue reviewQueue;
    private final PostReviews postReviews;
    private final ItemResolutions resolutions;
    private final Flags flags;
    private final MemberModeration members;
    private final ModerationDashboard dashboard;

    ModerationService(
            ReviewQueue reviewQueue,
            PostReviews postReviews,
            ItemResolutions resolutions,
            Flags flags,
            MemberModeration members,
            ModerationDashboard dashboard) {
        this.reviewQueue = reviewQueue;
        this.postReviews = postReviews;
        this.resolutions = resolutions;
        this.flags = flags;
        this.members = members;
        this.dashboard = dashboard;
    }

    // --- the queue ---

    /** Open items in the groups the supervisor moderates (admins: all), most urgent first, then oldest. */
    public List<QueueEntry> queue() {
        return reviewQueue.list();
    }

    public int openCount() {
        return reviewQueue.openCount();
    }

    // --- posts awaiting approval ---

    public void approve(long itemId) {
        postReviews.approve(itemId);
    }

    public void reject(long itemId, String reason) {
        postReviews.reject(itemId, reason);
    }

    /** The author gets the message and their post back to edit; resubmitting puts it in the queue again. */
    public void requestChanges(long itemId, String message) {
        postReviews.requestChanges(itemId, message);
    }

    // --- flags ---

    /** Any member who can read a post (commentId null) or comment can flag it, once. */
    @Override
    public void flag(long threadId, Long commentId, FlagReason reason, String note) {
        flags.flag(threadId, commentId, reason, note);
    }

    /** Leaves the content up (restoring it if flags had hidden it) and tells the flaggers. */
    public void dismissFlags(long itemId, String note) {
        resolutions.dismissFlags(itemId, note);
    }

    /** Hides the flagged content and tells the flaggers. */
    public void upholdFlags(long itemId, String note) {
        resolutions.upholdFlags(itemId, note);
    }

    public List<MyFlag> myFlags() {
        return flags.myFlags();
    }

    // --- other items: risk alerts and watched words ---

    /** Records who reached out to the writer, how and when, on a risk alert. */
    public void recordOutreach(long itemId, String note) {
        resolutions.recordOutreach(itemId, note);
    }

    /**
     * Closes a risk alert that is not one (an idiom, a quotation, a joke the writer marked): no outreach is needed,
     * but the reason is, and the closure is counted so the detector's false alarms in real use are visible.
     */
    public void closeAsNotARisk(long itemId, String reason) {
        resolutions.closeAsNotARisk(itemId, reason);
    }

    /** Closes a risk alert or watched-word item; hidden content can be restored or kept hidden separately. */
    public void resolve(long itemId, String note) {
        resolutions.resolve(itemId, note);
    }

    /** Hides the content of any item (a watched word that should not stay up, say) and closes it. */
    public void hideAndResolve(long itemId, String note) {
        resolutions.hideAndResolve(itemId, note);
    }

    // --- members ---

    public void warn(long accountId, String message) {
        members.warn(accountId, message);
    }

    public void addNote(long accountId, String body) {
        members.addNote(accountId, body);
    }

    public List<NoteLine> notes(long accountId) {
        return members.notes(accountId);
    }

    // --- the dashboard ---

    public Dashboard dashboard() {
        return dashboard.dashboard();
    }
}

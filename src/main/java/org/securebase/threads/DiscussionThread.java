package org.securebase.threads;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A post that opens a discussion: a case consultation, a discussion or a reflection prompt. */
@Entity
public class DiscussionThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThreadKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private String question;
    private Long authorId;
    private String guestName;
    private boolean anonymous;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant editedAt;

    @Column(nullable = false)
    private Instant lastActivityAt;

    private int commentCount;
    private String summary;
    private String summaryBy;
    private Instant summaryAt;
    private String importKey;
    private boolean attested;
    private String keptDetails;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThreadStatus status = ThreadStatus.PUBLISHED;

    @ElementCollection
    @CollectionTable(name = "thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "tag_id")
    private Set<Long> tagIds = new HashSet<>();

    private boolean hidden;
    private boolean locked;
    private boolean pinned;
    private Long mergedInto;
    private int slowModeMinutes;
    private String reviewNote;
    private Instant answeredAt;
    private Instant reflectedAt;
    private Instant followedUpAt;

    @Version
    private long version;

    protected DiscussionThread() {}

    DiscussionThread(
            long groupId,
            ThreadKind kind,
            String title,
            String body,
            String question,
            Long authorId,
            boolean anonymous,
            Instant createdAt) {
        this.groupId = groupId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.question = question;
        this.authorId = authorId;
        this.anonymous = anonymous;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    static DiscussionThread imported(
            long groupId, String title, String body, String guestName, Instant createdAt, String importKey) {
        DiscussionThread thread =
                new DiscussionThread(groupId, ThreadKind.DISCUSSION, title, body, null, null, false, createdAt);
        thread.guestName = guestName;
        thread.importKey = importKey;
        return thread;
    }

    void disclose(boolean attested, java.util.Set<String> notIdentifying) {
        this.attested = attested;
        this.keptDetails = notIdentifying.isEmpty() ? null : String.join("\n", new java.util.TreeSet<>(notIdentifying));
    }

    void edit(String title, String body, String question, Instant at) {
        this.title = title;
        this.body = body;
        this.question = question;
        this.editedAt = at;
    }

    /** The consultation loop's marks: someone answered, the author reflected, the author followed up. */
    void answered(Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
        }
    }

    void reflected(Instant at) {
        reflectedAt = at;
    }

    void followedUp(Instant at) {
        followedUpAt = at;
    }

    /** Where a case consultation stands in its loop; null for other kinds of thread. */
    public LoopState getLoopState() {
        return kind != ThreadKind.CASE_CONSULTATION ? null : LoopState.of(answeredAt, reflectedAt, followedUpAt);
    }

    void commented(Instant at) {
        commentCount++;
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    /** Returns true when the text was found and replaced. */
    boolean redact(String text, String with) {
        boolean found = title.contains(text)
                || body.contains(text)
                || (question != null && question.contains(text))
                || (summary != null && summary.contains(text));
        title = title.replace(text, with);
        body = body.replace(text, with);
        question = question == null ? null : question.replace(text, with);
        summary = summary == null ? null : summary.replace(text, with);
        // Not shown to members, but kept: a supervisor's review note and the details the author kept.
        reviewNote = reviewNote == null ? null : reviewNote.replace(text, with);
        keptDetails = keptDetails == null ? null : keptDetails.replace(text, with);
        return found;
    }

    void summarise(String summary, String by, Instant at) {
        this.summary = summary;
        this.summaryBy = by;
        this.summaryAt = at;
    }

    void tag(Set<Long> tagIds) {
        this.tagIds.clear();
        this.tagIds.addAll(tagIds);
    }

    void status(ThreadStatus status, String reviewNote) {
        this.status = status;
        this.reviewNote = reviewNote;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void moveTo(long groupId) {
        this.groupId = groupId;
    }

    void mergeInto(long threadId) {
        this.mergedInto = threadId;
        this.locked = true;
    }

    void slowMode(int minutes) {
        this.slowModeMinutes = minutes;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public ThreadKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getQuestion() {
        return question;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getGuestName() {
        return guestName;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryBy() {
        return summaryBy;
    }

    public Instant getSummaryAt() {
        return summaryAt;
    }

    public boolean isAttested() {
        return attested;
    }

    public String getKeptDetails() {
        return keptDetails;
    }

    public ThreadStatus getStatus() {
        return status;
    }

    public Set<Long> getTagIds() {
        return Set.copyOf(tagIds);
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public int getSlowModeMinutes() {
        return slowModeMinutes;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}

package org.securebase.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Something supervisors need to look at: a post to approve, flagged content, a risk alert or a watched word.
 * The trigger never quotes the content; the queue shows the content itself, in context, to moderators only.
 */
@Entity
public class QueueItem {

    public enum Status {
        OPEN,
        RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QueueKind kind;

    @Column(nullable = false)
    private long threadId;

    private Long commentId;
    private Long authorId;
    private int priority;

    @Column(name = "trigger_text", nullable = false)
    private String trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant firstActionAt;
    private Instant resolvedAt;
    private Long resolvedBy;
    private String resolution;
    private Long outreachBy;
    private Instant outreachAt;
    private String outreachNote;

    @Column(name = "not_a_risk")
    private boolean notARisk;

    @Version
    private long version;

    protected QueueItem() {}

    QueueItem(
            long groupId,
            QueueKind kind,
            long threadId,
            Long commentId,
            Long authorId,
            String trigger,
            Instant createdAt) {
        this.groupId = groupId;
        this.kind = kind;
        this.threadId = threadId;
        this.commentId = commentId;
        this.authorId = authorId;
        this.priority = kind.priority();
        this.trigger = trigger;
        this.createdAt = createdAt;
    }

    void acted(Instant at) {
        if (firstActionAt == null) {
            firstActionAt = at;
        }
    }

    void resolve(long by, String resolution, Instant at) {
        acted(at);
        this.status = Status.RESOLVED;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolution = resolution;
    }

    void closeAsNotARisk(long by, String reason, Instant at) {
        resolve(by, "Not a risk: " + reason, at);
        this.notARisk = true;
    }

    void outreach(long by, String note, Instant at) {
        acted(at);
        this.outreachBy = by;
        this.outreachAt = at;
        this.outreachNote = note;
    }

    void retrigger(String trigger) {
        this.trigger = trigger;
    }

    void moveTo(long groupId) {
        this.groupId = groupId;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public QueueKind getKind() {
        return kind;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public int getPriority() {
        return priority;
    }

    public String getTrigger() {
        return trigger;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstActionAt() {
        return firstActionAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }

    public Long getOutreachBy() {
        return outreachBy;
    }

    public Instant getOutreachAt() {
        return outreachAt;
    }

    public String getOutreachNote() {
        return outreachNote;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isNotARisk() {
        return notARisk;
    }
}

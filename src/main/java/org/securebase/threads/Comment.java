package org.securebase.threads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A comment: top-level comments are numbered 1, 2, 3… in order; replies hang beneath their parent. The sort path
 * (each level's creation order, zero-padded) lists a thread's comments in reading order with one index.
 */
@Entity
@Table(name = "thread_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long threadId;

    private Long parentId;
    private Integer number;
    private int depth;

    @Column(nullable = false)
    private String sortPath;

    private Long authorId;
    private String guestName;
    private boolean anonymous;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant editedAt;
    private boolean deleted;
    private boolean helpful;
    private boolean hidden;
    private Long mergedInto;
    private String importKey;
    private boolean followUp;

    @Version
    private long version;

    protected Comment() {}

    Comment(
            long threadId,
            Comment parent,
            int position,
            Long authorId,
            String guestName,
            boolean anonymous,
            String body,
            Instant createdAt,
            String importKey) {
        this.threadId = threadId;
        this.parentId = parent == null ? null : parent.getId();
        this.number = parent == null ? position : null;
        this.depth = parent == null ? 0 : parent.depth + 1;
        String segment = String.format("%06d", position);
        this.sortPath = parent == null ? segment : parent.sortPath + "." + segment;
        this.authorId = authorId;
        this.guestName = guestName;
        this.anonymous = anonymous;
        this.body = body;
        this.createdAt = createdAt;
        this.importKey = importKey;
    }

    void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    boolean redact(String text, String with) {
        boolean found = body.contains(text);
        body = body.replace(text, with);
        return found;
    }

    void delete() {
        this.deleted = true;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void mergeInto(long commentId) {
        this.mergedInto = commentId;
        this.hidden = true;
    }

    void markFollowUp() {
        this.followUp = true;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    void markHelpful(boolean helpful) {
        this.helpful = helpful;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Integer getNumber() {
        return number;
    }

    public int getDepth() {
        return depth;
    }

    public String getSortPath() {
        return sortPath;
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

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isHelpful() {
        return helpful;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}

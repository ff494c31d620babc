package org.securebase.threads;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The text an edit replaced. */
@Entity
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long threadId;
    private Long commentId;
    private String title;
    private String body;
    private Instant replacedAt;
    private Long replacedBy;

    protected Revision() {}

    Revision(long threadId, Long commentId, String title, String body, Instant replacedAt, Long replacedBy) {
        this.threadId = threadId;
        this.commentId = commentId;
        this.title = title;
        this.body = body;
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
    }

    void redact(String text, String with) {
        body = body.replace(text, with);
        title = title == null ? null : title.replace(text, with);
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getCommentId() {
        return commentId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}

package org.securebase.threads;

/**
 * The gate every new post and comment passes. Before it is stored, the gate may refuse it with a message for the
 * field (a silenced member, a blocking phrase, a rate limit); once stored, it files what screening found (queue
 * items, risk alerts to supervisors). Moderation implements it, so threads never depends on moderation and a
 * post's screening happens here once, in the service, never again in a view.
 */
public interface PostGate {

    enum Post {
        THREAD,
        COMMENT
    }

    /** Why a new thread waits for a supervisor's approval. */
    enum Review {
        CASE_CONSULTATION,
        NEW_MEMBER
    }

    /** What screening found, handed back to the gate once the post has an id. */
    interface Screened {
        /** A watched phrase asks a supervisor to approve the post before others see it. */
        boolean holdForReview();

        /** What the risk engine read in the writer's words; {@code NONE} or null when nothing. */
        org.securebase.risk.RiskLevel risk();
    }

    Screened before(long accountId, Post post, String field, String text);

    /** {@code review} is null when the thread is published at once. */
    void threadStored(long groupId, long threadId, long authorId, Review review, Screened screened);

    /**
     * {@code identifying}: why the comment, with what the thread already holds, may identify the client (see
     * {@code CaseAsAWhole}); the comment is stored hidden and waits for a supervisor. Null when nothing.
     */
    void commentStored(
            long groupId, long threadId, long commentId, long authorId, Screened screened, String identifying);
}

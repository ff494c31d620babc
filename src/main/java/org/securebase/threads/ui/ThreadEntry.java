package org.securebase.threads.ui;

import org.securebase.threads.CommentItem;

/**
 * One row of a thread's single scroll region: the post first (no comment), then the comments in reading order. The
 * post rides in the same lazy list so that post and discussion scroll as one page.
 */
record ThreadEntry(CommentItem comment) {

    static final ThreadEntry POST = new ThreadEntry(null);

    boolean post() {
        return comment == null;
    }
}

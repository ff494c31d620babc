package org.securebase.threads;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.securebase.threads.ui.ThreadView;

/** Links into threads for the modules that build on them (search hits, review-queue entries). */
public final class ThreadLinks {

    private ThreadLinks() {}

    public static RouterLink thread(String text, long threadId) {
        return new RouterLink(text, ThreadView.class, new RouteParameters("threadId", Long.toString(threadId)));
    }
}

package org.securebase.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Delivers a notification to the member's open pages once it is committed, so alerts arrive without a reload. */
@Component
public class NotificationBus {

    record Sent(long accountId, NotificationLine line) {}

    private final Map<Long, Set<Consumer<NotificationLine>>> listeners = new ConcurrentHashMap<>();

    public Runnable subscribe(long accountId, Consumer<NotificationLine> listener) {
        listeners
                .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listeners.getOrDefault(accountId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(Sent sent) {
        listeners.getOrDefault(sent.accountId(), Set.of()).forEach(l -> l.accept(sent.line()));
    }
}

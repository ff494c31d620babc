package org.securebase.cluster;

import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One instance (H2): events go straight to this process's handlers after commit. */
class LocalEvents implements ClusterEvents {

    private final EventHandlers handlers = new EventHandlers();

    @Override
    public void publish(String topic, long... ids) {
        long[] copy = ids.clone();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            handlers.dispatch(topic, copy);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                handlers.dispatch(topic, copy);
            }
        });
    }

    @Override
    public void on(String topic, Consumer<long[]> handler) {
        handlers.add(topic, handler);
    }
}

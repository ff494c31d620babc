package org.securebase.cluster;

import java.util.function.Consumer;

/**
 * Tells every running instance of the app that something changed, once the transaction that changed it commits.
 * An event is a topic and a few ids, never content: each receiver reads what it needs through the services, with
 * its own reader's access. On PostgreSQL the event travels by LISTEN/NOTIFY; on H2 (one instance) it stays in this
 * process. Each instance, the publishing one included, receives each event once.
 */
public interface ClusterEvents {

    /** Delivers after the caller's transaction commits, and not at all if it rolls back; at once without one. */
    void publish(String topic, long... ids);

    /** Runs {@code handler} on this instance for every event of {@code topic}, whichever instance published it. */
    void on(String topic, Consumer<long[]> handler);
}

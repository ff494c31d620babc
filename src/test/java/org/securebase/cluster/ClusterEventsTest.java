package org.securebase.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.Eventually;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The event transport the database chose (in-process on H2, LISTEN/NOTIFY on PostgreSQL) delivers once, after commit. */
@DatabaseTest
class ClusterEventsTest {

    @Autowired
    ClusterEvents events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anEventArrivesOnceAfterItsTransactionCommitsAndNeverAfterARollback() throws InterruptedException {
        String topic = "test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> heard = new CopyOnWriteArrayList<>();
        events.on(topic, ids -> heard.add(ids[0]));
        tx.executeWithoutResult(s -> {
            events.publish(topic, 1);
            s.setRollbackOnly();
        });
        tx.executeWithoutResult(s -> {
            events.publish(topic, 2);
            assertThat(heard).as("not before the commit").isEmpty();
        });
        events.publish(topic, 3); // without a transaction: sent at once
        Eventually.within5s(() -> assertThat(heard).containsExactly(2L, 3L));
        Thread.sleep(300);
        assertThat(heard).as("each event once").containsExactly(2L, 3L);
    }

    @Test
    void theTransportFollowsTheDatabase() {
        boolean postgres = "postgres".equals(System.getProperty("securebase.test.db"));
        assertThat(events).isInstanceOf(postgres ? PostgresEvents.class : LocalEvents.class);
    }
}

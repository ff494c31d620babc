package org.securebase.cluster;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances on one PostgreSQL: {@code pg_notify} runs in the caller's transaction, so PostgreSQL sends the
 * event only when that commits, to every instance's {@link PostgresListener}, this one's too. Nothing is dispatched
 * here directly, so the publishing instance hears each event once, like the others.
 */
class PostgresEvents implements ClusterEvents, SmartLifecycle {

    static final String CHANNEL = "securebase_events";

    private final JdbcTemplate jdbc;
    private final EventHandlers handlers = new EventHandlers();
    private final PostgresListener listener;

    PostgresEvents(DataSource dataSource, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.listener = new PostgresListener(dataSource, handlers);
    }

    @Override
    public void publish(String topic, long... ids) {
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, EventHandlers.payload(topic, ids));
    }

    @Override
    public void on(String topic, Consumer<long[]> handler) {
        handlers.add(topic, handler);
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    /** Starts early and stops late: after the web server has finished its requests. */
    @Override
    public int getPhase() {
        return 0;
    }
}

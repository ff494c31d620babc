package org.securebase.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one connection of its own (outside the pool, which would otherwise lose a connection for good) that
 * LISTENs on the events channel, and hands each notification to this instance's handlers. A lost connection is
 * opened again; events sent while it was down are missed, and pages catch up at their next change or reload.
 */
class PostgresListener {

    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final DataSource dataSource;
    private final EventHandlers handlers;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PostgresListener(DataSource dataSource, EventHandlers handlers) {
        this.dataSource = dataSource;
        this.handlers = handlers;
    }

    /** Listens before the app reports itself ready, so no event committed after that is missed. */
    void start() {
        running = true;
        try {
            connection = listen();
        } catch (SQLException e) {
            log.warn("Could not listen for events from other instances yet: {}", e.getMessage());
        }
        thread = Thread.ofPlatform().daemon().name("cluster-events").start(this::loop);
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    boolean isRunning() {
        return running;
    }

    private void loop() {
        long lastCheck = System.nanoTime();
        int failures = 0;
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    log.info("Listening for events from other instances again");
                }
                PGNotification[] notifications =
                        connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        handlers.dispatch(n.getParameter());
                    }
                }
                if (System.nanoTime() - lastCheck > CHECK_EVERY_NANOS) {
                    // A connection dropped without a word (a restarted database, a firewall) shows only on use.
                    try (Statement s = connection.createStatement()) {
                        s.execute("select 1");
                    }
                    lastCheck = System.nanoTime();
                }
                failures = 0;
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                failures++;
                log.warn("Lost the connection that hears other instances' events: {}", e.getMessage());
                close();
                pause(Math.min(30_000L, 500L << Math.min(failures, 6)));
            }
        }
    }

    private Connection listen() throws SQLException {
        Connection c = dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                ? DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
                : dataSource.getConnection();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("listen " + PostgresEvents.CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void close() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

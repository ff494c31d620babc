package org.securebase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class FailureLogTest {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Logger logger;

    @BeforeEach
    void capture() {
        logger = new LoggerContext().getLogger("failures");
        events.start();
        logger.addAppender(events);
    }

    private static RuntimeException writeFailure() {
        return new IllegalStateException(
                "post failed",
                new DataIntegrityViolationException("could not execute statement", new RuntimeException("closed")));
    }

    @Test
    void logsTheStackOnceAndTheCauseOnEveryRepeat() {
        FailureLog log = new FailureLog(logger);
        RuntimeException failure = writeFailure();

        log.record(failure);
        log.record(failure);
        log.record(failure);

        assertThat(events.list).hasSize(3);
        assertThat(events.list.get(0).getThrowableProxy()).isNotNull();
        assertThat(events.list.subList(1, 3)).allSatisfy(e -> {
            assertThat(e.getThrowableProxy()).isNull();
            assertThat(e.getFormattedMessage()).contains("RuntimeException: closed");
        });
    }

    @Test
    void logsTheStackAgainAfterAQuietPeriod() {
        Instant[] now = {Instant.parse("2026-11-27T12:00:00Z")};
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        FailureLog log = new FailureLog(logger, clock);
        RuntimeException failure = writeFailure();

        log.record(failure);
        now[0] = now[0].plus(Duration.ofMinutes(5));
        log.record(failure);
        now[0] = now[0].plus(Duration.ofHours(1));
        log.record(failure);

        assertThat(events.list).extracting(e -> e.getThrowableProxy() != null).containsExactly(true, false, true);
    }

    @Test
    void theMemberIsToldTheirTextWasKept() {
        assertThat(SessionMessages.UNEXPECTED_FAILURE).contains("not saved").contains("What you typed is kept");
    }
}

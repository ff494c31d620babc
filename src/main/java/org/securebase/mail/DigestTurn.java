package org.securebase.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether this run writes the daily digest: once a day, after securebase.mail.digest-hour (UTC). A row lock in
 * mail_job gives the day to one run even with several instances; the claim commits or rolls back with the digest.
 */
@Component
class DigestTurn {

    private final JdbcTemplate jdbc;
    private final MailSettings settings;
    private final Clock clock;

    DigestTurn(JdbcTemplate jdbc, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code force}: now, whatever the hour and even if today's digest went out already (tests, by hand). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(boolean force) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!force && clock.instant().atZone(ZoneOffset.UTC).getHour() < settings.digestHour()) {
            return false;
        }
        int claimed = jdbc.update(
                "update mail_job set last_run = ? where name = 'digest'" + " and (last_run is null or last_run < ?)",
                today,
                today);
        return claimed == 1 || force;
    }
}

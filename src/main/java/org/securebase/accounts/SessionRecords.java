package org.securebase.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The member_session rows: one per signed-in session, read by every instance. */
@Component
class SessionRecords {

    private final NamedParameterJdbcTemplate jdbc;

    SessionRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String key, long accountId, Instant now, String browser, String address) {
        jdbc.update(
                "insert into member_session (session_key, account_id, started_at, last_seen_at, browser, address)"
                        + " values (:key, :account, :now, :now, :browser, :address)",
                Map.of(
                        "key", key,
                        "account", accountId,
                        "now", Timestamp.from(now),
                        "browser", browser,
                        "address", address));
    }

    /** Whether the row is there and not ended; a purged row counts as ended. */
    boolean live(String key) {
        Integer n = jdbc.queryForObject(
                "select count(*) from member_session where session_key = :key and ended_at is null",
                Map.of("key", key),
                Integer.class);
        return n != null && n > 0;
    }

    void touch(String key, Instant now) {
        jdbc.update(
                "update member_session set last_seen_at = :now where session_key = :key",
                Map.of("key", key, "now", Timestamp.from(now)));
    }

    List<MemberSessions.Session> open(long accountId, Instant seenSince, Instant startedSince) {
        return jdbc.query(
                "select id, session_key, started_at, last_seen_at, browser, address from member_session"
                        + " where account_id = :account and ended_at is null and last_seen_at >= :seen"
                        + " and started_at >= :started order by last_seen_at desc, id desc",
                Map.of(
                        "account", accountId,
                        "seen", Timestamp.from(seenSince),
                        "started", Timestamp.from(startedSince)),
                (rs, i) -> new MemberSessions.Session(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6)));
    }

    /** Ends the member's row with this id; 0 when it is not theirs or already ended. */
    int end(long accountId, long id, Instant now) {
        return jdbc.update(
                "update member_session set ended_at = :now where id = :id and account_id = :account"
                        + " and ended_at is null",
                Map.of("id", id, "account", accountId, "now", Timestamp.from(now)));
    }

    void endByKey(String key, Instant now) {
        jdbc.update(
                "update member_session set ended_at = :now where session_key = :key and ended_at is null",
                Map.of("key", key, "now", Timestamp.from(now)));
    }

    /** Ends every open row of the member but the one with {@code keep} (null: all of them). */
    int endAllBut(long accountId, String keep, Instant now) {
        return jdbc.update(
                "update member_session set ended_at = :now where account_id = :account and ended_at is null"
                        + " and session_key <> :keep",
                Map.of("account", accountId, "keep", keep == null ? "" : keep, "now", Timestamp.from(now)));
    }

    /** Deletes ended rows, and rows last seen so long ago that their session has outlived its lifetime. */
    int purge(Instant seenBefore) {
        return jdbc.update(
                "delete from member_session where ended_at is not null or last_seen_at < :before",
                Map.of("before", Timestamp.from(seenBefore)));
    }
}

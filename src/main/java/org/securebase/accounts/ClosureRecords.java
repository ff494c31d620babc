package org.securebase.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The account_closure rows: a member's requests to close their account, and what became of each. */
@Component
class ClosureRecords {

    private static final String COLUMNS =
            "c.id, c.account_id, c.status, c.requested_at, c.decided_at, c.decline_reason, a.display_name, a.full_name";

    private final NamedParameterJdbcTemplate jdbc;

    ClosureRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long accountId, Instant now) {
        jdbc.update(
                "insert into account_closure (account_id, status, requested_at) values (:account, 'OPEN', :now)",
                Map.of("account", accountId, "now", Timestamp.from(now)));
    }

    /** The account's latest request, in any state. */
    Optional<AccountClosures.Closure> latest(long accountId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from account_closure c join account a on a.id = c.account_id"
                                + " where c.account_id = :account order by c.requested_at desc, c.id desc",
                        Map.of("account", accountId),
                        ClosureRecords::closure)
                .stream()
                .findFirst();
    }

    Optional<AccountClosures.Closure> byId(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from account_closure c join account a on a.id = c.account_id"
                                + " where c.id = :id",
                        Map.of("id", id),
                        ClosureRecords::closure)
                .stream()
                .findFirst();
    }

    List<AccountClosures.Closure> open() {
        return jdbc.query(
                "select " + COLUMNS + " from account_closure c join account a on a.id = c.account_id"
                        + " where c.status = 'OPEN' order by c.requested_at, c.id",
                Map.of(),
                ClosureRecords::closure);
    }

    /** Moves an open request on; false when it was no longer open (decided or cancelled meanwhile). */
    boolean decide(long id, AccountClosures.State state, Instant now, Long decidedBy, String reason) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("state", state.name());
        p.put("now", Timestamp.from(now));
        p.put("by", decidedBy);
        p.put("reason", reason);
        return jdbc.update(
                        "update account_closure set status = :state, decided_at = :now, decided_by = :by,"
                                + " decline_reason = :reason where id = :id and status = 'OPEN'",
                        p)
                == 1;
    }

    private static AccountClosures.Closure closure(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new AccountClosures.Closure(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("display_name"),
                rs.getString("full_name"),
                AccountClosures.State.valueOf(rs.getString("status")),
                rs.getTimestamp("requested_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                rs.getString("decline_reason"));
    }
}

package org.securebase.groups;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For tests that are not about the covenant: the member has accepted the current covenant of every group as it
 * stands (TestAccounts.signInAs calls this; CovenantServiceTest signs in without it).
 */
@Component
public class TestCovenants {

    private final JdbcTemplate jdbc;

    public TestCovenants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The same for the member with this email (journeys sign in by email), when there is one. */
    public void acceptAll(String email) {
        jdbc.queryForList("select id from account where lower(email) = lower(?)", Long.class, email)
                .forEach(this::acceptAll);
    }

    public void acceptAll(long accountId) {
        jdbc.update("""
                insert into covenant_acceptance (group_id, account_id, version, accepted_at)
                select g.id, ?, coalesce((select max(c.version) from group_covenant c where c.group_id = g.id), 1),
                       current_timestamp
                from consultation_group g
                where not exists (select 1 from covenant_acceptance a where a.group_id = g.id and a.account_id = ?
                                  and a.version = coalesce((select max(c.version) from group_covenant c
                                                            where c.group_id = g.id), 1))
                """, accountId, accountId);
    }
}

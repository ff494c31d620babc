package org.securebase.groups;

import java.util.Map;
import org.securebase.accounts.SecondFactorGroups;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A member of a group that requires a second factor (or any member, for an open group that does) must use one. */
@Component
class SecondFactorGroupRule implements SecondFactorGroups {

    private final NamedParameterJdbcTemplate jdbc;

    SecondFactorGroupRule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean anyGroupRequires(long accountId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from consultation_group g where g.requires_second_factor = true and (g.open_to_all"
                        + " = true or exists (select 1 from group_member m where m.group_id = g.id"
                        + " and m.account_id = :id))",
                Map.of("id", accountId),
                Integer.class);
        return found != null && found > 0;
    }
}

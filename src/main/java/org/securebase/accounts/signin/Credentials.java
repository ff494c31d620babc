package org.securebase.accounts.signin;

import java.time.Instant;
import org.securebase.accounts.Account;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads when an account's password last changed (or its member ended their other sessions), for {@link SessionLimits}. */
interface Credentials extends Repository<Account, Long> {

    @Query("select a.credentialsChangedAt from Account a where a.id = :id")
    Instant changedAt(@Param("id") long id);
}

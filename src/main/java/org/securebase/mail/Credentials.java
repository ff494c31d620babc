package org.securebase.mail;

import java.time.Instant;
import org.securebase.accounts.Account;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads when an account's password was last reset, for {@link EndSessionsAfterReset}. */
interface Credentials extends Repository<Account, Long> {

    @Query("select a.credentialsChangedAt from Account a where a.id = :id")
    Instant changedAt(@Param("id") long id);
}

package org.securebase.accounts;

import java.util.Optional;
import org.securebase.security.Actor;
import org.securebase.security.ActorLookup;
import org.springframework.stereotype.Component;

/** Security's view of an account: read from the database on every call, so a role change applies at once. */
@Component
class AccountActors implements ActorLookup {

    private final AccountRepository accounts;

    AccountActors(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Actor> actor(long accountId) {
        return accounts.findById(accountId).map(Account::actor);
    }
}

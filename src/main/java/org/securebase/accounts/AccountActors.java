package org.securebase.accounts;

import java.util.Optional;
import org.securebase.security.Actor;
import org.securebase.security.ActorLookup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Security's view of an account: read from the database on every call, so a role change applies at once. */
@Component
class AccountActors implements ActorLookup {

    private final AccountRepository accounts;
    private final ObjectProvider<SecondFactorGroups> groups;
    private final PasskeyRecords passkeys;

    AccountActors(AccountRepository accounts, ObjectProvider<SecondFactorGroups> groups, PasskeyRecords passkeys) {
        this.accounts = accounts;
        this.groups = groups;
        this.passkeys = passkeys;
    }

    @Override
    public boolean secondFactorRequired(long accountId) {
        return accounts.findById(accountId)
                .map(account -> SecondFactors.required(account, groups, passkeys))
                .orElse(false);
    }

    @Override
    public Optional<Actor> actor(long accountId) {
        return accounts.findById(accountId).map(Account::actor);
    }
}

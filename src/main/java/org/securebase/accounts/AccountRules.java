package org.securebase.accounts;

import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;

/** Checks that changes to accounts share: the account named exists, and a decision about a member gives a reason. */
final class AccountRules {

    private AccountRules() {}

    static Account existing(AccountRepository accounts, long id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No such account."));
    }

    static String requireReason(String reason) {
        String why = Inputs.clean(reason);
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "Please give a reason; it is kept in the audit trail.");
        }
        if (why.length() > 500) {
            throw InvalidInputException.of("reason", "Use at most 500 characters.");
        }
        return why;
    }
}

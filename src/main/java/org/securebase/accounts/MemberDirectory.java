package org.securebase.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looking accounts up: the Members page's search, the members to choose from, the addresses mail goes to. */
@Service
class MemberDirectory {

    private final AccountRepository accounts;
    private final AccessPolicy access;

    MemberDirectory(AccountRepository accounts, AccessPolicy access) {
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    boolean emailConfirmed(long accountId) {
        return accounts.findById(accountId).map(Account::isEmailVerified).orElse(false);
    }

    @Transactional(readOnly = true)
    Optional<AccountDetails> activeById(long accountId) {
        return accounts.findById(accountId).filter(Account::isActive).map(AccountDetails::of);
    }

    @Transactional(readOnly = true)
    Optional<AccountDetails> activeByEmail(String email) {
        return accounts.findByEmail(Emails.normalise(email))
                .filter(Account::isActive)
                .map(AccountDetails::of);
    }

    @Transactional(readOnly = true)
    List<AccountDetails> find(String text, AccountStatus status, int offset, int limit) {
        access.requireVerifier();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int size = Math.max(1, limit);
        return accounts.search(needle, status, PageRequest.of(offset / size, size)).stream()
                .map(AccountDetails::of)
                .toList();
    }

    @Transactional(readOnly = true)
    int count(String text, AccountStatus status) {
        access.requireVerifier();
        return (int) accounts.countMatching(text == null ? "" : text.strip().toLowerCase(Locale.ROOT), status);
    }

    @Transactional(readOnly = true)
    List<AccountDetails> activeMembers() {
        access.requireAdmin();
        return accounts.search("", AccountStatus.ACTIVE, PageRequest.of(0, 10_000)).stream()
                .map(AccountDetails::of)
                .toList();
    }
}

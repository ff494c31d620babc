package org.securebase.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in account: Spring Security's user plus the account id, so services never look users up by email. */
public class AccountPrincipal extends User {

    /** The one authority of an account still waiting for verification: it may see its own status only. */
    public static final String PENDING = "ROLE_PENDING";

    private final long accountId;

    public AccountPrincipal(
            long accountId, String email, String passwordHash, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, authorities);
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }
}

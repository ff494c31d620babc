package org.securebase.accounts.signin;

import java.util.List;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.Emails;
import org.securebase.security.AccountPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AccountUserDetailsService implements UserDetailsService {

    /** A pending account may sign in, but only to see its status. */
    private final AccountRepository accounts;

    public AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByEmail(Emails.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountPrincipal(
                account.getId(), account.getEmail(), account.getPasswordHash(), authoritiesOf(account));
    }

    static List<GrantedAuthority> authoritiesOf(Account account) {
        return switch (account.getStatus()) {
            case PENDING -> List.of(new SimpleGrantedAuthority(AccountPrincipal.PENDING));
            case ACTIVE ->
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name()));
            case SUSPENDED, REFUSED, CLOSED -> List.of();
        };
    }
}

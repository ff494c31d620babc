package org.securebase.security;

import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The second factor's marks on a signed-in session, in the spirit of Spring Security 7's factor authorities
 * ({@code FACTOR_PASSWORD}, {@code FACTOR_WEBAUTHN}…): {@link #TOTP} once the member has given an authenticator
 * code or a recovery code in this session, {@link #WEBAUTHN} once they have used a passkey; {@link #OWED} from a password sign-in that still owes one. A session
 * that owes the factor holds no role, and {@link AccessPolicy} refuses it whatever its roles say.
 */
public final class Factors {

    /** The member gave an authenticator-app code (or a recovery code) in this session. */
    public static final String TOTP = "FACTOR_TOTP";

    /**
     * The member signed a challenge with one of their passkeys (WebAuthn) in this session: Spring Security's own
     * name for that factor. Counts exactly as {@link #TOTP} does wherever the factor is checked ({@link #given}).
     */
    public static final String WEBAUTHN = "FACTOR_WEBAUTHN";

    /** The password was right, but the account needs a second factor that this session has not given yet. */
    public static final String OWED = "FACTOR_OWED";

    private Factors() {}

    /** Whether this session has given a second factor, of either kind. */
    public static boolean given(Authentication authentication) {
        return has(authentication, TOTP) || has(authentication, WEBAUTHN);
    }

    /**
     * Whether this session gave a second factor, of either kind, at or after {@code since}: the stamp that
     * {@link SessionAuthorities#grantFactor} puts on its {@link FactorGrantedAuthority}.
     */
    public static boolean givenSince(Authentication authentication, Instant since) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .filter(FactorGrantedAuthority.class::isInstance)
                        .map(FactorGrantedAuthority.class::cast)
                        .filter(a -> a.getAuthority().equals(TOTP)
                                || a.getAuthority().equals(WEBAUTHN))
                        .anyMatch(a -> !a.getIssuedAt().isBefore(since));
    }

    public static boolean has(Authentication authentication, String factor) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(factor::equals);
    }
}

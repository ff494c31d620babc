package org.securebase.accounts;

import org.springframework.security.core.AuthenticationException;

public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(String message) {
        super(message);
    }
}

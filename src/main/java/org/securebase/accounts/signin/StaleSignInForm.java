package org.securebase.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A sign-in without a valid CSRF token: forged elsewhere, or a form left open past the session timeout. Nobody is
 * signed in; the login page says to try again.
 */
class StaleSignInForm implements AccessDeniedHandler {

    static final String MESSAGE = "This sign-in form had expired. Please sign in again.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        request.getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new AuthenticationServiceException(MESSAGE));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}

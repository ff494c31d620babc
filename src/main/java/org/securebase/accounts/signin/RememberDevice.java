package org.securebase.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/** After a successful sign-in, gives the browser the cookie that makes it a known device for this email. */
class RememberDevice implements SessionAuthenticationStrategy {

    private final KnownDevices devices;

    RememberDevice(KnownDevices devices) {
        this.devices = devices;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(KnownDevices.COOKIE, devices.issue(authentication.getName()))
                .path(request.getContextPath() + "/login")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(KnownDevices.LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}

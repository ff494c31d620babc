package org.securebase.accounts.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in form's request says about the client: its address, and its known-device cookie if any. */
public class SignInDetails extends WebAuthenticationDetails {

    private final String deviceCookie;
    private final String browser;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.browser = Browsers.describe(request.getHeader("User-Agent"));
        Cookie[] cookies = request.getCookies();
        this.deviceCookie = cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> KnownDevices.COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    /** The browser in short ("Firefox 133 on Windows"), as the session list shows it. */
    public String browser() {
        return browser;
    }

    public String deviceCookie() {
        return deviceCookie;
    }

    static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source() {
        return SignInDetails::new;
    }
}

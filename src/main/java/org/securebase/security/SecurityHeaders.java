package org.securebase.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Headers every response carries, whatever serves it: pages, the sign-in page, static files, the service worker,
 * errors and Actuator. Spring Security writes some of them only for what passes its filter chain, and Vaadin serves
 * its static files around it, so they are set here, first, for every dispatch.
 *
 * <p>The Content-Security-Policy keeps everything to this origin: scripts, styles, images, fonts, workers and, above
 * all, connections, so a script injected anywhere can load nothing from elsewhere and send nothing out; no framing,
 * no {@code <base>} or form pointing elsewhere, no plugins.
 *
 * <p>Scripts: {@code script-src 'self' 'nonce-…' 'unsafe-eval'}. No {@code 'unsafe-inline'}: an inline script
 * runs only with the nonce of the response that carries it, a fresh 128 random bits each time, which
 * {@link ScriptNonces} writes on every script of Vaadin's index page (its inline bootstrap and the bundle's
 * module); an injected {@code <script>} or {@code onclick="…"} does not run. {@code 'unsafe-eval'} stays, because
 * Vaadin's client engine (flow-client 25.2.4, {@code FlowClient.js}) builds a function with {@code new Function}
 * for every {@code executeJs} it receives, for every event data and property expression, and for
 * {@code JsFunction} values, and has no hook to do otherwise ({@code window.Vaadin.Flow.functionFactory}, proposed
 * in vaadin/flow#10810, is not in it). Without {@code 'unsafe-eval'} the sign-in page does not start: Chromium
 * reports "script-src blocked eval" on {@code /login} and the login form never appears. Vaadin's documented strict
 * policy replaces {@code window.Function} and {@code eval} with a table of every expression the app and Vaadin's
 * components send, collected in a training run; an expression the run missed breaks that part of the page in
 * production, so it is not done. No {@code 'strict-dynamic'}: every script is this origin's file or a nonced
 * inline one, and a policy with it was not tried.
 *
 * <p>Styles need {@code 'unsafe-inline'} because Lumo and the components write style attributes and style elements
 * at run time (a nonce would not cover attributes, and with a nonce browsers ignore {@code 'unsafe-inline'}).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityHeaders {

    static final Map<String, String> HEADERS = headers();

    /** The request attribute that carries this response's script nonce to {@link ScriptNonces}. */
    static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";

    /** One year, as HSTS preload lists expect; sent only over HTTPS, where the browser heeds it. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final SecureRandom RANDOM = new SecureRandom();

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        // Nothing in SecureBase uses these; a script injected anywhere cannot either.
        headers.put(
                "Permissions-Policy",
                "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
                        + "payment=(), usb=()");
        return Map.copyOf(headers);
    }

    /** The policy for one response, whose inline scripts carry {@code nonce}. */
    static String contentSecurityPolicy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; style-src 'self' "
                + "'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                + "worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self'; object-src 'none'";
    }

    /** 128 random bits, base64: a fresh one for every response, so a nonce seen once is of no use again. */
    static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Bean
    FilterRegistrationBean<Filter> securityHeadersFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new HeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static final class HeadersFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (response instanceof HttpServletResponse http) {
                HEADERS.forEach(http::setHeader);
                String nonce = newNonce();
                request.setAttribute(NONCE_ATTRIBUTE, nonce);
                http.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
                // Spring Security's own Cache-Control and HSTS never reached Vaadin's pages (the external probe,
                // ExternalProbeHttpTest, found them missing). Vaadin's static file server replaces this default
                // with its own caching for the front end's files, so only pages and data stay out of caches.
                http.setHeader("Cache-Control", "no-store");
                if (request.isSecure()) {
                    http.setHeader("Strict-Transport-Security", HSTS);
                }
            }
            chain.doFilter(request, response);
        }
    }
}

package org.securebase.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * <p>The Content-Security-Policy holds the directives that do not depend on how the page runs its scripts: no
 * framing, no {@code <base>} or form pointing elsewhere, no plugins. Script and style sources are not restricted
 * yet: Vaadin runs server-sent JavaScript through {@code new Function}, which a script policy without
 * {@code 'unsafe-eval'} would block (issue 15 tracks a strict policy).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityHeaders {

    static final Map<String, String> HEADERS = headers();

    /** One year, as HSTS preload lists expect; sent only over HTTPS, where the browser heeds it. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "Content-Security-Policy",
                "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
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

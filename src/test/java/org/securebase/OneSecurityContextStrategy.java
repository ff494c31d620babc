package org.securebase;

import com.vaadin.flow.spring.SpringSecurityAutoConfiguration;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Tests only: every application context in the test JVM shares one security-context strategy.
 *
 * <p>Vaadin's auto-configuration creates a strategy per context and installs it in the static
 * {@code SecurityContextHolder}. When the test JVM starts a second context (a test with its own properties), the
 * first context's security filters keep their own strategy while static readers switch to the new one, so a
 * context set in a request thread is never cleared for those readers: a later, anonymous visitor served by that
 * thread looked signed in to one check and signed out to another, and the sign-in page bounced between itself and
 * the home page. A production process has one context and one strategy; this makes the tests the same.
 */
@AutoConfiguration(before = SpringSecurityAutoConfiguration.class)
public class OneSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SHARED;
    }
}

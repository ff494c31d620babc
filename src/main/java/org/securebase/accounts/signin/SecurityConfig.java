package org.securebase.accounts.signin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.securebase.accounts.ui.LoginView;
import org.securebase.security.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            KnownDevices devices,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Roles.ADMIN));
        // Our provider alone: as a bean it also lands in the global manager, which retried every failed attempt
        // and so counted it twice.
        http.authenticationManager(new ProviderManager(provider));
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(new RememberDevice(devices)));
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin's own CSRF set-up exempts the sign-in form; this one does not, so a page elsewhere cannot sign a
        // member into another account (login CSRF). The login form sends the token Vaadin writes into the page's
        // <meta name="_csrf">. Vaadin's internal requests carry Vaadin's own token instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(
                new StaleSignInForm(), PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.enableCsrfConfiguration(false).loginView(LoginView.class, "/login?logout"))
                .with(new SignInDetailsConfigurer(), Customizer.withDefaults())
                .build();
    }

    /**
     * Hands the client's address and known-device cookie to the provider. It customises the form login after
     * Vaadin has set it up: set up earlier, Spring Security would serve its own generated sign-in page instead.
     */
    static class SignInDetailsConfigurer extends AbstractHttpConfigurer<SignInDetailsConfigurer, HttpSecurity> {
        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.authenticationDetailsSource(SignInDetails.source()));
        }
    }
}

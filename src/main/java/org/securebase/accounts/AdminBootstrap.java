package org.securebase.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first administrator from configuration (SECUREBASE_ADMIN_EMAIL and _PASSWORD) when there is none. */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdminBootstrap(
            AccountService accounts,
            @Value("${securebase.bootstrap.admin-email:}") String email,
            @Value("${securebase.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank() || accounts.adminExists()) {
            return;
        }
        accounts.createAdmin(AdminForms.admin(email, password));
        log.info("Created the first administrator from configuration");
    }
}

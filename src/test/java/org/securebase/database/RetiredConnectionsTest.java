package org.securebase.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.SignUpForm;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.security.Role;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10: on a database this process created, writes failed once the pool had retired the connections that ran
 * the migrations (H2 2.4.240 tied CHECK constraints to the creating session). This context gets a database of its
 * own (on H2), a short pool lifetime, and retires every connection opened at start before writing.
 */
@DatabaseTest
class RetiredConnectionsTest {

    @DynamicPropertySource
    static void freshDatabaseAndShortLifetime(DynamicPropertyRegistry registry) {
        if (!"postgres".equals(System.getProperty("securebase.test.db"))) {
            registry.add(
                    "spring.datasource.url", () -> "jdbc:h2:mem:fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        // HikariCP's shortest allowed lifetime; the test does not wait for it, it retires the connections itself.
        registry.add("spring.datasource.hikari.max-lifetime", () -> "30000");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    ModerationService moderation;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void everyKindOfWriteSucceedsAfterTheStartUpConnectionsAreRetired() throws Exception {
        retireEveryConnection();

        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        long author = accounts.active("Author", Role.THERAPIST);
        long reader = accounts.active("Reader", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Retired " + UUID.randomUUID(),
                "After retirement.",
                false,
                Set.of(supervisor),
                Set.of(author, reader)));

        accounts.signInAs(author);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Am I a secure base when I am exhausted?",
                "How do you stay available late in the week?",
                null,
                false);
        long comment = threads.postComment(thread, null, "Short sessions help me.", false);

        SignUpForm newcomer = TestAccounts.form("Newcomer");
        accountService.signUp(newcomer);

        accounts.signInAs(reader);
        moderation.flag(thread, comment, FlagReason.OFF_TOPIC, null);

        accounts.signInAs(supervisor);
        threadModeration.lock(thread, true, "Resolved.");

        accounts.signInAs(author);
        assertThat(threads.open(thread).moderation().locked()).isTrue();
        assertThat(threads.comments(thread, 0, 10)).extracting(c -> c.id()).containsExactly(comment);
        assertThat(accountRepository.findByEmail(newcomer.getEmail())).isPresent();
    }

    private void retireEveryConnection() throws InterruptedException {
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        pool.softEvictConnections();
        // Busy connections are retired when returned; idle ones at once. Wait until none from start-up is left.
        for (int i = 0; i < 100 && pool.getActiveConnections() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(pool.getActiveConnections()).isZero();
    }
}

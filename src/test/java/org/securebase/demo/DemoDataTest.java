package org.securebase.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's first command starts the app with the demo profile: its data must load through the same services a
 * member uses, the identifier check and the case-as-a-whole check included. An engine change that reads a demo case
 * as identifying stops the app from starting, so this test starts it. Always on its own in-memory H2, whichever
 * database the suite runs against, so the demo's fixed accounts never meet another test's data.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:securebase-demo;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "securebase.mail.embedded-port=0"
        })
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoLoadsEveryAccountGroupAndCase() {
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
                .isGreaterThanOrEqualTo(DemoMembers.ACCOUNTS.size());
        assertThat(jdbc.queryForObject("select count(*) from consultation_group", Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from discussion_thread where title = ?",
                        Integer.class,
                        "A foster child who alternates between clinging and hitting"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from discussion_thread", Integer.class))
                .isGreaterThanOrEqualTo(7);
    }
}

package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class DraftServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aDraftIsStoredEncryptedAndOnlyItsAuthorReadsIt() {
        long author = accounts.active("Drafting Author", Role.THERAPIST);
        long other = accounts.active("Other Member", Role.THERAPIST);
        accounts.signInAs(author);
        drafts.save("thread:1", "About Quenbyra", "Quenbyra, nine, at Larchmont Primary.");
        assertThat(drafts.load("thread:1")).get().satisfies(d -> {
            assertThat(d.title()).isEqualTo("About Quenbyra");
            assertThat(d.body()).isEqualTo("Quenbyra, nine, at Larchmont Primary.");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from draft where body like '%Quenbyra%' " + "or title like '%Quenbyra%'",
                        Long.class))
                .isZero();
        accounts.signInAs(other);
        assertThat(drafts.load("thread:1")).isEmpty();
    }

    @Test
    void draftsOlderThanFourteenDaysAreDeletedAndPostingDiscardsThem() {
        long author = accounts.active("Old Drafter", Role.THERAPIST);
        accounts.signInAs(author);
        drafts.save("comment:old", null, "old text");
        drafts.save("comment:new", null, "new text");
        jdbc.update(
                "update draft set updated_at = ? where draft_key = 'comment:old' and account_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(15))),
                author);
        drafts.deleteExpired();
        assertThat(drafts.load("comment:old")).isEmpty();
        assertThat(drafts.load("comment:new")).isPresent();
        drafts.discard("comment:new");
        assertThat(drafts.load("comment:new")).isEmpty();
    }
}

package org.securebase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void roleChangesAreRecordedWithWhoWhatAndWhy() {
        long admin = testAccounts.active("Auditor", Role.ADMIN);
        long member = testAccounts.active("Promoted", Role.THERAPIST);
        testAccounts.signInAs(admin);
        accounts.changeRole(member, Role.SUPERVISOR, "Runs the trauma circle");
        assertThat(audit.search("Runs the trauma circle", 0, 10))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.actor()).isEqualTo("Auditor");
                    assertThat(line.action()).isEqualTo("account.role-changed");
                    assertThat(line.targetName()).isEqualTo("Promoted");
                    assertThat(line.reason()).contains("Therapist to Supervisor");
                });
        testAccounts.signOut();
    }

    @Test
    void aDisplayNameWrittenAsAFormulaIsExportedAsText() throws Exception {
        long admin = testAccounts.active("Exporter", Role.ADMIN);
        String formula = "=HYPERLINK(\"http://example.invalid\",\"Open\")";
        long member = testAccounts.active(formula, Role.THERAPIST);
        testAccounts.signInAs(admin);
        accounts.changeRole(member, Role.SUPERVISOR, "+cmd|' /C calc'!A0");
        String csv = audit.csv(new AuditTrail.Filter("/C calc", null, null, null));
        var record = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv))
                .getRecords()
                .getFirst();
        assertThat(record.get("target")).isEqualTo("'" + formula);
        assertThat(record.get("why")).startsWith("Therapist to Supervisor");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        testAccounts.signOut();
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        testAccounts.active("Anyone", Role.THERAPIST);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .isPositive();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set reason = 'rewritten'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
    }

    @Test
    void theRepositoryOffersNoWayToChangeOrRemoveEntries() {
        assertThat(Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update"));
    }
}

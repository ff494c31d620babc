package org.securebase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    void thePostgresProfileRefusesAnyOtherDatabase() {
        assertThatThrownBy(() ->
                        DatabaseCheck.requireExpected(List.of("postgres"), "H2", "jdbc:h2:file:./data/securebase"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("postgres profile is active but the database is H2")
                .hasMessageContaining("jdbc:h2:file:./data/securebase");
        assertThatCode(() -> DatabaseCheck.requireExpected(
                        List.of("postgres"), "PostgreSQL", "jdbc:postgresql://db/securebase"))
                .doesNotThrowAnyException();
        assertThatCode(() -> DatabaseCheck.requireExpected(List.of("test", "demo"), "H2", "jdbc:h2:mem:x"))
                .doesNotThrowAnyException();
        assertThatCode(() -> DatabaseCheck.requireExpected(List.of(), "PostgreSQL", "jdbc:postgresql://db/x"))
                .doesNotThrowAnyException();
    }

    @Test
    void theLoggedUrlNeverHoldsAPassword() {
        assertThat(DatabaseCheck.withoutPassword("jdbc:postgresql://db:5432/sb?user=sb&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/sb?user=sb&password=***&ssl=true");
        assertThat(DatabaseCheck.withoutPassword("jdbc:postgresql://sb:s3cret@db:5432/sb"))
                .isEqualTo("jdbc:postgresql://sb:***@db:5432/sb");
        assertThat(DatabaseCheck.withoutPassword("jdbc:h2:file:./data/securebase;PASSWORD=s3cret"))
                .doesNotContain("s3cret");
        assertThat(DatabaseCheck.withoutPassword("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
    }
}

package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** create-admin as an operator runs it: arguments, the password on standard input, an exit status. */
class CreateAdminCommandTest {

    private final InputStream stdin = System.in;
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private int run(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of("create-admin"));
        all.addAll(List.of(args));
        all.addAll(databaseOptions());
        return CommandLine.run(all.toArray(String[]::new));
    }

    /** The same database the rest of the suite uses: in-memory H2, or PostgreSQL in CI's second run. */
    private static List<String> databaseOptions() {
        return "postgres".equals(System.getProperty("securebase.test.db"))
                ? List.of("--spring.profiles.active=postgres")
                : List.of("--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void createsAnAdministratorWithThePasswordFromStandardInput() {
        String email = "first-admin-" + UUID.randomUUID() + "@example.org";
        int status = run("a long and unusual admin passphrase", "--email", email, "--name", "Clinic Admin");
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created administrator account").contains(email);
    }

    @Test
    void refusesACommonPasswordWithAClearMessage() {
        int status = run("password1234", "--email", "weak-" + UUID.randomUUID() + "@example.org");
        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(err.toString()).contains("password: This password is too common");
    }

    @Test
    void explainsUsageWithoutAnEmail() {
        assertThat(run("whatever")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString()).contains("Usage: create-admin --email");
    }

    @Test
    void recognisesItsSubcommands() {
        assertThat(CommandLine.isSubcommand(new String[] {"create-admin"})).isTrue();
        assertThat(CommandLine.isSubcommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isSubcommand(new String[0])).isFalse();
    }
}

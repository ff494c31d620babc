package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** create-admin as an operator runs it: arguments, the password on standard input, an exit status. */
class CreateAdminCommandTest {

    private final Console console = new Console();

    private int run(String password, String... args) {
        List<String> all = new ArrayList<>(List.of("create-admin"));
        all.addAll(List.of(args));
        all.addAll(databaseOptions());
        return console.run(password + "\n", all.toArray(String[]::new));
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
        assertThat(status).as(console.err()).isZero();
        assertThat(console.out()).contains("Created administrator account").contains(email);
    }

    @Test
    void refusesACommonPasswordWithAClearMessage() {
        int status = run("password1234", "--email", "weak-" + UUID.randomUUID() + "@example.org");
        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(console.err()).contains("password: This password is too common");
    }

    @Test
    void explainsUsageWithoutAnEmail() {
        assertThat(run("whatever")).isEqualTo(CommandLine.USAGE);
        assertThat(console.err()).contains("Usage: create-admin --email");
    }

    @Test
    void recognisesItsSubcommands() {
        assertThat(CommandLine.isSubcommand(new String[] {"create-admin"})).isTrue();
        assertThat(CommandLine.isSubcommand(new String[] {"--server.port=9090"}))
                .isFalse();
        assertThat(CommandLine.isSubcommand(new String[0])).isFalse();
    }
}

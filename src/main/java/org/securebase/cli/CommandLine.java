package org.securebase.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Subcommands of {@code java -jar securebase.jar}: they run without the web server and exit with a status
 * (0 done, 1 refused or failed, 2 wrong usage).
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Map<String, Subcommand> COMMANDS = Map.of(
            "create-admin", new CreateAdminCommand(),
            "deidentify", new DeidentifyCommand(),
            "import", new ImportCommand(),
            "reindex", new ReindexCommand(),
            "risk", new RiskCommand(),
            "suggest-tags", new SuggestTagsCommand());

    private CommandLine() {}

    public static boolean isSubcommand(String[] args) {
        return args.length > 0
                && (COMMANDS.containsKey(args[0]) || Set.of("help", "--help").contains(args[0]));
    }

    /** Runs a subcommand; those that need the services start {@code application} without its web server. */
    public static int run(Class<?> application, String[] args) {
        Spring.use(application);
        quietLogs();
        Subcommand command = COMMANDS.get(args[0]);
        if (command == null) {
            usage(System.out);
            return OK;
        }
        return command.run(Arrays.copyOfRange(args, 1, args.length));
    }

    /**
     * Subcommands write their results to standard output, where logback's default console would mix in library logs
     * (the risk model logs its training); a subcommand that starts Spring configures logging again from the
     * application's properties.
     */
    private static void quietLogs() {
        LoggingSystem logging = LoggingSystem.get(CommandLine.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(null, LogLevel.OFF);
    }

    static void usage(PrintStream out) {
        out.println("Usage: java -jar securebase.jar [SUBCOMMAND]");
        out.println("  (no subcommand)                 serve the web app");
        COMMANDS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf(
                        "  %-31s %s%n",
                        e.getKey() + " " + e.getValue().arguments(),
                        e.getValue().summary()));
    }

    /** One subcommand. */
    interface Subcommand {
        String arguments();

        String summary();

        int run(String[] args);
    }
}

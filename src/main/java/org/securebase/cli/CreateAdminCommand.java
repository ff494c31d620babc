package org.securebase.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.SignUpForm;
import org.securebase.shared.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code create-admin --email E [--name N]}: the password is asked for, or read from standard input. */
class CreateAdminCommand implements CommandLine.Subcommand {

    @Override
    public String arguments() {
        return "--email E [--name N]";
    }

    @Override
    public String summary() {
        return "create an administrator (password asked, or read from stdin)";
    }

    @Override
    public int run(String[] args) {
        String email = option(args, "--email");
        String name = option(args, "--name");
        if (email == null) {
            System.err.println("Usage: create-admin --email E [--name N]");
            return CommandLine.USAGE;
        }
        String password;
        try {
            password = readPassword();
        } catch (IOException e) {
            System.err.println("Could not read the password: " + e.getMessage());
            return CommandLine.FAILED;
        }
        if (password == null) {
            System.err.println("The two passwords differ, or none was given.");
            return CommandLine.FAILED;
        }
        SignUpForm form = org.securebase.accounts.AdminForms.admin(email, password);
        if (name != null) {
            form.setDisplayName(name);
            form.setFullName(name);
        }
        try (ConfigurableApplicationContext context = Spring.start(springOptions(args))) {
            long id = context.getBean(AccountService.class).createAdmin(form);
            System.out.println("Created administrator account " + id + " for "
                    + form.getEmail().strip());
            return CommandLine.OK;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> System.err.println(field + ": " + message));
            return CommandLine.FAILED;
        }
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password (at least 12 characters): ");
            char[] second = console.readPassword("Repeat the password: ");
            if (first == null || !Arrays.equals(first, second)) {
                return null;
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line;
    }

    /** Options for Spring Boot itself, such as --spring.profiles.active=postgres, pass through. */
    static String[] springOptions(String[] args) {
        return java.util.Arrays.stream(args)
                .filter(a -> a.startsWith("--spring."))
                .toArray(String[]::new);
    }

    static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}

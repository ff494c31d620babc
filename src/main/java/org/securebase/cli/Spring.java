package org.securebase.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application's services and database, without the web server, for a subcommand. */
final class Spring {

    /**
     * The Spring Boot application the subcommands start, handed over by {@code main}: the command line sits below
     * the application class and cannot name it.
     */
    private static Class<?> application;

    private Spring() {}

    static void use(Class<?> applicationClass) {
        application = applicationClass;
    }

    /** {@code springArgs}: Spring Boot options such as {@code --spring.profiles.active=postgres}. */
    static ConfigurableApplicationContext start(String... springArgs) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "logging.level.root=WARN",
                        "logging.level.org.securebase=WARN",
                        "securebase.cli=true",
                        // Vaadin's auto-configuration needs a web context; a subcommand has none.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run(withQuietConsole(springArgs));
    }

    /** Standard output carries the subcommand's answer, so logs go to the log file only (as arguments, which win). */
    private static String[] withQuietConsole(String[] springArgs) {
        String[] args = java.util.Arrays.copyOf(springArgs, springArgs.length + 1);
        args[springArgs.length] = "--logging.threshold.console=OFF";
        return args;
    }
}

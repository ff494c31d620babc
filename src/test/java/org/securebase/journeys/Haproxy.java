package org.securebase.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy run from config/haproxy.cfg, the file the README tells operators to use, with its three ports
 * swapped for free ones: what is tested is the shipped configuration. Public for the capacity bench.
 */
public final class Haproxy {

    public final int port;
    private final Process process;

    private Haproxy(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static boolean installed() {
        try {
            Process version = new ProcessBuilder("haproxy", "-v")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Haproxy start(AppInstance first, AppInstance second, Path folder) throws IOException, InterruptedException {
        return start(first.port, second.port, folder);
    }

    /** In front of two instances listening on 127.0.0.1 at {@code first} and {@code second}. */
    public static Haproxy start(int first, int second, Path folder) throws IOException, InterruptedException {
        int port = AppInstance.freePort();
        String config = Files.readString(Path.of("config", "haproxy.cfg"));
        config = replace(config, "bind 127.0.0.1:8080", "bind 127.0.0.1:" + port);
        config = replace(config, "127.0.0.1:8081", "127.0.0.1:" + first);
        config = replace(config, "127.0.0.1:8082", "127.0.0.1:" + second);
        Path file = folder.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Path output = folder.resolve("haproxy.out");
        Process check = new ProcessBuilder("haproxy", "-c", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            throw new IllegalStateException("haproxy -c refused " + file + ":\n" + Files.readString(output));
        }
        Process process = new ProcessBuilder("haproxy", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Haproxy haproxy = new Haproxy(port, process);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!AppInstance.ok("http://127.0.0.1:" + port + "/actuator/health/readiness")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                haproxy.stop();
                throw new IllegalStateException("HAProxy did not answer:\n" + Files.readString(output));
            }
            Thread.sleep(200);
        }
        return haproxy;
    }

    /** A config that no longer has the line the README documents should fail here, not route somewhere else. */
    private static String replace(String config, String line, String with) {
        if (!config.contains(line)) {
            throw new IllegalStateException("config/haproxy.cfg no longer contains " + line);
        }
        return config.replace(line, with);
    }

    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

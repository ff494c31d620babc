package org.securebase.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged app (target/securebase.jar, so failsafe must run after {@code package}) in a JVM of
 * its own, started as the README's "Running several instances" starts it. Its output and log go to {@code folder}.
 */
final class AppInstance {

    final String name;
    final int port;
    private final Process process;
    private final Path output;

    private AppInstance(String name, int port, Process process, Path output) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.output = output;
    }

    static AppInstance start(String name, Map<String, String> environment, Path folder) throws IOException {
        Path jar = Path.of("target", "securebase.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the journey with failsafe, after package");
        }
        int port = freePort();
        Path output = folder.resolve(name + ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=postgres",
                        "--server.port=" + port)
                .directory(folder.toFile()) // not the project folder, whose ./config the jar would read
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment()
                .put("SECUREBASE_LOG_FILE", folder.resolve(name + ".log").toString());
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly)); // not left behind by a killed run
        return new AppInstance(name, port, process, output);
    }

    /** Waits until the instance reports itself ready, as HAProxy's check does. */
    void awaitReady(Duration time) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        while (!ok("http://127.0.0.1:" + port + "/actuator/health/readiness")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not become ready:\n" + tail());
            }
            Thread.sleep(500);
        }
    }

    /** As a crash or {@code kill -9}: nothing is finished, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            kill();
        }
    }

    static boolean ok(String url) {
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}

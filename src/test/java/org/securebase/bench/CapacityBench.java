package org.securebase.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.Application;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.journeys.Haproxy;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one instance of the server spends per member, not what the browsers spend (issue 18, item 6). The packaged
 * app (target/securebase.jar, so {@code package} first) runs in a JVM of its own on PostgreSQL, pinned to core 0 with
 * {@code taskset}; this process, the Playwright driver and Chromium are pinned to core 1. It measures, in order:
 *
 * <ol>
 *   <li>the server's heap after GC ({@code jcmd GC.run}, {@code GC.heap_info}) with 0 and with {@code sessions}
 *       signed-in members each on a thread page, and with {@code bigViews} more on a 1,000-comment thread, and the
 *       classes that grew ({@code GC.class_histogram} diffed);
 *   <li>the server's CPU time ({@code /proc/PID/stat} utime+stime, minus its idle rate) over {@code reps}
 *       repetitions of each member action (sign in, open a thread, scroll a page of comments, post a comment)
 *       driven round robin by {@code contexts} browser contexts, and from it how many members one core holds at one
 *       action per member every 15 s;
 *   <li>{@code workers} browsers posting and reading as fast as they can for {@code loadSeconds}: p50/p95 of a
 *       comment's round trip (click Post until the comment shows) and of opening a thread, errors, the server's CPU,
 *       and that every comment the page showed as posted is stored.
 * </ol>
 *
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.securebase.bench.CapacityBench}
 * (see docs/benchmarks.md, "Capacity"). Needs PostgreSQL at 127.0.0.1:5432 (user postgres, no password, or
 * {@code -Dpg.user/-Dpg.password}); it drops and creates the database {@code -Ddb=sb_bench_capacity}.
 */
public final class CapacityBench {

    private static final int SESSIONS = Integer.getInteger("sessions", 20);
    private static final int BIG_VIEWS = Integer.getInteger("bigViews", 5);
    private static final int REPS = Integer.getInteger("reps", 20);
    private static final int WARMUP = Integer.getInteger("warmup", 20);
    private static final int CONTEXTS = Integer.getInteger("contexts", 4);
    private static final int WORKERS = Integer.getInteger("workers", 4);
    private static final int LOAD_SECONDS = Integer.getInteger("loadSeconds", 60);
    private static final int COMMENTS = Integer.getInteger("comments", 1_000);
    private static final String DB = System.getProperty("db", "sb_bench_capacity");
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PG_USER = System.getProperty("pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("pg.password", "");
    private static final Path FOLDER = Path.of("target", "capacity-bench").toAbsolutePath();
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final List<Double> jitFree = new ArrayList<>();
    private static final int INSTANCES = Integer.getInteger("instances", 2);
    private static final String DRAFTS_SECRET = secret();
    private static final String DEVICE_SECRET = secret();

    /** One instance of the packaged app, in a JVM of its own pinned to core 0. */
    private record Server(Process process, int port) {
        long pid() {
            return process.pid();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private record Member(long id, String email) {}

    private record Seed(List<Member> members, long bigThread, List<Long> smallThreads) {}

    private CapacityBench() {}

    public static void main(String[] args) throws Exception {
        Files.createDirectories(FOLDER);
        System.out.printf(
                "machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), load());
        recreateDatabase();
        Seed seed = seed();
        pinSelf("1");
        Server server = startServer("instance1");
        Server second = null;
        Haproxy haproxy = null;
        try {
            long pid = server.pid();
            awaitReady(server);
            String base = "http://127.0.0.1:" + server.port();
            try (Playwright playwright = Playwright.create()) {
                Browser browser = launch(playwright);
                printAffinity(pid);
                heapPerSession(browser, base, seed, pid);
                cpuPerAction(browser, base, seed, pid);
                browser.close();
            }
            load("one instance", "l1", base, seed, pid);
            if (INSTANCES >= 2 && Haproxy.installed()) {
                // The second instance shares core 0 with the first: the same CPU budget, now split and clustered.
                second = startServer("instance2");
                awaitReady(second);
                haproxy = Haproxy.start(server.port(), second.port(), FOLDER);
                load("two instances behind HAProxy", "l2", "http://127.0.0.1:" + haproxy.port, seed, pid, second.pid());
            } else if (INSTANCES >= 2) {
                System.out.println("haproxy is not installed: two instances not measured");
            }
            System.out.printf("load average at the end: %s%n", load());
        } finally {
            if (haproxy != null) {
                haproxy.stop();
            }
            if (second != null) {
                second.stop();
            }
            server.stop();
        }
    }

    // ---------------------------------------------------------------- set-up

    private static void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(PG + "postgres", PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        }
    }

    /** Members, one group with all of them, a 1,000-comment thread, and one small thread per posting browser. */
    private static Seed seed() {
        System.setProperty("spring.datasource.url", PG + DB);
        System.setProperty("spring.datasource.username", PG_USER);
        System.setProperty("spring.datasource.password", PG_PASSWORD);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("test", "postgres")
                .properties(
                        "logging.threshold.console=WARN",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run()) {
            TestAccounts accounts = app.getBean(TestAccounts.class);
            ThreadService threads = app.getBean(ThreadService.class);
            List<Member> members = new ArrayList<>();
            int count = 1 + SESSIONS + BIG_VIEWS + Math.max(CONTEXTS, WORKERS);
            for (int i = 0; i < count; i++) {
                long id = accounts.active("Capacity Member " + i, Role.THERAPIST);
                members.add(new Member(id, accounts.emailOf(id)));
            }
            long admin = accounts.active("Capacity Admin", Role.ADMIN);
            accounts.signInAs(admin);
            Set<Long> ids = new HashSet<>();
            members.forEach(m -> ids.add(m.id()));
            long group = app.getBean(GroupService.class)
                    .create(new GroupForm("Capacity", "Bench group.", false, Set.of(), ids));
            accounts.signInAs(members.getFirst().id());
            long big = threads.create(group, ThreadKind.DISCUSSION, "A thousand comments", "Bench.", null, false);
            for (int i = 1; i <= COMMENTS; i++) {
                threads.postComment(
                        big,
                        null,
                        "Comment " + i + ": attunement, misattunement and repair, "
                                + "in a paragraph of ordinary length for a consultation reply.",
                        false);
            }
            List<Long> small = new ArrayList<>();
            for (int i = 0; i < Math.max(CONTEXTS, WORKERS) + 1; i++) {
                long t = threads.create(group, ThreadKind.DISCUSSION, "Small thread " + i, "Bench.", null, false);
                for (int j = 1; j <= 5; j++) {
                    threads.postComment(t, null, "Opening comment " + j + " of a short thread.", false);
                }
                small.add(t);
            }
            accounts.signOut();
            System.out.printf(
                    "seeded %d members, a %d-comment thread and %d small threads in %d s%n",
                    count, COMMENTS, small.size(), (System.nanoTime() - start) / 1_000_000_000);
            return new Seed(members, big, small);
        }
    }

    /** This JVM and what it starts later (the Playwright driver, Chromium) run on {@code cpu} only. */
    private static void pinSelf(String cpu) throws Exception {
        run("taskset", "-a", "-cp", cpu, Long.toString(ProcessHandle.current().pid()));
    }

    private static Server startServer(String name) throws IOException {
        Path jar = Path.of("target", "securebase.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package -DskipTests first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        "taskset",
                        "-c",
                        "0",
                        java,
                        "-Xmx512m",
                        // On one core the JVM would pick the serial collector; production has more cores and G1.
                        "-XX:+UseG1GC",
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=postgres",
                        "--server.port=" + port)
                .directory(FOLDER.toFile())
                .redirectErrorStream(true)
                .redirectOutput(FOLDER.resolve(name + ".out").toFile());
        Map<String, String> env = builder.environment();
        env.put("SECUREBASE_DB_URL", PG + DB);
        env.put("SECUREBASE_DB_USER", PG_USER);
        env.put("SECUREBASE_DB_PASSWORD", PG_PASSWORD);
        env.put("SECUREBASE_DRAFTS_SECRET", DRAFTS_SECRET);
        env.put("SECUREBASE_LOGIN_DEVICESECRET", DEVICE_SECRET);
        env.put("SERVER_FORWARDHEADERSSTRATEGY", "native");
        env.put("SECUREBASE_LOG_FILE", FOLDER.resolve(name + ".log").toString());
        // The bench posts far faster than a member may; the limits are not what is measured.
        env.put("SECUREBASE_MODERATION_COMMENTSPERMINUTE", "100000");
        env.put("SECUREBASE_MODERATION_COMMENTSPERDAY", "100000");
        Process process = builder.start(); // taskset execs java: the same pid
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new Server(process, port);
    }

    private static void awaitReady(Server server) throws Exception {
        int port = server.port();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (true) {
                try {
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (!server.process().isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server did not become ready; see " + FOLDER);
                }
                Thread.sleep(500);
            }
        }
    }

    private static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setHeadless(true)
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    private static void printAffinity(long serverPid) throws Exception {
        System.out.printf(
                "server pid %d on cpus %s; bench and browsers on cpus %s%n",
                serverPid, affinity(serverPid), affinity(ProcessHandle.current().pid()));
    }

    // ---------------------------------------------------------------- 1. heap

    private static void heapPerSession(Browser browser, String base, Seed seed, long pid) throws Exception {
        // Warm up: one member signs in and opens both kinds of thread, so classes and caches are not counted.
        BrowserContext warm = browser.newContext();
        Page w = warm.newPage();
        signIn(w, base, seed.members().getFirst());
        openThread(w, base, seed.smallThreads().getLast());
        openThread(w, base, seed.bigThread());
        warm.close();
        Thread.sleep(2_000);

        long h0 = heapAfterGc(pid);
        Map<String, long[]> histogram0 = histogram(pid);
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            BrowserContext context = browser.newContext();
            open.add(context);
            Page page = context.newPage();
            signIn(page, base, seed.members().get(1 + i));
            openThread(page, base, seed.smallThreads().getLast());
        }
        Thread.sleep(2_000);
        long h1 = heapAfterGc(pid);
        Map<String, long[]> histogram1 = histogram(pid);
        for (int i = 0; i < BIG_VIEWS; i++) {
            BrowserContext context = browser.newContext();
            open.add(context);
            Page page = context.newPage();
            signIn(page, base, seed.members().get(1 + SESSIONS + i));
            openThread(page, base, seed.bigThread());
        }
        Thread.sleep(2_000);
        long h2 = heapAfterGc(pid);
        System.out.printf(
                "heap after GC: %.1f MB with no member, %.1f MB with %d members on a 5-comment thread,"
                        + " %.1f MB with %d more on the %d-comment thread%n",
                mb(h0), mb(h1), SESSIONS, mb(h2), BIG_VIEWS, COMMENTS);
        System.out.printf(
                "HEAP per open session (signed in, on a short thread): %.0f KB%n", (h1 - h0) / 1024.0 / SESSIONS);
        System.out.printf(
                "HEAP per open session on the %d-comment thread: %.0f KB%n", COMMENTS, (h2 - h1) / 1024.0 / BIG_VIEWS);
        printHistogramGrowth(histogram0, histogram1, SESSIONS);
        open.forEach(BrowserContext::close);
    }

    /** jcmd GC.run until the used heap stops shrinking (at most three times), then GC.heap_info's "used". */
    private static long heapAfterGc(long pid) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            Matcher m = Pattern.compile("garbage-first heap.*?used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
            if (!m.find()) {
                throw new IllegalStateException("GC.heap_info has no used figure");
            }
            long used = Long.parseLong(m.group(1)) * 1024;
            if (used >= best) {
                break;
            }
            best = used;
        }
        return best;
    }

    /** Class name to {instances, bytes}, from a histogram taken after a full GC. */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        String text = jcmd(pid, "GC.class_histogram");
        Files.writeString(FOLDER.resolve("histogram-" + System.nanoTime() + ".txt"), text);
        for (String line : text.split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                        new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    private static void printHistogramGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions)
            throws IOException {
        List<Map.Entry<String, long[]>> growth = new ArrayList<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            growth.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]}));
        }
        growth.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        StringBuilder text = new StringBuilder("classes that grew, per session (instances, bytes):\n");
        for (Map.Entry<String, long[]> e : growth.subList(0, Math.min(25, growth.size()))) {
            text.append(String.format(
                    "  %8.1f %10.0f  %s%n",
                    e.getValue()[0] / (double) sessions, e.getValue()[1] / (double) sessions, e.getKey()));
        }
        Files.writeString(FOLDER.resolve("histogram-growth.txt"), text);
        System.out.print(text);
    }

    // ---------------------------------------------------------------- 2. CPU per action

    private interface Action {
        void run(Page page, int rep) throws Exception;
    }

    private static void cpuPerAction(Browser browser, String base, Seed seed, long pid) throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < CONTEXTS; i++) {
            Page page = browser.newContext().newPage();
            signIn(page, base, seed.members().get(1 + SESSIONS + BIG_VIEWS + i));
            pages.add(page);
        }
        Thread.sleep(3_000);
        long idleStart = cpuTicks(pid);
        long idleNanos = System.nanoTime();
        Thread.sleep(15_000);
        double idlePerSecond =
                (cpuTicks(pid) - idleStart) / (double) TICKS_PER_SECOND / ((System.nanoTime() - idleNanos) / 1e9);
        System.out.printf(
                "server CPU while idle (%d members signed in): %.1f ms per second%n", CONTEXTS, idlePerSecond * 1000);

        Map<String, Double> perAction = new java.util.LinkedHashMap<>();
        perAction.put("sign in", measure(pages, pid, idlePerSecond, (page, rep) -> {
            page.context().clearCookies();
            signIn(page, base, seed.members().get(1 + SESSIONS + BIG_VIEWS + rep % CONTEXTS));
        }));
        perAction.put(
                "open a thread",
                measure(pages, pid, idlePerSecond, (page, rep) -> openThread(page, base, seed.bigThread())));
        perAction.put("scroll a page of comments", measure(pages, pid, idlePerSecond, (page, rep) -> {
            // warm-up repetitions go far down, so the timed ones fetch pages no browser has yet
            int number = rep > REPS ? 600 + (30 * (rep - REPS)) % 390 : 30 * (rep / CONTEXTS + 1) + 1;
            page.evaluate("n => document.getElementById('comments').scrollToIndex(n)", number);
            page.locator(".sb-comment[data-number='" + number + "']").waitFor();
        }));
        List<Page> posting = pages;
        for (int i = 0; i < posting.size(); i++) {
            openThread(posting.get(i), base, seed.smallThreads().get(i));
        }
        perAction.put(
                "post a comment",
                measure(pages, pid, idlePerSecond, (page, rep) -> post(page, "cap-cpu-" + rep + ".")));

        double mean = perAction.values().stream().mapToDouble(d -> d).average().orElseThrow();
        double steady = jitFree.stream().mapToDouble(d -> d).average().orElseThrow();
        System.out.printf(
                "CPU per action without JIT compilation, the four mixed equally: %.1f ms -> one core holds %.0f"
                        + " members at one action every 15 s%n",
                steady, 15_000 / steady);
        for (Map.Entry<String, Double> e : perAction.entrySet()) {
            System.out.printf(
                    "CPU per action %-26s %6.1f ms  -> one core holds %5.0f members at one such action every 15 s%n",
                    e.getKey(), e.getValue(), 15_000 / e.getValue());
        }
        System.out.printf(
                "CPU per action, the four mixed equally: %.1f ms -> one core holds %.0f members at one action every 15 s%n",
                mean, 15_000 / mean);
        for (Page page : pages) {
            page.context().close();
        }
    }

    /** Server CPU over REPS repetitions, round robin over the pages, minus the idle rate, per repetition in ms. */
    private static double measure(List<Page> pages, long pid, double idlePerSecond, Action action) throws Exception {
        for (int rep = 0; rep < WARMUP; rep++) { // untimed, so the JIT compiling the code paths is not counted
            action.run(pages.get(rep % pages.size()), REPS + 1 + rep);
        }
        Thread.sleep(1_000);
        Map<String, Long> threadsBefore = cpuByThread(pid);
        long ticks = cpuTicks(pid);
        long start = System.nanoTime();
        for (int rep = 1; rep <= REPS; rep++) {
            action.run(pages.get(rep % pages.size()), rep);
        }
        Thread.sleep(1_000); // what the last action set off (push, draft save) is counted too
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuTicks(pid) - ticks) / (double) TICKS_PER_SECOND - idlePerSecond * seconds;
        Map<String, Long> threadsAfter = cpuByThread(pid);
        List<String> top = threadsAfter.keySet().stream()
                .filter(k -> threadsAfter.get(k) - threadsBefore.getOrDefault(k, 0L) > 0)
                .sorted((a, b) -> Long.compare(
                        threadsAfter.get(b) - threadsBefore.getOrDefault(b, 0L),
                        threadsAfter.get(a) - threadsBefore.getOrDefault(a, 0L)))
                .limit(6)
                .map(k -> String.format(
                        "%s %.1f ms",
                        k,
                        (threadsAfter.get(k) - threadsBefore.getOrDefault(k, 0L)) * 1000.0 / TICKS_PER_SECOND / REPS))
                .toList();
        System.out.println("    per action, by server thread: " + String.join(", ", top));
        long jit = 0;
        for (String k : threadsAfter.keySet()) {
            if (k.contains("CompilerThre")) {
                jit += threadsAfter.get(k) - threadsBefore.getOrDefault(k, 0L);
            }
        }
        double withoutJit = cpu - jit / (double) TICKS_PER_SECOND;
        System.out.printf(
                "    per action without the JIT compiler threads (steady state): %.1f ms%n", withoutJit * 1000 / REPS);
        jitFree.add(withoutJit * 1000 / REPS);
        return cpu * 1000 / REPS;
    }

    // ---------------------------------------------------------------- 3. load

    private static void load(String label, String phase, String base, Seed seed, long... pids) throws Exception {
        List<Long> roundTrips = Collections.synchronizedList(new ArrayList<>());
        List<Long> opens = Collections.synchronizedList(new ArrayList<>());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicInteger actions = new AtomicInteger();
        long[] deadline = new long[1]; // set just before the start signal, read by the workers after it
        long[] cpu = new long[2];
        long[] wall = new long[2];
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(WORKERS);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            Thread t = Thread.ofPlatform().start(() -> {
                try (Playwright playwright = Playwright.create()) {
                    Browser browser = launch(playwright);
                    Page page = browser.newContext().newPage();
                    signIn(page, base, seed.members().get(1 + SESSIONS + BIG_VIEWS + worker));
                    ready.countDown();
                    go.await();
                    long own = seed.smallThreads().get(worker);
                    for (int i = 0; System.nanoTime() < deadline[0]; i++) {
                        try {
                            long s = System.nanoTime();
                            openThread(page, base, own);
                            opens.add(System.nanoTime() - s);
                            String marker =
                                    "cap-" + phase + "-" + worker + "-" + i + "."; // the dot: -1. is not found in -12.
                            s = System.nanoTime();
                            post(page, marker);
                            roundTrips.add(System.nanoTime() - s);
                            acknowledged.add(marker.substring(0, marker.length() - 1));
                            s = System.nanoTime();
                            openThread(page, base, seed.bigThread());
                            opens.add(System.nanoTime() - s);
                            int number = 30 * (i % 30 + 1) + 1;
                            page.evaluate("n => document.getElementById('comments').scrollToIndex(n)", number);
                            page.locator(".sb-comment[data-number='" + number + "']")
                                    .waitFor();
                            actions.addAndGet(4);
                        } catch (RuntimeException e) {
                            errors.add(worker + ": "
                                    + e.getMessage().lines().findFirst().orElse(""));
                            if (errors.size() == 1) {
                                page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve("load-error.png")));
                            }
                        }
                    }
                    browser.close();
                } catch (Exception e) {
                    errors.add(worker + " stopped: " + e);
                    ready.countDown();
                }
            });
            workers.add(t);
        }
        ready.await();
        long[] each = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            each[i] = cpuTicks(pids[i]);
            cpu[0] += each[i];
        }
        wall[0] = System.nanoTime();
        deadline[0] = wall[0] + Duration.ofSeconds(LOAD_SECONDS).toNanos();
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        StringBuilder split = new StringBuilder();
        for (int i = 0; i < pids.length; i++) {
            long ticks = cpuTicks(pids[i]);
            cpu[1] += ticks;
            split.append(String.format(" %.1f s", (ticks - each[i]) / (double) TICKS_PER_SECOND));
        }
        wall[1] = System.nanoTime();
        double seconds = (wall[1] - wall[0]) / 1e9;
        double serverCores = (cpu[1] - cpu[0]) / (double) TICKS_PER_SECOND / seconds;
        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection(PG + DB, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select body from thread_comment where body like '%cap-" + phase + "-%'")) {
            while (r.next()) {
                Matcher m = Pattern.compile("cap-" + phase + "-\\d+-\\d+").matcher(r.getString(1));
                if (m.find()) {
                    stored.add(m.group());
                }
            }
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored);
        System.out.printf(
                "LOAD, %s: %d browsers for %.0f s: %d member actions (%.1f per second), server used %.2f of core 0"
                        + " (CPU seconds per instance:%s)%n",
                label, WORKERS, seconds, actions.get(), actions.get() / seconds, serverCores, split);
        System.out.printf("  comment round trip (click Post -> comment shown): %s%n", percentiles(roundTrips));
        System.out.printf("  opening a thread (navigate -> first comment shown): %s%n", percentiles(opens));
        System.out.printf(
                "  errors %d; comments acknowledged %d, stored %d, acknowledged but missing %d%n",
                errors.size(), acknowledged.size(), stored.size(), missing.size());
        errors.stream().limit(5).forEach(e -> System.out.println("    " + e));
        System.out.printf("  load average: %s%n", load());
    }

    // ---------------------------------------------------------------- member steps

    private static void signIn(Page page, String base, Member member) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(member.email());
        page.locator("vaadin-login-form input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/");
    }

    private static void openThread(Page page, String base, long thread) {
        page.navigate(base + "/threads/" + thread);
        page.locator(".sb-comment[data-number='1']").waitFor();
    }

    private static void post(Page page, String marker) {
        page.locator("#comment-body textarea").fill("A short reply for the capacity bench, " + marker);
        page.locator("#post-comment").click();
        page.locator(".sb-comment", new Page.LocatorOptions().setHasText(marker))
                .waitFor(new Locator.WaitForOptions().setTimeout(15_000));
    }

    // ---------------------------------------------------------------- helpers

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
    }

    /** CPU ticks by thread name with its digits dropped (the 10 request threads are one group), live threads only. */
    private static Map<String, Long> cpuByThread(long pid) throws IOException {
        Map<String, Long> byName = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("\\d+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return byName;
    }

    private static String jcmd(long pid, String command) throws Exception {
        return run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command);
    }

    private static String affinity(long pid) throws Exception {
        return run("taskset", "-cp", Long.toString(pid)).trim().replaceAll(".*: ", "");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "none";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                "n %d, p50 %d ms, p95 %d ms, max %d ms",
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000,
                sorted.getLast() / 1_000_000);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package org.securebase.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.securebase.Application;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Soak on the embedded database (issue 10): a fresh H2 file database created by this process, the default pool
 * settings (connections retired after 30 minutes), and members reading and posting at a steady pace for
 * {@code -Dminutes} (45 by default). Reports failed actions, heap after GC at the start and the end, and checks
 * that every comment the service acknowledged is stored. A documented bench command (docs/benchmarks.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.securebase.bench.SoakBench}
 */
public final class SoakBench {

    private static final int MINUTES = Integer.getInteger("minutes", 45);
    private static final int MEMBERS = Integer.getInteger("members", 20);
    private static final int SECONDS_BETWEEN_ACTIONS = Integer.getInteger("pace", 4);

    private SoakBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("securebase-soak");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "logging.threshold.console=WARN",
                        "spring.datasource.url=jdbc:h2:file:" + folder.resolve("securebase") + ";AUTO_SERVER=FALSE")
                .run()) {
            System.exit(soak(app) ? 0 : 1);
        }
    }

    private static boolean soak(ConfigurableApplicationContext app) throws InterruptedException {
        TestAccounts accounts = app.getBean(TestAccounts.class);
        ThreadService threads = app.getBean(ThreadService.class);
        long admin = accounts.active("Soak Admin", Role.ADMIN);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(accounts.active("Soak Member " + i, Role.THERAPIST));
        }
        accounts.signInAs(admin);
        long group = app.getBean(GroupService.class)
                .create(new GroupForm("Soak " + UUID.randomUUID(), "Soak.", false, Set.of(), Set.copyOf(members)));
        accounts.signInAs(members.getFirst());
        List<Long> threadIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            threadIds.add(threads.create(
                    group,
                    ThreadKind.DISCUSSION,
                    "Soak thread " + i,
                    "Am I a secure base when I am exhausted?",
                    null,
                    false));
        }
        accounts.signOut();

        long heapAtStart = usedHeapAfterGc();
        Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ScheduledExecutorService pace = Executors.newScheduledThreadPool(4);
        for (long member : members) {
            pace.scheduleAtFixedRate(
                    () -> {
                        accounts.signInAs(member);
                        long thread = threadIds.get(ThreadLocalRandom.current().nextInt(threadIds.size()));
                        try {
                            threads.open(thread);
                            threads.comments(thread, 0, 30);
                            reads.incrementAndGet();
                            if (ThreadLocalRandom.current().nextInt(3) == 0) {
                                acknowledged.put(
                                        threads.postComment(
                                                thread,
                                                null,
                                                "A reply about attunement and repair, posted by the soak.",
                                                false),
                                        thread);
                            }
                        } catch (RuntimeException e) {
                            if (failures.incrementAndGet() <= 5) {
                                e.printStackTrace();
                            }
                        } finally {
                            accounts.signOut();
                        }
                    },
                    ThreadLocalRandom.current().nextInt(SECONDS_BETWEEN_ACTIONS * 1000),
                    SECONDS_BETWEEN_ACTIONS * 1000L,
                    TimeUnit.MILLISECONDS);
        }
        long end = System.nanoTime() + Duration.ofMinutes(MINUTES).toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            System.out.printf(
                    "%s reads=%d comments=%d failures=%d%n",
                    java.time.Instant.now(), reads.get(), acknowledged.size(), failures.get());
        }
        pace.shutdown();
        pace.awaitTermination(1, TimeUnit.MINUTES);
        long heapAtEnd = usedHeapAfterGc();

        accounts.signInAs(admin);
        long missing = acknowledged.keySet().stream()
                .filter(id -> !stored(threads, id))
                .count();
        System.out.printf(
                "minutes=%d members=%d reads=%d comments acknowledged=%d failures=%d missing=%d "
                        + "heap after GC: start %.1f MB, end %.1f MB%n",
                MINUTES,
                MEMBERS,
                reads.get(),
                acknowledged.size(),
                failures.get(),
                missing,
                heapAtStart / 1048576.0,
                heapAtEnd / 1048576.0);
        return failures.get() == 0 && missing == 0;
    }

    private static boolean stored(ThreadService threads, long commentId) {
        try {
            return threads.comment(commentId).id() == commentId;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long usedHeapAfterGc() {
        long previous = Long.MAX_VALUE;
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (int i = 0; i < 10 && used < previous; i++) {
            previous = used;
            System.gc();
            used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return Math.min(used, previous);
    }
}

package org.securebase.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.securebase.Application;
import org.securebase.Eventually;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.RateLimits;
import org.securebase.notifications.NotificationBus;
import org.securebase.notifications.NotificationLine;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.DraftService;
import org.securebase.threads.ThreadEvents;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on one PostgreSQL database, as behind HAProxy: what one publishes reaches the other's
 * pages, a draft typed on one is read on the other, a member's rate limit is one limit, and a locked job runs on
 * one of them. PostgreSQL only: on H2 the app runs as one instance.
 */
@EnabledIfSystemProperty(named = "securebase.test.db", matches = "postgres")
class TwoInstancesTest {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    /** A job both instances trigger at once; the lock outlasts it, so a late trigger skips it too. */
    static class SharedJob {
        static final AtomicInteger RUNS = new AtomicInteger();

        @SchedulerLock(name = "two-instances-test-job", lockAtLeastFor = "PT30S")
        public void run() throws InterruptedException {
            RUNS.incrementAndGet();
            Thread.sleep(500);
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        a = start();
        b = start();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class, SharedJob.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .profiles("test", "postgres")
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--securebase.moderation.flags-per-day=4"); // an argument, to win over application-test
    }

    @AfterEach
    void signOut() {
        a.getBean(TestAccounts.class).signOut();
    }

    @Test
    void aCommentItsReplyNoticeAndARiskAlertPostedOnOneInstanceReachTheOthersPages() throws InterruptedException {
        TestAccounts accounts = a.getBean(TestAccounts.class);
        long admin = accounts.active(TestAccounts.unique("Admin"), Role.ADMIN);
        long supervisor = accounts.active(TestAccounts.unique("Supervisor"), Role.SUPERVISOR);
        long author = accounts.active(TestAccounts.unique("Author"), Role.THERAPIST);
        long member = accounts.active(TestAccounts.unique("Member"), Role.THERAPIST);
        accounts.signInAs(admin);
        long group = a.getBean(GroupService.class)
                .create(new GroupForm(
                        "Two instances " + UUID.randomUUID(),
                        "Private.",
                        false,
                        Set.of(supervisor),
                        Set.of(author, member)));
        ThreadService threadsOnA = a.getBean(ThreadService.class);
        accounts.signInAs(author);
        long thread = threadsOnA.create(group, ThreadKind.DISCUSSION, "Across instances", "What helps?", null, false);

        List<Long> commentsOnB = new CopyOnWriteArrayList<>();
        List<Long> commentsOnA = new CopyOnWriteArrayList<>();
        List<NotificationLine> authorOnB = new CopyOnWriteArrayList<>();
        List<NotificationLine> supervisorOnB = new CopyOnWriteArrayList<>();
        List<Runnable> stops = List.of(
                b.getBean(ThreadEvents.class).subscribe(thread, commentsOnB::add),
                a.getBean(ThreadEvents.class).subscribe(thread, commentsOnA::add),
                b.getBean(NotificationBus.class).subscribe(author, authorOnB::add),
                b.getBean(NotificationBus.class).subscribe(supervisor, supervisorOnB::add));
        try {
            accounts.signInAs(member);
            long comment = threadsOnA.postComment(thread, null, "Naming it with the client helped me.", false);
            long risky = threadsOnA.postComment(thread, null, "Honestly I'm just waiting to die at this point.", false);

            Eventually.within5s(() -> assertThat(commentsOnB).containsExactly(comment, risky));
            Eventually.within5s(() -> assertThat(authorOnB)
                    .anySatisfy(line -> assertThat(line.message()).contains("replied to your post")));
            Eventually.within5s(() -> assertThat(supervisorOnB).anySatisfy(line -> {
                assertThat(line.urgent()).isTrue();
                assertThat(line.message()).contains("Risk alert");
            }));
            Thread.sleep(500);
            assertThat(commentsOnA)
                    .as("the publishing instance hears its own events once, too")
                    .containsExactly(comment, risky);
            assertThat(commentsOnB).as("and the other once").containsExactly(comment, risky);
        } finally {
            stops.forEach(Runnable::run);
        }
    }

    @Test
    void aDraftTypedOnOneInstanceIsReadOnTheOtherWithTheSameSecret() {
        TestAccounts accounts = a.getBean(TestAccounts.class);
        long member = accounts.active(TestAccounts.unique("Drafter"), Role.THERAPIST);
        accounts.signInAs(member);
        a.getBean(DraftService.class).save("comment:1", null, "Half a thought about the ending");
        assertThat(b.getBean(DraftService.class).load("comment:1"))
                .hasValue(new DraftService.DraftText(null, "Half a thought about the ending"));
    }

    @Test
    void aMembersRateLimitIsOneLimitForBothInstances() {
        long accountId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1_000_000_000L;
        RateLimits onA = a.getBean(RateLimits.class);
        RateLimits onB = b.getBean(RateLimits.class);
        onA.take(accountId, RateLimits.Action.FLAG, "reason");
        onB.take(accountId, RateLimits.Action.FLAG, "reason");
        onA.take(accountId, RateLimits.Action.FLAG, "reason");
        onB.take(accountId, RateLimits.Action.FLAG, "reason");
        assertThatThrownBy(() -> onA.take(accountId, RateLimits.Action.FLAG, "reason"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("limit for flags");
        assertThatThrownBy(() -> onB.take(accountId, RateLimits.Action.FLAG, "reason"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLockedJobTriggeredOnBothInstancesRunsOnce() throws Exception {
        SharedJob onA = a.getBean(SharedJob.class);
        SharedJob onB = b.getBean(SharedJob.class);
        assertThat(onA).isNotSameAs(onB);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> trigger(go, onA));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> trigger(go, onB));
        go.countDown();
        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        onB.run(); // after the first run ended, still within its lock
        assertThat(SharedJob.RUNS).hasValue(1);
    }

    private static void trigger(CountDownLatch go, SharedJob job) {
        try {
            go.await();
            job.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

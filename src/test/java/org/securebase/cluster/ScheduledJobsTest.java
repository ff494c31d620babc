package org.securebase.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/** Every scheduled job runs under a job lock, except those that tend one instance's own state. */
class ScheduledJobsTest {

    /** Each instance signs out its own idle sessions; H2 (one instance) compacts its own file. */
    private static final Set<String> PER_INSTANCE =
            Set.of("IdleSignOut.signOutIdleSessions", "H2Compaction.compactIfRedacted");

    @Test
    void everyScheduledJobHoldsAJobLockWithAName() throws ClassNotFoundException {
        // Conditions are not evaluated here: a job of a bean that only a web app has counts too.
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) {
                String name = reader.getClassMetadata().getClassName();
                return name.startsWith("org.securebase") && !name.endsWith("Test");
            }
        };
        List<String> unlocked = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.securebase")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method m : type.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Scheduled.class)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + m.getName();
                jobs.add(name);
                SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                if (lock == null ? !PER_INSTANCE.contains(name) : lock.name().isBlank()) {
                    unlocked.add(name);
                }
            }
        }
        assertThat(jobs).as("the scan finds the jobs").contains("DraftService.deleteExpired", "MailScheduler.dispatch");
        assertThat(unlocked).isEmpty();
    }
}

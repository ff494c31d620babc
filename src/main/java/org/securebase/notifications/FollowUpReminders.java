package org.securebase.notifications;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.threads.ConsultationLoop;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a case consultation's follow-up date, asks its author to post an update. Runs every hour (a missed run is
 * caught up on the next), once across instances; each reflection is reminded once per date.
 */
@Component
class FollowUpReminders {

    private final ConsultationLoop loop;
    private final NotificationService notifications;
    private final Clock clock;

    FollowUpReminders(ConsultationLoop loop, NotificationService notifications, Clock clock) {
        this.loop = loop;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${securebase.follow-up.cron:0 5 * * * *}")
    @SchedulerLock(name = "follow-up-reminders")
    @Transactional
    public void remind() {
        remindOn(LocalDate.now(clock));
    }

    /** The job's body for a given day: one notification to the author of each thread whose date has come. */
    @Transactional
    public int remindOn(LocalDate day) {
        var due = loop.remindDue(day);
        due.forEach(d -> notifications.send(
                java.util.List.of(d.authorId()),
                "Time for a follow-up on \"" + d.title() + "\": post an update for your colleagues.",
                "threads/" + d.threadId(),
                false,
                d.threadId()));
        return due.size();
    }
}

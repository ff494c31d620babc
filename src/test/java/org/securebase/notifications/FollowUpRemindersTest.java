package org.securebase.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.threads.ConsultationLoop;
import org.securebase.threads.LoopFixture;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class FollowUpRemindersTest {

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    ConsultationLoop loop;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoopFixture fixture;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long reminders(long accountId, long thread) {
        accounts.signInAs(accountId);
        long count = notifications.mine(50).stream()
                .filter(n -> n.message().startsWith("Time for a follow-up") && ("threads/" + thread).equals(n.link()))
                .count();
        accounts.signOut();
        return count;
    }

    @Test
    void theAuthorIsRemindedOnceOnTheFollowUpDateAndNotBefore() {
        fixture.people();
        long thread = fixture.approvedCase();
        fixture.answer(thread, "Hold the boundary warmly.");
        LocalDate date = LocalDate.now().plusDays(10);
        loop.reflect(thread, "Name the testing kindly.", "Not calling the school.", date, Set.of());
        accounts.signOut(); // the job runs with nobody signed in

        reminders.remindOn(date.minusDays(1));
        assertThat(reminders(fixture.author, thread)).as("not before the date").isZero();

        reminders.remindOn(date);
        reminders.remindOn(date.plusDays(1));
        assertThat(reminders(fixture.author, thread)).as("once, on the date").isEqualTo(1);
        assertThat(reminders(fixture.colleague, thread)).as("only the author").isZero();
    }
}

package org.securebase.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue costs the same number of queries for two items as for eight: nothing is looked up per item. */
@DatabaseTest
class ReviewQueueQueriesTest {

    @Autowired
    ModerationService moderation;

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EntityManagerFactory entityManagers;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aPageOfTheQueueTakesAFixedNumberOfQueries() {
        long supervisor = accounts.active("Queue Supervisor", Role.SUPERVISOR);
        Set<Long> authors = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            authors.add(accounts.active("Queue Author " + i, Role.THERAPIST));
        }
        accounts.signInAs(accounts.active("Queue Admin", Role.ADMIN));
        long group = groups.create(
                new GroupForm("Queue " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), authors));
        List<Long> writers = List.copyOf(authors);

        caseConsultations(group, writers.subList(0, 2));
        long few = queriesForQueue(supervisor, 2);
        caseConsultations(group, writers.subList(2, 8));
        long many = queriesForQueue(supervisor, 8);

        assertThat(many).as("queries for 8 items against 2 items").isEqualTo(few);
    }

    private void caseConsultations(long group, List<Long> writers) {
        for (long writer : writers) {
            accounts.signInAs(writer);
            threads.create(
                    group,
                    ThreadKind.CASE_CONSULTATION,
                    "A hard case",
                    "A vignette without details.",
                    "What would you do?",
                    false,
                    new Disclosure(true, Set.of()),
                    List.of("repair"));
        }
    }

    private long queriesForQueue(long supervisor, int expectedItems) {
        accounts.signInAs(supervisor);
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(moderation.queue()).hasSize(expectedItems);
        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return statements;
    }
}

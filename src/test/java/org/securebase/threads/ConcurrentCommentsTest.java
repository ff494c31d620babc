package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Members replying to one thread at the same moment all get their comment, each with its own number. */
@DatabaseTest
class ConcurrentCommentsTest {

    private static final int MEMBERS = 8;

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void simultaneousCommentsOnOneThreadAllSucceedWithDistinctNumbers() throws Exception {
        long admin = accounts.active("Admin", Role.ADMIN);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(accounts.active("Replier " + i, Role.THERAPIST));
        }
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Busy " + UUID.randomUUID(), "Busy.", false, Set.of(), Set.copyOf(members)));
        accounts.signInAs(members.getFirst());
        long thread = threads.create(group, ThreadKind.DISCUSSION, "A lively thread", "Who has a view?", null, false);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        List<Future<Long>> posted = new ArrayList<>();
        for (long member : members) {
            Callable<Long> reply = () -> {
                accounts.signInAs(member);
                start.await();
                try {
                    return threads.postComment(thread, null, "My view, posted at the same moment.", false);
                } finally {
                    accounts.signOut();
                }
            };
            posted.add(pool.submit(reply));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : posted) {
            ids.add(f.get());
        }
        pool.shutdown();

        List<CommentItem> stored = threads.comments(thread, 0, 50);
        assertThat(stored).extracting(CommentItem::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(stored)
                .extracting(CommentItem::number)
                .doesNotHaveDuplicates()
                .hasSize(MEMBERS);
        assertThat(threads.open(thread).commentCount()).isEqualTo(MEMBERS);
    }
}

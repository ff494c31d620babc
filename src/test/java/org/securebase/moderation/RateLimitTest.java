package org.securebase.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The per-member limits, with small numbers so that a test reaches them. */
@DatabaseTest
@TestPropertySource(
        properties = {
            "securebase.moderation.comments-per-minute=3",
            "securebase.moderation.threads-per-minute=1",
            "securebase.moderation.flags-per-day=1"
        })
class RateLimitTest {

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    ModerationService moderation;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aMemberWhoPostsTooFastIsToldWhenToTryAgainAndOthersAreNotAffected() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long fast = accounts.active("Fast", Role.THERAPIST);
        long other = accounts.active("Other", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Limits " + UUID.randomUUID(), "Private.", false, Set.of(), Set.of(fast, other)));
        accounts.signInAs(fast);
        long thread = threads.create(group, ThreadKind.DISCUSSION, "One thread", "Body.", null, false);
        assertThatThrownBy(() -> threads.create(group, ThreadKind.DISCUSSION, "Another", "Body.", null, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("body"))
                        .contains("limit for new threads", "Your text is kept", "try again in"));
        for (int i = 0; i < 3; i++) {
            threads.postComment(thread, null, "Comment " + i, false);
        }
        assertThatThrownBy(() -> threads.postComment(thread, null, "One too many", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("limit for comments");
        assertThat(threads.commentCount(thread)).isEqualTo(3);
        accounts.signInAs(other);
        threads.postComment(thread, null, "Someone else can still comment", false);
        moderation.flag(thread, null, FlagReason.SPAM, null);
        assertThatThrownBy(() -> moderation.flag(
                        thread, threads.comments(thread, 0, 1).getFirst().id(), FlagReason.SPAM, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("flags");
    }
}

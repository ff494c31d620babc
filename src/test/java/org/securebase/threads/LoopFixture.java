package org.securebase.threads;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.security.Role;
import org.securebase.vignettes.Disclosure;
import org.springframework.stereotype.Component;

/** A group with a supervisor, an author and a colleague, and an approved case consultation by the author. */
@Component
public class LoopFixture {

    public static final String QUESTION = "How do you stay steady when a teenager tests every boundary?";

    private final TestAccounts accounts;
    private final GroupService groups;
    private final ThreadService threads;
    private final ModerationService moderation;

    public long supervisor;
    public long author;
    public long colleague;
    public long group;

    LoopFixture(TestAccounts accounts, GroupService groups, ThreadService threads, ModerationService moderation) {
        this.accounts = accounts;
        this.groups = groups;
        this.threads = threads;
        this.moderation = moderation;
    }

    public LoopFixture people() {
        long admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        colleague = accounts.active("Colleague", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm(
                "Loop " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author, colleague)));
        return this;
    }

    /** An approved case consultation; the author is signed in afterwards. */
    public long approvedCase() {
        accounts.signInAs(author);
        long id = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A teenager who tests every boundary",
                "A teenage boy who arrives late, leaves early and laughs at every question.",
                QUESTION,
                false,
                new Disclosure(true, Set.of()),
                List.of("repair"));
        accounts.signInAs(supervisor);
        moderation.queue().stream()
                .filter(item -> item.threadId() == id && item.kind().review())
                .forEach(item -> moderation.approve(item.id()));
        accounts.signInAs(author);
        return id;
    }

    /** The colleague answers; the author is signed in afterwards. */
    public long answer(long thread, String text) {
        accounts.signInAs(colleague);
        long id = threads.postComment(thread, null, text, false);
        accounts.signInAs(author);
        return id;
    }
}

package org.securebase.tags;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.ViewTest;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

/** A view test with a private group (a supervisor, an author) and helpers for tagged threads and new tags. */
public abstract class TaggedGroupViewTest extends ViewTest {

    @Autowired
    protected GroupService groups;

    @Autowired
    protected ThreadService threads;

    @Autowired
    protected TagService tags;

    protected long admin;
    protected long supervisor;
    protected long author;
    protected long group;

    @BeforeEach
    void groupWithPeople() {
        admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm("Tagging " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author)));
    }

    protected long discussion(String title, String... slugs) {
        accounts.signInAs(author);
        return threads.create(
                group,
                ThreadKind.DISCUSSION,
                title,
                "About attachment.",
                null,
                false,
                Disclosure.none(),
                List.of(slugs));
    }

    protected TagInfo newTag(String name) {
        accounts.signInAs(admin);
        return tags.create(new TagForm(name, "", "A test tag for clinicians.", TagGroup.CONTEXT, ""));
    }
}

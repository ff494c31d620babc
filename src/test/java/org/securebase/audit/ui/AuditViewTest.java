package org.securebase.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    AuditTrail audit;

    @Test
    void adminsFilterTheTrailByAreaAndExportWhatTheyFiltered() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        long author = accounts.active("Author", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Audit view " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author)));
        accounts.signInAs(author);
        long thread = threads.create(group, ThreadKind.DISCUSSION, "Audited", "Body.", null, false);
        accounts.signInAs(supervisor);
        threads.retag(thread, List.of("grief"));
        accounts.signInAs(admin);
        AuditView view = navigate(AuditView.class);
        test(view.area).selectItem("Threads");
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < Math.min(grid.size(), 20); i++) {
            assertThat(grid.getRow(i).action()).startsWith("thread.");
        }
        String csv = audit.csv(view.filter());
        assertThat(csv).contains("thread.retagged").doesNotContain("group.created");
        assertThat(view.export.getHref()).isNotBlank();
    }
}

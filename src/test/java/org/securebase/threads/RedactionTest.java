package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.TextColumns;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class RedactionTest {

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    org.securebase.moderation.ModerationService moderation;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aSupervisorRedactsASpanFromACommentAndEveryEarlierVersion() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Redacting Supervisor", Role.SUPERVISOR);
        long member = accounts.active("Talkative Member", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Redaction " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(member)));
        accounts.signInAs(member);
        long thread =
                threads.create(group, ThreadKind.DISCUSSION, "Recognising a client", "Has this happened?", null, false);
        String secret = "Quillonby Farm " + UUID.randomUUID().toString().substring(0, 6);
        long comment = threads.postComment(thread, null, "I think she lives at " + secret + ".", false);
        threads.editComment(comment, "I think she lives at " + secret + ", near the river.");

        assertThatThrownBy(() -> threads.redact(thread, comment, secret, "identifying"))
                .as("members may not")
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> threads.redact(thread, comment, secret, "it was " + secret))
                .isInstanceOf(InvalidInputException.class);
        threads.redact(thread, comment, secret, "A place that identifies the client");

        assertThat(threads.comment(comment).markdown()).isEqualTo("I think she lives at [redacted], near the river.");
        assertThat(threads.revisions(thread, comment))
                .allSatisfy(r -> assertThat(r).doesNotContain(secret));
        assertThat(jdbc.queryForObject(
                        "select count(*) from revision where body like ?", Long.class, "%" + secret + "%"))
                .isZero();
        accounts.signInAs(admin);
        assertThat(audit.search("content.redacted", 0, 50)).anySatisfy(line -> {
            assertThat(line.actor()).isEqualTo("Redacting Supervisor");
            assertThat(line.reason()).isEqualTo("A place that identifies the client");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where reason like ? or target_name like ?",
                        Long.class,
                        "%" + secret + "%",
                        "%" + secret + "%"))
                .isZero();
    }

    @Test
    void afterARedactionNoTableHoldsTheText() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Sweeping Supervisor", Role.SUPERVISOR);
        long author = accounts.active("Worried Author", Role.THERAPIST);
        long flagger = accounts.active("Careful Flagger", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Sweep " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author, flagger)));
        String secret = "Ottoline Brackenbury " + UUID.randomUUID().toString().substring(0, 6);

        accounts.signInAs(author);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Worried about " + secret,
                "My client " + secret + " keeps missing sessions.",
                null,
                false);
        threads.edit(thread, "Worried about " + secret, "My client " + secret + " keeps missing sessions again.", null);
        long comment = threads.postComment(thread, null, "Has " + secret + " said why?", false);
        accounts.signInAs(flagger);
        moderation.flag(
                thread,
                null,
                org.securebase.threads.FlagReason.IDENTIFYING,
                "The title names " + secret + ", I know the family");
        accounts.signInAs(supervisor);
        threadModeration.lock(thread, true, "Locked while " + secret + " is taken out");
        long item = moderation.queue().stream()
                .filter(e -> e.threadId() == thread)
                .findFirst()
                .orElseThrow()
                .id();
        moderation.upholdFlags(item, "Agreed, " + secret + " is identifiable");
        assertThat(TextColumns.containing(jdbc, secret))
                .as("before the redaction")
                .contains(
                        "notification.message",
                        "flag.note",
                        "queue_item.resolution",
                        "audit_entry.target_name",
                        "audit_entry.reason");

        threads.redact(thread, null, secret, "Names the client");
        threads.redact(thread, comment, secret, "Names the client");

        assertThat(TextColumns.containing(jdbc, secret))
                .as("tables holding the redacted text")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where thread_id = ? and message like ?",
                        Long.class,
                        thread,
                        "%[redacted]%"))
                .isPositive();
        // The trail is still append-only outside a redaction.
        assertThatThrownBy(() -> jdbc.update(
                        "update audit_entry set reason = 'changed' where target_id = ?", Long.toString(thread)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void textThatIsNotThereIsReported() {
        long admin = accounts.active("Admin", Role.ADMIN);
        accounts.signInAs(admin);
        long open = groups.visibleGroups().stream()
                .filter(g -> g.name().equals("Open consultation"))
                .findFirst()
                .orElseThrow()
                .id();
        long thread = threads.create(open, ThreadKind.DISCUSSION, "Nothing to hide", "Plain text.", null, false);
        assertThatThrownBy(() -> threads.redact(thread, null, "not in it", ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not appear");
    }
}

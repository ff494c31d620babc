package org.securebase.threads;

import java.sql.DatabaseMetaData;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a redacted span out of everything that copied it from a thread, in the redaction's own transaction: the
 * thread's notifications, its queue items (trigger, resolution, outreach note) and their flag notes, and the
 * audit trail's descriptions of the thread, its comments and the threads merged into it. The audit trail lets a
 * redaction, and nothing else, change an entry's target name and reason (see AppendOnlyTrigger and the
 * PostgreSQL trigger). Scoped to the thread, so a short span is not struck from unrelated rows.
 */
@Component
class RedactionSweep {

    private final JdbcTemplate jdbc;
    private final org.securebase.shared.H2Compaction compaction;

    RedactionSweep(JdbcTemplate jdbc, org.securebase.shared.H2Compaction compaction) {
        this.jdbc = jdbc;
        this.compaction = compaction;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void sweep(long threadId, String span, String with) {
        jdbc.update(
                "update notification set message = replace(message, ?, ?) where thread_id = ?", span, with, threadId);
        jdbc.update("""
                update queue_item set trigger_text = replace(trigger_text, ?, ?), resolution = replace(resolution, ?, ?),
                       outreach_note = replace(outreach_note, ?, ?)
                where thread_id = ?""", span, with, span, with, span, with, threadId);
        jdbc.update("""
                update flag set note = replace(note, ?, ?)
                where queue_item_id in (select id from queue_item where thread_id = ?)""", span, with, threadId);
        boolean postgres = isPostgres();
        allowAuditRedaction(postgres, true);
        try {
            jdbc.update("""
                    update audit_entry set target_name = replace(target_name, ?, ?), reason = replace(reason, ?, ?)
                    where (target_type = 'thread' and (target_id = ? or target_id in
                              (select cast(id as varchar(20)) from discussion_thread where merged_into = ?)))
                       or (target_type = 'comment' and target_id in
                              (select cast(id as varchar(20)) from thread_comment where thread_id = ?))""", span, with, span, with, Long.toString(threadId), threadId, threadId);
        } finally {
            allowAuditRedaction(postgres, false);
        }
        compaction.redacted();
    }

    private void allowAuditRedaction(boolean postgres, boolean allow) {
        if (postgres) {
            jdbc.queryForObject(
                    "select set_config('securebase.redacting', ?, true)", String.class, allow ? "on" : "off");
        } else {
            jdbc.execute("set " + org.securebase.audit.AppendOnlyTrigger.REDACTING + " = " + (allow ? "true" : "null"));
        }
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            return "PostgreSQL".equals(meta.getDatabaseProductName());
        }));
    }
}

package org.securebase.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only audit trail (PostgreSQL uses a PL/pgSQL trigger). The one exception: while a
 * redaction runs (it sets the session variable {@value #REDACTING}), an update may replace the target name and the
 * reason, and nothing else.
 */
public class AppendOnlyTrigger implements Trigger {

    public static final String REDACTING = "@SECUREBASE_REDACTING";
    private static final Set<String> REDACTABLE = Set.of("TARGET_NAME", "REASON");

    private boolean[] redactable;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            java.util.List<Boolean> flags = new java.util.ArrayList<>();
            while (columns.next()) {
                flags.add(REDACTABLE.contains(columns.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT)));
            }
            redactable = new boolean[flags.size()];
            for (int i = 0; i < redactable.length; i++) {
                redactable[i] = flags.get(i);
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && redacting(conn) && onlyTextChanged(oldRow, newRow)) {
            return;
        }
        throw new SQLException("audit_entry is append-only");
    }

    private boolean onlyTextChanged(Object[] oldRow, Object[] newRow) {
        if (redactable == null || redactable.length != oldRow.length) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (!redactable[i] && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean redacting(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement();
                ResultSet r = s.executeQuery("select " + REDACTING)) {
            return r.next() && r.getBoolean(1);
        }
    }
}

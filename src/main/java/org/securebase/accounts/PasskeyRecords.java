package org.securebase.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Component;

/**
 * Passkeys as rows: Spring Security's {@code user_entities} (one WebAuthn user handle per account, tied to it by
 * {@code account_id}) and {@code user_credentials} (one row per passkey, written by Spring Security's
 * {@code JdbcUserCredentialRepository}). What the rest of the accounts module needs to know about them without
 * touching WebAuthn: how many an account has, their names and dates, and erasing them all.
 */
@Component
class PasskeyRecords {

    /** One passkey as the member sees it: its name and dates, never its key. */
    record Row(String credentialId, String name, Instant createdAt, Instant lastUsedAt) {}

    private final NamedParameterJdbcTemplate jdbc;

    PasskeyRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(long accountId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id"
                        + " where u.account_id = :id",
                Map.of("id", accountId),
                Integer.class);
        return n == null ? 0 : n;
    }

    List<Row> of(long accountId) {
        return jdbc.query(
                "select c.credential_id, c.label, c.created, c.last_used from user_credentials c"
                        + " join user_entities u on u.id = c.user_entity_user_id where u.account_id = :id"
                        + " order by c.created, c.credential_id",
                Map.of("id", accountId),
                (rs, n) -> new Row(
                        rs.getString("credential_id"),
                        rs.getString("label"),
                        instant(rs.getTimestamp("created")),
                        instant(rs.getTimestamp("last_used"))));
    }

    /** The account's WebAuthn user handle (base64url), if it ever started registering a passkey. */
    Optional<String> handle(long accountId) {
        return jdbc
                .queryForList(
                        "select id from user_entities where account_id = :id", Map.of("id", accountId), String.class)
                .stream()
                .findFirst();
    }

    /**
     * The account's user handle, created on first use, with the name and display name an authenticator shows kept
     * to the account's current email and name. A stale entry of another account under the same email (it changed
     * address since) is renamed out of the way first, so the unique name never blocks.
     */
    String ensureHandle(long accountId, String email, String displayName) {
        jdbc.update(
                "update user_entities set name = concat('account-', cast(account_id as varchar(20)))"
                        + " where name = :email and account_id <> :id",
                Map.of("email", email, "id", accountId));
        Optional<String> existing = handle(accountId);
        if (existing.isPresent()) {
            jdbc.update(
                    "update user_entities set name = :email, display_name = :name where id = :handle",
                    Map.of("email", email, "name", displayName, "handle", existing.get()));
            return existing.get();
        }
        String handle = Bytes.random().toBase64UrlString();
        jdbc.update(
                "insert into user_entities (id, name, display_name, account_id) values (:handle, :email, :name, :id)",
                Map.of("handle", handle, "email", email, "name", displayName, "id", accountId));
        return handle;
    }

    /** Whether the passkey is one of this account's. */
    boolean belongsTo(String credentialId, long accountId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id"
                        + " where c.credential_id = :credential and u.account_id = :id",
                Map.of("credential", credentialId, "id", accountId),
                Integer.class);
        return n != null && n > 0;
    }

    Optional<String> nameOf(String credentialId) {
        return jdbc
                .queryForList(
                        "select label from user_credentials where credential_id = :credential",
                        Map.of("credential", credentialId),
                        String.class)
                .stream()
                .findFirst();
    }

    void delete(String credentialId) {
        jdbc.update(
                "delete from user_credentials where credential_id = :credential", Map.of("credential", credentialId));
    }

    /** Every passkey of the account and its user handle: an admin's reset, or the account's closure. */
    int deleteAll(long accountId) {
        int n = jdbc.update(
                "delete from user_credentials where user_entity_user_id in"
                        + " (select id from user_entities where account_id = :id)",
                Map.of("id", accountId));
        jdbc.update("delete from user_entities where account_id = :id", Map.of("id", accountId));
        return n;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

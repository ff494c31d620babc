package org.securebase.memberdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.MemberDataExport;
import org.securebase.accounts.Passkeys;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.notifications.Notification;
import org.securebase.notifications.NotificationRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.threads.Comment;
import org.securebase.threads.CommentRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data": the signed-in member's profile, posts, comments and notifications, one JSON file each, in a
 * zip. There is no account parameter: whoever asks gets their own data, so no one can ask for another's. A comment
 * names its thread by id only, not by title, so nothing another member wrote goes out. The audit trail notes the
 * export and its counts, never its content.
 */
@Service
class MemberDataZip implements MemberDataExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AccessPolicy access;
    private final AccountService accounts;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final NotificationRepository notifications;
    private final AuditTrail audit;
    private final Passkeys passkeys;

    MemberDataZip(
            AccessPolicy access,
            AccountService accounts,
            ThreadRepository threads,
            CommentRepository comments,
            NotificationRepository notifications,
            AuditTrail audit,
            Passkeys passkeys) {
        this.access = access;
        this.accounts = accounts;
        this.threads = threads;
        this.comments = comments;
        this.notifications = notifications;
        this.audit = audit;
        this.passkeys = passkeys;
    }

    @Override
    @Transactional
    public byte[] zipOfMine() {
        Actor actor = access.requireActiveMember();
        AccountDetails me = accounts.myAccount();
        List<Map<String, Object>> posts = threads.findByAuthorIdOrderByCreatedAtAscIdAsc(actor.id()).stream()
                .map(MemberDataZip::post)
                .toList();
        List<Map<String, Object>> mine = comments.findByAuthorIdOrderByCreatedAtAscIdAsc(actor.id()).stream()
                .map(MemberDataZip::comment)
                .toList();
        List<Map<String, Object>> notes = notifications.findByAccountIdOrderByCreatedAtAsc(actor.id()).stream()
                .map(MemberDataZip::notification)
                .toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, Object> profile = profile(me);
            // the passkeys' names and dates only: their public keys are no personal data worth the name
            profile.put(
                    "passkeys",
                    passkeys.mine().stream().map(MemberDataZip::passkey).toList());
            add(zip, "profile.json", profile);
            add(zip, "posts.json", posts);
            add(zip, "comments.json", mine);
            add(zip, "notifications.json", notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                actor,
                "account.data-exported",
                Target.account(actor.id(), actor.displayName()),
                posts.size() + " posts, " + mine.size() + " comments, " + notes.size() + " notifications");
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, Object content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(JSON.writeValueAsBytes(content));
        zip.closeEntry();
    }

    private static Map<String, Object> passkey(Passkeys.Passkey p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("createdAt", time(p.createdAt()));
        m.put("lastUsedAt", time(p.lastUsedAt()));
        return m;
    }

    private static Map<String, Object> profile(AccountDetails me) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", me.id());
        p.put("email", me.email());
        p.put("emailConfirmed", me.emailVerified());
        p.put("displayName", me.displayName());
        p.put("fullName", me.fullName());
        p.put("profession", me.profession());
        p.put("licenceNumber", me.licenceNumber());
        p.put("licenceBody", me.licenceBody());
        p.put("trainee", me.trainee());
        p.put("clinicalSupervisor", me.clinicalSupervisor());
        p.put("role", me.role().name());
        p.put("status", me.status().name());
        p.put("createdAt", time(me.createdAt()));
        return p;
    }

    private static Map<String, Object> post(DiscussionThread t) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", t.getId());
        p.put("groupId", t.getGroupId());
        p.put("kind", t.getKind().name());
        p.put("title", t.getTitle());
        p.put("body", t.getBody());
        p.put("question", t.getQuestion());
        p.put("anonymous", t.isAnonymous());
        p.put("status", t.getStatus().name());
        p.put("hidden", t.isHidden());
        p.put("createdAt", time(t.getCreatedAt()));
        p.put("editedAt", time(t.getEditedAt()));
        return p;
    }

    private static Map<String, Object> comment(Comment c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", c.getId());
        p.put("threadId", c.getThreadId());
        p.put("body", c.getBody());
        p.put("anonymous", c.isAnonymous());
        p.put("deleted", c.isDeleted());
        p.put("hidden", c.isHidden());
        p.put("createdAt", time(c.getCreatedAt()));
        p.put("editedAt", time(c.getEditedAt()));
        return p;
    }

    private static Map<String, Object> notification(Notification n) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("message", n.getMessage());
        p.put("link", n.getLink());
        p.put("kind", n.getKind() == null ? null : n.getKind().name());
        p.put("createdAt", time(n.getCreatedAt()));
        p.put("readAt", time(n.getReadAt()));
        return p;
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}

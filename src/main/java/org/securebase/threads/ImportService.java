package org.securebase.threads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.threads.WxrFile.Post;
import org.securebase.threads.WxrFile.WxrComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a WordPress comment discussion: each post becomes a Discussion thread, each approved comment a comment,
 * nested by wp:comment_parent, dates kept. All in one transaction; importing the same file again adds nothing.
 */
@Service
public class ImportService {

    public record Summary(int threads, int comments, int replies, int skipped) {
        public String line() {
            return "threads=" + threads + " comments=" + comments + " replies=" + replies + " skipped=" + skipped;
        }
    }

    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final GroupRepository groups;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public ImportService(
            ThreadRepository threads,
            CommentRepository comments,
            GroupRepository groups,
            AccessPolicy access,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.threads = threads;
        this.comments = comments;
        this.groups = groups;
        this.access = access;
        this.audit = audit;
    }

    /** From the admin page: only administrators import. */
    @Transactional
    public Summary importAsAdmin(WxrFile file, String groupName, boolean dryRun, IntConsumer progress) {
        Actor actor = access.requireAdmin();
        Summary summary = run(file, groupName, dryRun, progress);
        if (!dryRun) {
            audit.record(actor, "import.wxr", Target.group(group(groupName).getId(), groupName), summary.line());
        }
        return summary;
    }

    /** From the command line or the demo data, where there is no signed-in user. */
    @Transactional
    public Summary importAsSystem(WxrFile file, String groupName, boolean dryRun) {
        Summary summary = run(file, groupName, dryRun, done -> {});
        if (!dryRun) {
            audit.record(null, "import.wxr", Target.group(group(groupName).getId(), groupName), summary.line());
        }
        return summary;
    }

    private ConsultationGroup group(String name) {
        return groups.findByName(name == null ? "" : name.strip())
                .orElseThrow(() -> new IllegalArgumentException("There is no group named '" + name + "'."));
    }

    private Summary run(WxrFile file, String groupName, boolean dryRun, IntConsumer progress) {
        ConsultationGroup group = group(groupName);
        int total = file.posts().stream().mapToInt(p -> 1 + p.comments().size()).sum();
        int done = 0;
        int newThreads = 0;
        int newComments = 0;
        int newReplies = 0;
        int skipped = 0;
        for (Post post : file.posts()) {
            String threadKey = "wxr:" + file.site() + ":" + post.id();
            DiscussionThread thread = threads.findByImportKey(threadKey).orElse(null);
            if (thread == null) {
                newThreads++;
                if (!dryRun) {
                    thread = threads.save(DiscussionThread.imported(
                            group.getId(),
                            post.title(),
                            post.content().isBlank() ? "(no text)" : post.content(),
                            post.author(),
                            post.date(),
                            threadKey));
                }
            }
            List<WxrComment> importable = new ArrayList<>();
            for (WxrComment c : post.comments()) {
                if (c.importable()) {
                    importable.add(c);
                } else {
                    skipped++;
                }
            }
            Set<String> ids = new HashSet<>();
            importable.forEach(c -> ids.add(c.id()));
            Map<String, List<WxrComment>> children = new HashMap<>();
            List<WxrComment> roots = new ArrayList<>();
            Comparator<WxrComment> order = Comparator.comparing(WxrComment::date)
                    .thenComparing(c -> Long.parseLong(c.id().replaceAll("\\D", "0")));
            importable.stream().sorted(order).forEach(c -> {
                boolean reply = c.parentId() != null && !c.parentId().equals("0") && ids.contains(c.parentId());
                if (reply) {
                    children.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                            .add(c);
                } else {
                    roots.add(c);
                }
            });
            int[] counts = new int[2];
            for (int i = 0; i < roots.size(); i++) {
                add(thread, threadKey, roots.get(i), null, false, i + 1, children, dryRun, counts);
            }
            if (!dryRun && thread != null) {
                events.publishEvent(org.securebase.shared.ContentChanged.thread(thread.getId()));
            }
            newComments += counts[0];
            newReplies += counts[1];
            done += 1 + post.comments().size();
            progress.accept(total == 0 ? 100 : done * 100 / total);
        }
        return new Summary(newThreads, newComments, newReplies, skipped);
    }

    private void add(
            DiscussionThread thread,
            String threadKey,
            WxrComment c,
            Comment parent,
            boolean reply,
            int position,
            Map<String, List<WxrComment>> children,
            boolean dryRun,
            int[] counts) {
        String key = threadKey + ":c" + c.id();
        Comment saved = comments.findByImportKey(key).orElse(null);
        if (saved == null) {
            counts[0]++;
            if (reply) {
                counts[1]++;
            }
            if (!dryRun) {
                saved = comments.save(new Comment(
                        thread.getId(),
                        parent,
                        position,
                        null,
                        c.author(),
                        false,
                        c.content().isBlank() ? "(no text)" : c.content(),
                        c.date(),
                        key));
                thread.commented(c.date());
            }
        }
        List<WxrComment> replies = children.getOrDefault(c.id(), List.of());
        for (int i = 0; i < replies.size(); i++) {
            add(thread, threadKey, replies.get(i), saved, true, i + 1, children, dryRun, counts);
        }
    }
}

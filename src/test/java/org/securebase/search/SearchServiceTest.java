package org.securebase.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.shared.ContentChanged;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Search behaviour, on whichever database the suite runs against (H2 by default, PostgreSQL in .ci/run). */
@DatabaseTest
public class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    ThreadService threads;

    @Autowired
    ThreadModeration moderation;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    long admin;
    long supervisor;
    long member;
    long group;

    @BeforeEach
    void group() {
        admin = accounts.active("Search Admin", Role.ADMIN);
        supervisor = accounts.active("Search Supervisor", Role.SUPERVISOR);
        member = accounts.active("Search Member", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm("Search " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(member)));
        accounts.signInAs(member);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** A made-up word no other test writes, letters only. */
    public static String word() {
        Random random = new Random();
        StringBuilder w = new StringBuilder("zq");
        // Consonants the English stemmer never rewrites, so each test controls exactly which endings it tries
        // (see aHalfTypedWordTheStemmerRewritesStillMatchesAsAPrefix for the ones it does rewrite).
        String letters = "bcdfghjklmnpqrtvwxz";
        for (int i = 0; i < 8; i++) {
            w.append(letters.charAt(random.nextInt(letters.length())));
        }
        return w.append("x").toString();
    }

    private List<SearchHit> find(String text) {
        return search.search(SearchQuery.of(text).inGroup(group), 0, 100);
    }

    private long discussion(String title, String body) {
        return threads.create(group, ThreadKind.DISCUSSION, title, body, null, false);
    }

    @Test
    void englishStemmingFindsEveryFormOfAWord() {
        long a = discussion("On attachment", "How attached can a client become to the therapist?");
        long c = threads.postComment(a, null, "She attaches to every new therapist she meets.", false);

        List<SearchHit> hits = find("attach");

        assertThat(hits).extracting(SearchHit::threadId).containsOnly(a);
        assertThat(hits).extracting(SearchHit::commentId).containsExactlyInAnyOrder(null, c);
        assertThat(find("attachments")).hasSize(2);
        assertThat(search.count(SearchQuery.of("attached").inGroup(group))).isEqualTo(2);
    }

    @Test
    void quotesAskForAPhraseAndAMinusExcludes() {
        String w = word();
        long inOrder = discussion("Phrase one " + w, "A secure base for the work.");
        long reversed = discussion("Phrase two " + w, "The base felt secure.");

        assertThat(find(w + " \"secure base\"")).extracting(SearchHit::threadId).containsExactly(inOrder);
        assertThat(find(w + " secure base"))
                .extracting(SearchHit::threadId)
                .containsExactlyInAnyOrder(inOrder, reversed);
        assertThat(find(w + " -felt")).extracting(SearchHit::threadId).containsExactly(inOrder);
        assertThat(find(w + " -\"secure base\""))
                .extracting(SearchHit::threadId)
                .containsExactly(reversed);
        assertThat(find("-" + w)).as("only exclusions: nothing to look for").isEmpty();
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        String w = word();
        long t = discussion("Prefix " + w, "Mentalization under stress.");

        assertThat(find(w.substring(0, 6))).extracting(SearchHit::threadId).containsExactly(t);
        for (String typed : List.of("ment", "mentali", "mentaliz", "mentalizat", "mentalization")) {
            assertThat(find(w + " " + typed))
                    .as(typed)
                    .extracting(SearchHit::threadId)
                    .containsExactly(t);
        }
        assertThat(find(w.substring(0, 6) + " mentalization"))
                .as("only the last word is a prefix")
                .isEmpty();
    }

    @Test
    void aHalfTypedWordTheStemmerRewritesStillMatchesAsAPrefix() {
        String w = word();
        long t = discussion("Half typed " + w, "Dismissive at first, then " + w + "ybr and " + w + "eswk.");

        for (String typed : List.of(w + "y", w + "yb", w + "e", w + "es", w + "esw")) {
            assertThat(find(typed)).as(typed).extracting(SearchHit::threadId).containsExactly(t);
        }
        assertThat(find(w + " dis"))
                .as("'dis' stems to 'di', shorter than a prefix may be")
                .extracting(SearchHit::threadId)
                .containsExactly(t);
        assertThat(find(w + " dism")).extracting(SearchHit::threadId).containsExactly(t);
    }

    @Test
    void aTagsSynonymFindsTheThreadTaggedWithIt() {
        String w = word();
        long tagged = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Clinging client " + w,
                "Protest at every break.",
                null,
                false,
                Disclosure.none(),
                List.of("ambivalent"));
        discussion("Untagged " + w, "Nothing about it.");

        assertThat(find(w + " anxious")).extracting(SearchHit::threadId).containsExactly(tagged);
        assertThat(find(w + " ambivalent")).extracting(SearchHit::threadId).containsExactly(tagged);
        assertThat(find(w + " anxious").getFirst().tags())
                .extracting(t -> t.slug())
                .containsExactly("ambivalent");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAboveAComment() {
        String w = word();
        long inBody = discussion("Something else", "The word " + w + " appears here.");
        long inTitle = discussion("About " + w, "Nothing to see.");
        long comment = threads.postComment(inBody, null, "And " + w + " again.", false);

        List<SearchHit> hits = find(w);

        assertThat(hits).extracting(SearchHit::threadId).containsExactly(inTitle, inBody, inBody);
        assertThat(hits.get(2).commentId()).isEqualTo(comment);
        List<SearchHit> newest =
                search.search(SearchQuery.of(w).inGroup(group).sortedBy(SearchQuery.Sort.NEWEST), 0, 10);
        assertThat(newest).extracting(SearchHit::commentId).first().isEqualTo(comment);
    }

    @Test
    void pagesNeverRepeatOrSkipAndTheCountAgrees() {
        String w = word();
        long t = discussion("Paging " + w, "Many comments follow.");
        for (int i = 0; i < 45; i++) {
            threads.postComment(t, null, "Comment " + i + " mentions " + w + ".", false);
        }
        SearchQuery query = SearchQuery.of(w).inGroup(group);
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < 60; offset += 20) {
            search.search(query, offset, 20)
                    .forEach(h -> assertThat(seen.add(h.threadId() + "/" + h.commentId()))
                            .as("no duplicates")
                            .isTrue());
        }
        assertThat(seen).hasSize(46);
        assertThat(search.count(query)).isEqualTo(46);
    }

    @Test
    void beyondTheMaximumTheCountSaysMoreAndEveryMatchingPostStaysACandidate() {
        String w = word();
        long titled = discussion("About " + w, "The oldest match, named for the word.");
        long t = discussion("Many comments", "Nothing here.");
        commentsSaying(t, w, SearchService.MAX_RESULTS);
        SearchQuery query = SearchQuery.of(w).inGroup(group);

        assertThat(search.count(query)).isEqualTo(SearchService.MAX_RESULTS + 1);
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset <= SearchService.MAX_RESULTS; offset += 100) {
            search.search(query, offset, 100)
                    .forEach(h -> assertThat(seen.add(h.threadId() + "/" + h.commentId()))
                            .as("no duplicates")
                            .isTrue());
        }
        assertThat(seen).hasSize(SearchService.MAX_RESULTS);
        assertThat(search.search(query, 0, 1))
                .extracting(SearchHit::threadId)
                .as("the title match is ranked although a thousand comments are newer")
                .containsExactly(titled);
        assertThat(search.search(query.sortedBy(SearchQuery.Sort.NEWEST), 0, SearchService.MAX_RESULTS))
                .hasSize(SearchService.MAX_RESULTS)
                .extracting(SearchHit::threadId)
                .as("the newest thousand are all comments")
                .containsOnly(t);
    }

    /** Comments newer than the thread, written straight to the table and indexed as a service would. */
    private void commentsSaying(long thread, String w, int n) {
        Instant start = Instant.now().plusSeconds(60);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {
                thread,
                i + 1,
                0,
                String.format("%06d", i + 1),
                member,
                false,
                "Comment " + i + " on " + w + ".",
                Timestamp.from(start.plusSeconds(i))
            });
        }
        jdbc.batchUpdate(
                "insert into thread_comment (thread_id, number, depth, sort_path, author_id, anonymous, body,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        transactions.executeWithoutResult(s -> index.changed(ContentChanged.thread(thread)));
    }

    @Test
    void filtersNarrowTheResults() {
        String w = word();
        long other = accounts.active("Other Searcher", Role.THERAPIST);
        accounts.signInAs(admin);
        groups.update(
                group,
                new GroupForm(
                        groups.group(group).name(), "Private.", false, Set.of(supervisor), Set.of(member, other)));
        accounts.signInAs(member);
        long mine = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Filter " + w,
                "Body.",
                null,
                false,
                Disclosure.none(),
                List.of("adolescents", "repair"));
        long anonymous = threads.create(group, ThreadKind.DISCUSSION, "Anonymous " + w, "Body.", null, true);
        // an invented word is a candidate identifier to the recall layer: the author marks it not identifying
        long caseThread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "Case " + w,
                "A vignette without details.",
                "What would you try?",
                false,
                new Disclosure(true, Set.of(w)),
                List.of("repair"));
        accounts.signInAs(supervisor);
        moderation.review(caseThread, ThreadStatus.PUBLISHED, null);
        accounts.signInAs(other);
        long theirs = threads.postComment(mine, null, "A reply about " + w + ".", false);

        SearchQuery all = SearchQuery.of(w).inGroup(group);
        assertThat(search.count(all)).isEqualTo(4);
        assertThat(search.search(all.only(SearchQuery.Part.COMMENTS), 0, 10))
                .extracting(SearchHit::commentId)
                .containsExactly(theirs);
        assertThat(search.count(all.only(SearchQuery.Part.POSTS))).isEqualTo(3);
        assertThat(search.search(all.casesOnly(true), 0, 10))
                .extracting(SearchHit::threadId)
                .containsExactly(caseThread);
        assertThat(search.search(all.taggedWith(List.of("repair", "adolescents")), 0, 10))
                .extracting(SearchHit::threadId, SearchHit::commentId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(mine, null),
                        org.assertj.core.groups.Tuple.tuple(mine, theirs));
        assertThat(search.count(all.taggedWith(List.of("no-such-tag")))).isZero();
        assertThat(search.search(all.mine(true), 0, 10))
                .extracting(SearchHit::commentId)
                .containsExactly(theirs);
        assertThat(search.count(SearchQuery.of(w).inGroup(-1L)))
                .as("a group one cannot read")
                .isZero();

        // The author filter never reveals who wrote an anonymous post, except to the group's supervisors.
        assertThat(search.search(all.by(member), 0, 10))
                .extracting(SearchHit::threadId)
                .containsExactlyInAnyOrder(mine, caseThread);
        accounts.signInAs(member);
        assertThat(search.count(all.by(member)))
                .as("the author finds their own")
                .isEqualTo(3);
        accounts.signInAs(supervisor);
        assertThat(search.count(all.by(member))).isEqualTo(3);
        assertThat(search.search(all, 0, 10))
                .filteredOn(h -> h.threadId() == anonymous)
                .extracting(SearchHit::author)
                .containsExactly("Anonymous member (Search Member)");
        accounts.signInAs(other);
        assertThat(search.search(all, 0, 10))
                .filteredOn(h -> h.threadId() == anonymous)
                .extracting(SearchHit::author)
                .containsExactly("Anonymous member");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(search.count(all.between(today, today))).isEqualTo(4);
        assertThat(search.count(all.between(today.plusDays(1), null))).isZero();
        assertThat(search.count(all.between(null, today.minusDays(1)))).isZero();
    }

    @Test
    void theExcerptIsEscapedAndMarksTheMatchingWords() {
        String w = word();
        long t = discussion("Excerpt " + w, "Before <script>alert(1)</script> the " + w + " & after.");

        SearchHit hit = find(w).getFirst();

        assertThat(hit.threadId()).isEqualTo(t);
        assertThat(hit.excerptHtml())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<mark>" + w + "</mark> &amp; after")
                .doesNotContain("<script>");
        assertThat(hit.titleHtml()).isEqualTo("Excerpt <mark>" + w + "</mark>");
    }

    @Test
    void theIndexFollowsEditsRetagsMovesAndDeletions() {
        String w = word();
        String later = word();
        long t = discussion("Follow " + w, "First version.");
        long c = threads.postComment(t, null, "A comment with " + w + ".", false);

        threads.edit(t, "Follow " + later, "Second version.", null);
        threads.editComment(c, "Now it says " + later + ".");
        assertThat(find(w)).isEmpty();
        assertThat(find(later)).hasSize(2);

        threads.retag(t, List.of("grief"));
        assertThat(find(later + " bereavement").size() + find(later + " grief").size())
                .isPositive();

        threads.deleteComment(c);
        assertThat(find(later)).extracting(SearchHit::commentId).containsExactly((Long) null);

        accounts.signInAs(admin);
        long elsewhere = groups.create(
                new GroupForm("Elsewhere " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of()));
        accounts.signInAs(supervisor);
        moderation.move(t, elsewhere, "belongs there");
        assertThat(search.search(SearchQuery.of(later).inGroup(elsewhere), 0, 10))
                .hasSize(1);
        accounts.signInAs(member);
        assertThat(search.count(SearchQuery.of(later)))
                .as("the member cannot read the new group")
                .isZero();
    }

    @Test
    void aRebuildGivesTheSameIndex() {
        String w = word();
        long t = discussion("Rebuild " + w, "Body.");
        threads.postComment(t, null, "Comment " + w, false);
        int before = index.count();

        accounts.signInAs(admin);
        int[] last = new int[2];
        int entries = index.rebuildAsAdmin((done, total) -> {
            last[0] = done;
            last[1] = total;
        });

        assertThat(entries).isEqualTo(before);
        assertThat(last[0]).isEqualTo(last[1]);
        accounts.signInAs(member);
        assertThat(find(w)).hasSize(2);
    }
}

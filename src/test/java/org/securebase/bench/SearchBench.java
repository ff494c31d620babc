package org.securebase.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.securebase.Application;
import org.securebase.accounts.TestAccounts;
import org.securebase.search.SearchIndex;
import org.securebase.search.SearchQuery;
import org.securebase.search.SearchService;
import org.securebase.security.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search at size: 100,000 comments in 1,000 threads across 10 groups (inserted with JDBC batches, then indexed
 * with the rebuild), and a two-word search by a member of 5 of the groups, first page of 20. Prints median and
 * p95 of the service call (permissions, SQL, tags, excerpts) and, on PostgreSQL, of the same page's raw SQL.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.securebase.bench.SearchBench}
 * (add {@code -Dsecurebase.test.db=postgres} and the SECUREBASE_DB_* variables for PostgreSQL, and
 * {@code -Dvocabulary=small} for the first bench's vocabulary).
 */
public final class SearchBench {

    private static final int GROUPS = 10;
    private static final int THREADS = Integer.getInteger("threads", 1_000);
    private static final int COMMENTS = Integer.getInteger("comments", 100_000);
    private static final int RUNS = Integer.getInteger("runs", 50);
    private static final String[] WORDS = ("attachment attunement repair rupture secure base safe haven avoidant "
                    + "ambivalent disorganized mentalization session client therapist supervision break ending holiday "
                    + "parent child adolescent foster adoption grief trauma dissociation shame anger protest clinging "
                    + "silence play drawing music regulation co-regulation boundary consent telehealth couple family "
                    + "father mother school teacher sleep nightmare freeze panic comfort proximity separation distress "
                    + "reunion exploration curiosity empathy acceptance playfulness countertransference transference "
                    + "reflection prompt consultation vignette question colleague hypothesis formulation contract fee "
                    + "cancellation lateness gift touch hug tears laughter game console video phone message email")
            .split(" ");
    /**
     * "zipf" (default): 5,000 words with Zipf frequencies (the n-th most common about 1/n as often as the first), the
     * clinical words every tenth from rank 10, the rest made-up filler: "rupture" and "repair" then occur in 10 %
     * and 14 % of the comments, as common words of a real forum might. "small": the first bench's 100 clinical words
     * with a Gaussian skew, where both occur in a third of all comments (the worst case, kept for comparison).
     */
    private static final String VOCABULARY = System.getProperty("vocabulary", "zipf");

    private static final Vocabulary TEXT = "small".equals(VOCABULARY) ? new Small() : new Zipf(5_000);

    private SearchBench() {}

    public static void main(String[] args) {
        boolean postgres = "postgres".equals(System.getProperty("securebase.test.db"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles(postgres ? new String[] {"test", "postgres"} : new String[] {"test"})
                .properties(
                        "logging.threshold.console=WARN",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TestAccounts accounts = app.getBean(TestAccounts.class);
            long reader = accounts.active("Bench Searcher", Role.THERAPIST);
            long author = accounts.active("Bench Author", Role.THERAPIST);
            long seeded = System.nanoTime();
            List<Long> groups = seed(jdbc, reader, author);
            System.out.printf(
                    "seeded %d comments in %d threads across %d groups in %d ms%n",
                    COMMENTS, THREADS, GROUPS, (System.nanoTime() - seeded) / 1_000_000);
            long indexed = System.nanoTime();
            int entries = app.getBean(SearchIndex.class).rebuildAsSystem((done, total) -> {});
            System.out.printf("indexed %d entries in %d ms%n", entries, (System.nanoTime() - indexed) / 1_000_000);
            if (postgres) {
                jdbc.execute("analyze search_entry");
            }
            System.out.printf("vocabulary %s; load average before the runs %s%n", VOCABULARY, loadAverage());

            accounts.signInAs(reader);
            SearchService search = app.getBean(SearchService.class);
            SearchQuery query = SearchQuery.of("rupture repair");
            String readable = String.join(
                    ",",
                    groups.subList(0, GROUPS / 2).stream().map(String::valueOf).toList());
            System.out.println("matches the reader may see (count, capped): " + search.count(query));
            if (postgres) {
                System.out.println("matches the reader may see (all): "
                        + jdbc.queryForObject(
                                "select count(*) from search_entry where group_id in (" + readable + ") and document"
                                        + " @@ to_tsquery('simple', '(ruptur) & (repair:* | repa | repai)')",
                                Integer.class));
            }
            for (int i = 0; i < 10; i++) {
                search.search(query, 0, 20);
            }
            List<Long> page = new ArrayList<>();
            List<Long> pageAndCount = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                search.search(query, 0, 20);
                page.add(System.nanoTime() - start);
                search.count(query);
                pageAndCount.add(System.nanoTime() - start);
            }
            report("SearchService.search, first page of 20", page);
            report("  the same plus count (what the page asks)", pageAndCount);
            if (postgres) {
                // What PostgresSearch asks for the page: rank the candidates, not every match.
                String sql = "select e.id, ts_rank(e.document, q) as score from (select c.id from search_entry c"
                        + " where c.group_id in (" + readable + ") and c.document @@ to_tsquery('simple', '(ruptur)"
                        + " & (repair:* | repa | repai)') order by case when c.comment_id is null then 0 else 1 end,"
                        + " c.created_at desc, c.id desc limit " + SearchService.MAX_RESULTS + ") x join"
                        + " search_entry e on e.id = x.id, to_tsquery('simple', '(ruptur) & (repair:* | repa |"
                        + " repai)') q order by score desc, e.created_at desc, e.id desc limit 20";
                for (int i = 0; i < 10; i++) {
                    jdbc.queryForList(sql);
                }
                List<Long> raw = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    jdbc.queryForList(sql);
                    raw.add(System.nanoTime() - start);
                }
                report("raw SQL of the page (floor)", raw);
            }
            System.out.println("load average after the runs " + loadAverage());
            accounts.signOut();
        }
    }

    private static List<Long> seed(JdbcTemplate jdbc, long reader, long author) {
        Random random = new Random(13);
        List<Long> groups = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int g = 0; g < GROUPS; g++) {
            jdbc.update(
                    "insert into consultation_group (name, description, open_to_all, created_at) values (?, ?,"
                            + " false, ?)",
                    "Bench group " + g + " " + System.nanoTime(),
                    "Bench.",
                    now);
            long id = jdbc.queryForObject("select max(id) from consultation_group", Long.class);
            groups.add(id);
            jdbc.update("insert into group_member (group_id, account_id) values (?, ?)", id, author);
            if (g < GROUPS / 2) {
                jdbc.update("insert into group_member (group_id, account_id) values (?, ?)", id, reader);
            }
        }
        List<Object[]> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Timestamp at = Timestamp.from(Instant.now().minusSeconds(86_400L * (THREADS - t)));
            threads.add(new Object[] {
                groups.get(t % GROUPS),
                "DISCUSSION",
                "Bench thread " + t + ": " + text(random, 6),
                text(random, 120),
                author,
                false,
                at,
                at,
                COMMENTS / THREADS
            });
        }
        long firstThread = jdbc.queryForObject("select coalesce(max(id), 0) from discussion_thread", Long.class);
        jdbc.batchUpdate(
                "insert into discussion_thread (group_id, kind, title, body, author_id, anonymous,"
                        + " created_at, last_activity_at, comment_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                threads);
        List<Long> threadIds =
                jdbc.queryForList("select id from discussion_thread where id > ? order by id", Long.class, firstThread);
        List<Object[]> batch = new ArrayList<>();
        for (int c = 0; c < COMMENTS; c++) {
            long thread = threadIds.get(c % threadIds.size());
            int number = c / threadIds.size() + 1;
            batch.add(new Object[] {
                thread,
                number,
                0,
                String.format("%06d", number),
                author,
                false,
                text(random, 25 + random.nextInt(30)),
                Timestamp.from(Instant.now().minusSeconds(COMMENTS - c))
            });
            if (batch.size() == 2_000) {
                insertComments(jdbc, batch);
                batch.clear();
            }
        }
        insertComments(jdbc, batch);
        return groups;
    }

    private static void insertComments(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate(
                "insert into thread_comment (thread_id, number, depth, sort_path, author_id, anonymous,"
                        + " body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                batch);
    }

    private static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(TEXT.next(random));
        }
        return out.append('.').toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(
                    "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private interface Vocabulary {
        String next(Random random);
    }

    /** The first bench's words, drawn with a Gaussian skew over a hundred words. */
    private static final class Small implements Vocabulary {
        @Override
        public String next(Random random) {
            int index = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * WORDS.length / 2.5);
            return WORDS[index];
        }
    }

    /** Words with Zipf frequencies: the clinical words at every tenth rank from 10, made-up filler between. */
    private static final class Zipf implements Vocabulary {
        private final String[] words;
        private final double[] cumulative;

        Zipf(int size) {
            words = new String[size];
            cumulative = new double[size];
            String consonants = "bdfgklmnprstvz";
            String vowels = "aeiou";
            int filler = 0;
            double sum = 0;
            for (int rank = 1; rank <= size; rank++) {
                int clinical = rank / 10 - 1;
                if (rank % 10 == 0 && clinical < WORDS.length) {
                    words[rank - 1] = WORDS[clinical];
                } else {
                    int a = filler % 70;
                    int b = filler / 70 % 70;
                    int c = filler / 4_900;
                    words[rank - 1] = syllable(consonants, vowels, a)
                            + syllable(consonants, vowels, b)
                            + (c == 0 ? "" : syllable(consonants, vowels, c));
                    filler++;
                }
                sum += 1.0 / rank;
                cumulative[rank - 1] = sum;
            }
            for (int i = 0; i < size; i++) {
                cumulative[i] /= sum;
            }
        }

        private static String syllable(String consonants, String vowels, int n) {
            return "" + consonants.charAt(n / vowels.length()) + vowels.charAt(n % vowels.length());
        }

        @Override
        public String next(Random random) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble());
            return words[Math.min(words.length - 1, found >= 0 ? found : -found - 1)];
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(
                "%s: median %.1f ms, p95 %.1f ms (%d runs)%n",
                what,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.size());
    }
}

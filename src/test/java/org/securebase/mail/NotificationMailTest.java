package org.securebase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.QueueKind;
import org.securebase.moderation.QueueRepository;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationRepository;
import org.securebase.notifications.NotificationService;
import org.securebase.security.Role;
import org.securebase.tags.TagRepository;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/** Notifications by mail: kinds, preferences, the delay and its cancellation, the digest, and no clinical text. */
@DatabaseTest
class NotificationMailTest {

    /** Words that appear only in what members write: none may ever reach a mail. */
    static final List<String> MARKERS =
            List.of("xylophonequartz", "marmaladeprism", "quillfennel", "brackenopal", "cobaltwhisk", "lanternmoth");

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    TagService tags;

    @Autowired
    TagRepository tagRepository;

    @Autowired
    ModerationService moderation;

    @Autowired
    QueueRepository queue;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationRepository notificationRows;

    @Autowired
    MailPreferences preferences;

    @Autowired
    NotificationMailer mailer;

    @Autowired
    OutboxRepository rows;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JavaMailSenderImpl embeddedSender;

    @Autowired
    TestMail mail;

    long supervisor;
    long author;
    long member;
    long third;
    long group;
    String groupName;

    @BeforeEach
    void group() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long admin = accounts.active("Mail Admin " + suffix, Role.ADMIN);
        supervisor = accounts.active("Mail Supervisor " + suffix, Role.SUPERVISOR);
        author = accounts.active("Mail Author " + suffix, Role.THERAPIST);
        member = accounts.active("Mail Member " + suffix, Role.THERAPIST);
        third = accounts.active("Mail Third " + suffix, Role.THERAPIST);
        groupName = "Mail circle " + suffix;
        accounts.signInAs(admin);
        group = groups.create(
                new GroupForm(groupName, "Private.", false, Set.of(supervisor), Set.of(author, member, third)));
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** The dispatcher as it runs once the delay has passed. */
    private void deliverAfterDelay() {
        ObjectProvider<MailSender> provider =
                new StaticListableBeanFactory(Map.of("s", embeddedSender)).getBeanProvider(MailSender.class);
        new MailDispatcher(
                        rows,
                        notificationRows,
                        settings,
                        provider,
                        transactions,
                        Clock.offset(Clock.systemUTC(), settings.delay().plus(Duration.ofMinutes(1))))
                .dispatchDue();
    }

    private long discussion(String title, String body, List<String> tagSlugs) {
        accounts.signInAs(author);
        return threads.create(group, ThreadKind.DISCUSSION, title, body, null, false, Disclosure.none(), tagSlugs);
    }

    private String email(long id) {
        return accounts.emailOf(id);
    }

    @Test
    void a_reply_and_a_mention_reach_members_by_mail_after_the_delay_without_a_word_of_the_thread() {
        long thread =
                discussion("Repair xylophonequartz after rupture", "How do you repair marmaladeprism?", List.of());
        accounts.signInAs(member);
        threads.postComment(
                thread,
                null,
                "Try quillfennel, and @" + accounts.load(third).getDisplayName() + " knows brackenopal.",
                false);
        mail.deliver();
        assertThat(mail.to(email(author))).as("the delay holds the mail back").isEmpty();

        deliverAfterDelay();
        assertThat(mail.to(email(author))).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("New reply · " + groupName + " · SecureBase");
            assertThat(m.body())
                    .contains(accounts.load(member).getDisplayName() + " replied to you in " + groupName)
                    .contains("http://localhost:8080/threads/" + thread)
                    .contains("http://localhost:8080/mail-preferences");
            assertThat(m.listUnsubscribe()).isEqualTo("<http://localhost:8080/mail-preferences>");
        });
        assertThat(mail.to(email(third)))
                .singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("You were mentioned"));
        assertNoMarkers();
    }

    @Test
    void an_anonymous_reply_stays_anonymous_and_a_mail_read_first_in_the_app_is_not_sent() {
        long thread = discussion("Anonymous cobaltwhisk", "A post about lanternmoth.", List.of());
        accounts.signInAs(member);
        long first = threads.postComment(thread, null, "Anonymous cobaltwhisk reply", true);
        accounts.signInAs(author);
        threads.postComment(thread, first, "The author answers lanternmoth", false);
        // the member reads it in the app before the delay is up
        accounts.signInAs(member);
        notifications.markAllRead();
        deliverAfterDelay();
        assertThat(mail.to(email(member))).isEmpty();
        assertThat(mail.to(email(author))).singleElement().satisfies(m -> {
            assertThat(m.body())
                    .contains("Anonymous member replied to you")
                    .doesNotContain(accounts.load(member).getDisplayName());
        });
        assertNoMarkers();
    }

    @Test
    void preferences_choose_app_only_or_off() {
        preferences.choose(author, NotificationKind.REPLY, MailChoice.IN_APP);
        preferences.choose(third, NotificationKind.MENTION, MailChoice.OFF);
        long thread = discussion("Preferences", "A post.", List.of());
        accounts.signInAs(member);
        threads.postComment(thread, null, "Hello @" + accounts.load(third).getDisplayName(), false);
        deliverAfterDelay();
        assertThat(mail.to(email(author))).isEmpty();
        assertThat(notificationRows.countByAccountIdAndReadAtIsNull(author)).isEqualTo(1);
        assertThat(mail.to(email(third))).isEmpty();
        assertThat(notificationRows.countByAccountIdAndReadAtIsNull(third)).isZero();
    }

    @Test
    void a_new_thread_in_a_followed_tag_is_notified_in_the_app_and_in_the_daily_digest() {
        long tag = tagRepository.findBySlug("repair").orElseThrow().getId();
        accounts.signInAs(member);
        tags.follow(tag, true);
        accounts.signInAs(third);
        tags.follow(tag, true);
        accounts.signOut();
        preferences.choose(third, NotificationKind.FOLLOWED_TAG, MailChoice.EMAIL);
        discussion("Followed quillfennel", "Tagged brackenopal.", List.of("repair"));
        assertThat(notificationRows.countByAccountIdAndReadAtIsNull(member)).isEqualTo(1);
        deliverAfterDelay();
        assertThat(mail.to(email(member)))
                .as("the member chose the digest (the default)")
                .isEmpty();
        assertThat(mail.to(email(third)))
                .singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("New thread in a theme you follow"));

        assertThat(mailer.digest(true)).isPositive();
        mail.deliver();
        assertThat(mail.to(email(member))).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Your SecureBase digest: 1 update");
            assertThat(m.body())
                    .contains(accounts.load(author).getDisplayName() + " started a thread in " + groupName
                            + " with a theme you follow.");
        });
        mailer.digest(true);
        mail.deliver();
        assertThat(mail.to(email(member)))
                .as("a digest covers a notification once")
                .hasSize(1);
        assertNoMarkers();
    }

    @Test
    void a_case_consultation_review_and_a_risk_alert_say_what_happened_but_not_the_case() {
        accounts.signInAs(author);
        long thread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "Case of the cobaltwhisk family",
                "The client describes xylophonequartz at home and marmaladeprism at school.",
                "How would you approach the lanternmoth pattern?",
                false,
                new Disclosure(true, Set.of()),
                List.of("avoidant"));
        deliverAfterDelay();
        assertThat(mail.to(email(supervisor)))
                .anySatisfy(m -> assertThat(m.subject())
                        .isEqualTo("New item in your review queue · " + groupName + " · SecureBase"));
        accounts.signInAs(supervisor);
        moderation.approve(
                queue.openFor(QueueKind.CASE_REVIEW, thread, null).orElseThrow().getId());
        deliverAfterDelay();
        assertThat(mail.to(email(author)))
                .anySatisfy(m -> assertThat(m.subject()).startsWith("A supervisor reviewed your post"));

        long open = discussion("Where risk comes up", "A discussion.", List.of());
        accounts.signInAs(member);
        threads.postComment(
                open,
                null,
                "Honestly I want to kill myself and I don't know why I'm writing this " + "here. quillfennel",
                false);
        mail.deliver(); // at once: no delay for risk alerts
        assertThat(mail.to(email(supervisor))).anySatisfy(m -> {
            assertThat(m.subject()).startsWith("Risk alert");
            assertThat(m.body()).doesNotContain(accounts.load(member).getDisplayName());
        });
        assertNoMarkers();
    }

    /** No mail ever sent carries a word that was only ever typed into a post, comment or case consultation. */
    private void assertNoMarkers() {
        for (TestMail.Received m : mail.all()) {
            for (String marker : MARKERS) {
                assertThat(m.subject() + "\n" + m.body())
                        .as("mail to %s", m.to())
                        .doesNotContainIgnoringCase(marker);
            }
        }
    }
}

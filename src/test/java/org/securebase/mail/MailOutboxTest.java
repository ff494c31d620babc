package org.securebase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.notifications.NotificationRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class MailOutboxTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxRepository rows;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestMail mail;

    @Autowired
    JavaMailSenderImpl embeddedSender;

    private String address() {
        return "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private void write(String to, String subject) {
        tx.executeWithoutResult(t -> outbox.enqueue(
                MailKind.TEST,
                null,
                to,
                new MailText(
                        subject, "A body with a link " + settings.link("profile"), settings.link("mail-preferences"))));
    }

    private MailDispatcher dispatcher(MailSender sender, Clock clock) {
        ObjectProvider<MailSender> provider =
                new StaticListableBeanFactory(Map.of("sender", sender)).getBeanProvider(MailSender.class);
        return new MailDispatcher(rows, notifications, settings, provider, transactions, clock);
    }

    private static JavaMailSenderImpl refusing() {
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1); // nothing listens there: the connection is refused
        return down;
    }

    private OutboxMail row(String to) {
        return rows.findByRecipientOrderByIdAsc(to).getFirst();
    }

    @Test
    void a_mail_written_in_a_committed_transaction_is_sent_once_with_its_headers() {
        String to = address();
        write(to, "Hello");
        mail.deliver();
        List<TestMail.Received> got = mail.to(to);
        assertThat(got).hasSize(1);
        assertThat(got.getFirst().subject()).isEqualTo("Hello");
        assertThat(got.getFirst().body()).contains("http://localhost:8080/profile");
        assertThat(got.getFirst().listUnsubscribe()).isEqualTo("<http://localhost:8080/mail-preferences>");
        assertThat(row(to).getStatus()).isEqualTo(OutboxStatus.SENT);
        mail.deliver();
        assertThat(mail.to(to)).hasSize(1);
    }

    @Test
    void a_rolled_back_transaction_leaves_no_mail() {
        String to = address();
        try {
            tx.executeWithoutResult(t -> {
                outbox.enqueue(MailKind.TEST, null, to, MailText.of("Never", "Never"));
                throw new IllegalStateException("what the mail reports did not happen");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        mail.deliver();
        assertThat(rows.findByRecipientOrderByIdAsc(to)).isEmpty();
        assertThat(mail.to(to)).isEmpty();
    }

    @Test
    void when_the_server_refuses_the_mail_waits_longer_each_time_then_goes_when_it_is_back() {
        String to = address();
        write(to, "Retry me");
        // one millisecond on, so the mail written a moment ago (stored to the microsecond) is surely due
        Instant now =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusMillis(1);
        MailDispatcher down = dispatcher(refusing(), Clock.fixed(now, ZoneOffset.UTC));
        down.dispatchDue();
        OutboxMail first = row(to);
        assertThat(first.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getLastError()).isNotBlank();
        assertThat(first.getNotBefore()).isEqualTo(now.plus(settings.retryAfter()));

        // not yet due: nothing is tried
        down.dispatchDue();
        assertThat(row(to).getAttempts()).isEqualTo(1);

        Instant later = now.plus(settings.retryAfter());
        dispatcher(refusing(), Clock.fixed(later, ZoneOffset.UTC)).dispatchDue();
        assertThat(row(to).getAttempts()).isEqualTo(2);
        assertThat(row(to).getNotBefore())
                .isEqualTo(later.plus(settings.retryAfter().multipliedBy(2)));
        assertThat(mail.to(to)).isEmpty();

        dispatcher(embeddedSender, Clock.fixed(later.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .dispatchDue();
        assertThat(row(to).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(mail.to(to)).hasSize(1);
    }

    @Test
    void after_too_many_failures_the_mail_is_marked_failed_for_the_admin() {
        String to = address();
        write(to, "Give up");
        Instant t = Instant.now();
        for (int i = 0; i < settings.maxAttempts(); i++) {
            dispatcher(refusing(), Clock.fixed(t, ZoneOffset.UTC)).dispatchDue();
            t = t.plus(Duration.ofHours(2));
        }
        assertThat(row(to).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(to).getAttempts()).isEqualTo(settings.maxAttempts());
        dispatcher(embeddedSender, Clock.fixed(t, ZoneOffset.UTC)).dispatchDue();
        assertThat(mail.to(to)).isEmpty();
    }

    @Test
    void two_dispatchers_over_the_same_outbox_send_each_mail_once() throws Exception {
        List<String> to = List.of(address(), address(), address(), address(), address());
        to.forEach(a -> write(a, "Once"));
        MailDispatcher one = dispatcher(embeddedSender, Clock.systemUTC());
        MailDispatcher two = dispatcher(embeddedSender, Clock.systemUTC());
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(one::dispatchDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(two::dispatchDue);
        a.get();
        b.get();
        // a restart: a new dispatcher over the same outbox
        dispatcher(embeddedSender, Clock.systemUTC()).dispatchDue();
        for (String address : to) {
            assertThat(mail.to(address)).hasSize(1);
        }
    }

    @Test
    void a_mail_left_sending_by_a_stopped_instance_is_never_sent_again() {
        String to = address();
        write(to, "Interrupted");
        long id = row(to).getId();
        Instant then = Instant.now();
        tx.executeWithoutResult(t -> rows.claim(id, then)); // the instance stopped between claiming and sending
        dispatcher(embeddedSender, Clock.fixed(then.plus(Duration.ofMinutes(1)), ZoneOffset.UTC))
                .dispatchDue();
        assertThat(row(to).getStatus()).isEqualTo(OutboxStatus.SENDING);
        dispatcher(embeddedSender, Clock.fixed(then.plus(MailDispatcher.STALE).plusSeconds(1), ZoneOffset.UTC))
                .dispatchDue();
        assertThat(row(to).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(to).getLastError()).contains("not retried");
        assertThat(mail.to(to)).isEmpty();
    }
}

package org.securebase.mail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs the dispatcher and reads what the embedded SMTP server received, for tests. */
@Component
public class TestMail {

    /** A received mail, as plain strings. */
    public record Received(String to, String subject, String body, String listUnsubscribe) {

        public String link(String path) {
            Matcher m = Pattern.compile("https?://\\S*/" + Pattern.quote(path) + "\\S*")
                    .matcher(body);
            if (!m.find()) {
                throw new AssertionError("No link to " + path + " in: " + body);
            }
            return m.group();
        }
    }

    private final MailDispatcher dispatcher;
    private final ObjectProvider<EmbeddedSmtp> smtp;

    /** The embedded server runs only in web contexts; the command-line tests' contexts have none. */
    public TestMail(MailDispatcher dispatcher, ObjectProvider<EmbeddedSmtp> smtp) {
        this.dispatcher = dispatcher;
        this.smtp = smtp;
    }

    public int deliver() {
        return dispatcher.dispatchDue();
    }

    public List<Received> all() {
        return smtp.getObject().received().stream().map(TestMail::read).toList();
    }

    public List<Received> to(String address) {
        return all().stream().filter(r -> r.to().equalsIgnoreCase(address)).toList();
    }

    public EmbeddedSmtp smtp() {
        return smtp.getObject();
    }

    static Received read(MimeMessage m) {
        try {
            Object content = m.getContent();
            String[] unsub = m.getHeader("List-Unsubscribe");
            return new Received(
                    m.getRecipients(Message.RecipientType.TO)[0].toString(),
                    m.getSubject(),
                    content.toString().replace("\r\n", "\n"),
                    unsub == null ? null : unsub[0]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

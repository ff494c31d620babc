package org.securebase.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** The embedded SMTP server (GreenMail) on 127.0.0.1; port 0 takes any free port. */
public class EmbeddedSmtp {

    private final GreenMail greenMail;

    EmbeddedSmtp(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Everything the server has received since it started (or was last cleared). */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        greenMail.stop();
    }
}

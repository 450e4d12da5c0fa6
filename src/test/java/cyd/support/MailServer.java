package cyd.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free port, that Cyd's mailer sends to. Tests read
 * what arrived over SMTP: recipient, subject, body and links.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    /** Base of every link in emails under test. */
    public static final String BASE = "https://cyd.test";

    @Override
    public synchronized Map<String, String> start() {
        if (greenMail == null) {
            ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
            greenMail = new GreenMail(setup);
            greenMail.start();
        }
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort()),
                "cyd.base-url", BASE);
    }

    @Override
    public void stop() {
        // Shared by every test class, like the database; stops with the JVM.
    }

    /** An email as it arrived. */
    public record Email(String to, String subject, String body, String listUnsubscribe) {

        /** The first link in the body whose path contains the text given, made relative to Cyd. */
        public String link(String containing) {
            Matcher m = Pattern.compile(Pattern.quote(BASE) + "(/\\S*)").matcher(body);
            while (m.find()) {
                if (m.group(1).contains(containing)) {
                    return m.group(1);
                }
            }
            throw new AssertionError("no link containing " + containing + " in:\n" + body);
        }
    }

    /** All emails received so far to an address. */
    public static List<Email> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::read)
                .filter(e -> e.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits (up to 60 s) for an email to the address that matches, and returns it. */
    public static Email await(String address, Predicate<Email> matching) {
        // The outbox sends every second; a send held up on a pooled connection the server dropped can take a while.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Email e : to(address)) {
                if (matching.test(e)) {
                    return e;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching email to " + address + "; received: " + to(address));
    }

    public static Email await(String address, String subject) {
        return await(address, e -> e.subject().equals(subject));
    }

    private static Email read(MimeMessage m) {
        try {
            String[] unsub = m.getHeader("List-Unsubscribe");
            // The decoded text, as a mail program shows it (the wire form is quoted-printable).
            return new Email(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                    m.getContent().toString().replace("\r\n", "\n"), unsub == null ? null : unsub[0]);
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

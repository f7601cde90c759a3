package org.custodia.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application's outgoing mail, caught by GreenMail on a free port (so parallel builds never collide). */
public final class Mailbox {

    private static final Pattern SET_PASSWORD_LINK = Pattern.compile("https?://\\S+/set-password\\?token=\\S+");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    Mailbox start() {
        greenMail.start();
        return this;
    }

    void stop() {
        greenMail.stop();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The set-password link in the latest invitation sent to the address, waiting a little for it. */
    public String setPasswordLinkSentTo(String email) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            List<String> bodies = bodiesSentTo(email);
            if (!bodies.isEmpty()) {
                Matcher link = SET_PASSWORD_LINK.matcher(bodies.get(bodies.size() - 1));
                if (link.find()) {
                    return link.group();
                }
                throw new AssertionError("The email to " + email + " has no set-password link:\n" + bodies);
            }
            pause();
        }
        throw new AssertionError("No email reached " + email + " within " + PATIENCE.toSeconds() + " seconds");
    }

    /**
     * The first group of the pattern in the latest email to the address whose text matches it, waiting a
     * little for one to arrive (letters carry a PDF: their text is the first part).
     */
    public String find(String email, Pattern pattern) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            List<String> bodies = bodiesSentTo(email);
            for (int i = bodies.size() - 1; i >= 0; i--) {
                Matcher found = pattern.matcher(bodies.get(i));
                if (found.find()) {
                    return found.group(1);
                }
            }
            pause();
        }
        throw new AssertionError("No email to " + email + " matched " + pattern + " within " + PATIENCE.toSeconds()
                + " seconds:\n" + bodiesSentTo(email));
    }

    /** How many emails reached the address. */
    public int countSentTo(String email) {
        return bodiesSentTo(email).size();
    }

    private List<String> bodiesSentTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, email))
                .map(Mailbox::body)
                .toList();
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart) {
                return ((Multipart) content).getBodyPart(0).getContent().toString();
            }
            return content.toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

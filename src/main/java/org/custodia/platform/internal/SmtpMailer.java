package org.custodia.platform.internal;

import org.custodia.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP when {@code spring.mail.host} is set. On a developer's machine without one,
 * the message is written to the console instead, so invitations can still be followed; the
 * production profile refuses to start without a mail server.
 */
@Component
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    SmtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${custodia.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info(
                    "No mail server configured (SPRING_MAIL_HOST); this message was not sent:\nTo: {}\nSubject: {}\n\n{}",
                    to,
                    subject,
                    body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            // A notification that cannot be sent must not undo the action it reports; it is logged.
            log.warn("Could not send mail '{}': {}", subject, e.getMessage());
        }
    }
}

package org.custodia.platform.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.custodia.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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
            logInstead(to, subject, body, null);
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

    @Override
    public void send(String to, String subject, String body, Attachment attachment) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            logInstead(to, subject, body, attachment);
            return;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            helper.addAttachment(
                    attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
            mail.send(message);
        } catch (MailException | MessagingException e) {
            log.warn("Could not send mail '{}': {}", subject, e.getMessage());
        }
    }

    private static void logInstead(String to, String subject, String body, Attachment attachment) {
        log.info(
                "No mail server configured (SPRING_MAIL_HOST); this message was not sent:\nTo: {}\nSubject: {}{}\n\n{}",
                to,
                subject,
                attachment == null
                        ? ""
                        : "\nAttachment: " + attachment.fileName() + " (" + attachment.content().length + " bytes)",
                body);
    }
}

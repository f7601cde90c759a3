package org.custodia.correspondence.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.custodia.platform.Mailer;
import org.custodia.platform.UkCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two emails of an offer: the link, and in a separate message the code, so that one intercepted
 * email does not open the files. Neither names the files or what they are about.
 */
@Component
public class OfferMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Mailer mailer;
    private final String baseUrl;

    OfferMail(Mailer mailer, @Value("${custodia.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    public String link(String token) {
        return baseUrl + "/downloads/" + token;
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public void sendLink(String to, String organisationName, String token, LocalDate lastDay) {
        mailer.send(to, organisationName + ": files ready for you to download", """
                %s has files ready for you to download.

                Open this link: %s

                You will need a code to open the files. We are sending it in a separate email.

                The link works until %s. Do not share the link or the code.
                """.formatted(
                organisationName,
                link(token),
                UkCalendar.until(
                        lastDay.plusDays(1).atStartOfDay(UkCalendar.ZONE).toInstant())));
    }

    public void sendCode(String to, String organisationName, String code) {
        mailer.send(to, organisationName + ": your download code", """
                Your code is %s

                Enter it on the page the download link opens. The link was sent in a separate email.

                The code works once. If you enter a wrong code 5 times, the link is locked and you will need to \
                ask %s for a new code.

                If you did not expect this email, you can ignore it.
                """.formatted(code, organisationName));
    }
}

package org.custodia.platform;

/** Sends plain-text email. Messages must not carry special-category data: links, not content. */
public interface Mailer {

    void send(String to, String subject, String body);
}

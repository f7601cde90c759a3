package org.custodia.platform;

/** Sends plain-text email. Messages must not carry special-category data: links, not content. */
public interface Mailer {

    void send(String to, String subject, String body);

    /**
     * Sends plain text with one file attached: a letter's PDF, which goes only to the person it is
     * written to (or the organisation it is addressed to), never to staff as a notification.
     */
    void send(String to, String subject, String body, Attachment attachment);

    /** One file attached to a message. */
    record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            if (fileName == null || fileName.isBlank() || mediaType == null || content == null) {
                throw new IllegalArgumentException("An attachment needs a file name, a media type and content");
            }
        }
    }
}

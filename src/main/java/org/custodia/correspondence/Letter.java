package org.custodia.correspondence;

/** A letter ready to send: its subject line, its text for the email, and the same text as a PDF. */
public record Letter(LetterKind kind, String subject, String body, byte[] pdf, int templateVersion) {}

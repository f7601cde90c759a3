package org.custodia.correspondence;

/** The words of a letter template: a subject line and a body, both with placeholders. */
public record TemplateText(String subject, String body) {}

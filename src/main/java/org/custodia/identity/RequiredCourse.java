package org.custodia.identity;

/** A course everyone must have completed, and not let expire, to hold a sensitive-data grant. */
public record RequiredCourse(RequiredCourseId id, String name) {}

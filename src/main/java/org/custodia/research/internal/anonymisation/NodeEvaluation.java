package org.custodia.research.internal.anonymisation;

/**
 * One lattice node checked against the privacy model: whether it satisfies it within the suppression
 * bound, how many records it would suppress, and its information loss (with that suppression).
 */
public record NodeEvaluation(int node, boolean anonymous, int suppressed, double loss) {}

package org.securebase.risk;

/** One category that fired, with the (normalised) sentence it fired on. */
public record Finding(RiskCategory category, String sentence) {}

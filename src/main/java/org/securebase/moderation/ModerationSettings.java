package org.securebase.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings for moderation: how many members' flags hide content until review, and the per-member
 * rate limits (failed logins are limited separately, see {@code securebase.login}).
 */
@ConfigurationProperties("securebase.moderation")
public record ModerationSettings(
        Integer flagsToHide,
        Integer threadsPerMinute,
        Integer threadsPerDay,
        Integer commentsPerMinute,
        Integer commentsPerDay,
        Integer flagsPerDay) {

    public ModerationSettings {
        flagsToHide = orDefault(flagsToHide, 3);
        threadsPerMinute = orDefault(threadsPerMinute, 2);
        threadsPerDay = orDefault(threadsPerDay, 20);
        commentsPerMinute = orDefault(commentsPerMinute, 6);
        commentsPerDay = orDefault(commentsPerDay, 200);
        flagsPerDay = orDefault(flagsPerDay, 30);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }
}

package org.securebase.moderation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.risk.Assessment;
import org.securebase.risk.RiskCategory;
import org.securebase.risk.RiskDetector;
import org.securebase.risk.RiskLevel;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.PostGate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens every new post and comment: silenced members, rate limits and blocking phrases are refused before
 * anything is stored; afterwards, posts awaiting approval, watched phrases and risk language become queue items
 * for the group's supervisors, and risk alerts reach them at once.
 */
@Service
public class ContentScreen implements PostGate {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern(
                    "d MMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    private final WatchedWordRepository words;
    private final QueueRepository queue;
    private final AccountRepository accounts;
    private final RateLimits limits;
    private final SupervisorNotices supervisors;
    private final Clock clock;
    private final RiskDetector risk = new RiskDetector();

    ContentScreen(
            WatchedWordRepository words,
            QueueRepository queue,
            AccountRepository accounts,
            RateLimits limits,
            SupervisorNotices supervisors,
            Clock clock) {
        this.words = words;
        this.queue = queue;
        this.accounts = accounts;
        this.limits = limits;
        this.supervisors = supervisors;
        this.clock = clock;
    }

    /** The risk model trains in the background once the application is up, so neither start-up nor a post waits. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpRiskModel() {
        Thread.ofVirtual().name("risk-model-training").start(RiskDetector::warmUp);
    }

    /** Refuses before storing: a silenced member, a blocking phrase, a rate limit. Nothing typed is lost. */
    @Override
    @Transactional(readOnly = true)
    public Screening before(long accountId, Post post, String field, String text) {
        return beforePost(
                accountId, post == Post.THREAD ? RateLimits.Action.THREAD : RateLimits.Action.COMMENT, field, text);
    }

    Screening beforePost(long accountId, RateLimits.Action action, String field, String text) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.isSilenced(clock.instant())) {
            throw InvalidInputException.of(
                    field,
                    "A supervisor has paused your posting until " + UNTIL.format(account.getSilencedUntil())
                            + ". Your text is kept.");
        }
        WatchedWord strongest = null;
        for (WatchedWord word : words.findAll()) {
            if (contains(text, word.getPhrase())
                    && (strongest == null
                            || word.getAction().ordinal()
                                    < strongest.getAction().ordinal())) {
                strongest = word;
            }
        }
        if (strongest != null && strongest.getAction() == WatchedAction.BLOCK) {
            throw InvalidInputException.of(
                    field,
                    "This includes \"" + strongest.getPhrase() + "\", which this "
                            + "forum does not allow. Your text is kept; please rephrase.");
        }
        limits.take(accountId, action, field);
        Assessment assessment = risk.assess(text);
        String signals = assessment.categories().stream()
                .filter(c -> c.level() == assessment.level())
                .map(RiskCategory::label)
                .collect(Collectors.joining("; "));
        return new Screening(
                strongest == null ? null : strongest.getAction(),
                strongest == null ? null : strongest.getPhrase(),
                assessment.level(),
                signals);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static boolean contains(String text, String phrase) {
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text == null ? "" : text)
                .find();
    }

    /** After a thread is stored; {@code review} names why it waits for approval, or is null when published. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void threadStored(long groupId, long threadId, long authorId, Review reason, Screened screened) {
        QueueKind review = reason == null
                ? null
                : reason == Review.CASE_CONSULTATION ? QueueKind.CASE_REVIEW : QueueKind.POST_REVIEW;
        Screening screening = (Screening) screened;
        if (review != null) {
            String why = review == QueueKind.CASE_REVIEW
                    ? "New case consultation"
                    : "New post from a member with few approved posts";
            if (screening.holdForReview()) {
                why += "; contains the watched phrase \"" + screening.phrase() + "\"";
            }
            add(groupId, review, threadId, null, authorId, why);
            supervisors.awaitingReview(groupId, review, threadId);
        } else if (screening.watched() != null) {
            add(
                    groupId,
                    QueueKind.WATCHED_WORD,
                    threadId,
                    null,
                    authorId,
                    "Contains the watched phrase \"" + screening.phrase() + "\"");
        }
        raiseRisk(groupId, threadId, null, authorId, screening);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void commentStored(
            long groupId, long threadId, long commentId, long authorId, Screened screened, String identifying) {
        Screening screening = (Screening) screened;
        if (identifying != null) {
            add(
                    groupId,
                    QueueKind.CASE_DETAILS,
                    threadId,
                    commentId,
                    authorId,
                    abbreviate("Held until approved: " + identifying, 500));
        }
        if (screening.watched() != null) {
            add(
                    groupId,
                    QueueKind.WATCHED_WORD,
                    threadId,
                    commentId,
                    authorId,
                    (screening.holdForReview()
                                    ? "Held until approved: contains the watched phrase \""
                                    : "Contains the watched phrase \"")
                            + screening.phrase() + "\"");
        }
        raiseRisk(groupId, threadId, commentId, authorId, screening);
    }

    private void raiseRisk(long groupId, long threadId, Long commentId, long authorId, Screening screening) {
        RiskLevel level = screening.risk();
        if (level == RiskLevel.NONE || level == null) {
            return;
        }
        String signals =
                screening.riskSignals() == null || screening.riskSignals().isBlank()
                        ? ""
                        : " (" + abbreviate(screening.riskSignals(), 300) + ")";
        String who = accounts.findById(authorId).map(Account::getDisplayName).orElse("A member");
        QueueItem item = add(
                groupId,
                level == RiskLevel.SELF ? QueueKind.RISK_SELF : QueueKind.RISK_URGENT,
                threadId,
                commentId,
                authorId,
                level == RiskLevel.SELF
                        ? "The writer's own words suggest they may not be safe" + signals
                        : "The writer reports a present danger to someone and asks for help now" + signals);
        supervisors.riskAlert(groupId, level, who, item.getId(), threadId);
    }

    private QueueItem add(long groupId, QueueKind kind, long threadId, Long commentId, Long authorId, String trigger) {
        return queue.save(new QueueItem(groupId, kind, threadId, commentId, authorId, trigger, clock.instant()));
    }

    List<WatchedWord> words() {
        return words.findAll();
    }
}

package org.securebase.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.securebase.deidentification.QuasiIdentifiers;
import org.securebase.deidentification.QuasiIdentifiers.Contribution;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The case as a whole: a new comment or follow-up on a case consultation is read with everything members can
 * already see of the thread (title, case, follow-ups, comments). When together they narrow the client down, the
 * comment waits for a supervisor, with the reason. Members' profiles hold no town or practice, so they add nothing.
 */
@Component
class CaseAsAWhole {

    private static final int MAX_COMMENTS = 500;

    private final QuasiIdentifiers engine = new QuasiIdentifiers();
    private final CommentRepository comments;

    CaseAsAWhole(CommentRepository comments) {
        this.comments = comments;
    }

    /** Why {@code text}, by {@code writerId}, may identify the client with the rest of the thread; empty if not. */
    Optional<String> heldBecause(DiscussionThread t, String text, long writerId) {
        Long author = t.getAuthorId();
        List<Contribution> earlier = new ArrayList<>();
        earlier.add(new Contribution(t.getTitle() + "\n\n" + t.getBody(), true));
        for (Comment c : comments.findByThreadIdOrderBySortPath(t.getId(), PageRequest.of(0, MAX_COMMENTS))) {
            if (!c.isDeleted() && !c.isHidden()) {
                earlier.add(new Contribution(c.getBody(), Objects.equals(c.getAuthorId(), author)));
            }
        }
        Contribution added = new Contribution(text, author != null && author == writerId);
        return engine.check(earlier, added).map(QuasiIdentifiers.Finding::reason);
    }
}

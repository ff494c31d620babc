package org.securebase.vignettes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One identifier of a thread, as a keyed hash, and the placeholder the thread gives it. */
@Entity
@Table(name = "thread_placeholder")
class ThreadPlaceholder {

    @Embeddable
    record Key(
            @Column(name = "thread_id") long threadId,
            @Column(name = "identifier_key") String identifierKey) implements Serializable {}

    @EmbeddedId
    private Key key;

    private String placeholder;

    protected ThreadPlaceholder() {}

    ThreadPlaceholder(long threadId, String identifierKey, String placeholder) {
        this.key = new Key(threadId, identifierKey);
        this.placeholder = placeholder;
    }

    String identifierKey() {
        return key.identifierKey();
    }

    String placeholder() {
        return placeholder;
    }
}

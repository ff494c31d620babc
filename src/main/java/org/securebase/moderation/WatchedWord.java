package org.securebase.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class WatchedWord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String phrase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WatchedAction action;

    @Column(nullable = false)
    private Instant createdAt;

    protected WatchedWord() {}

    WatchedWord(String phrase, WatchedAction action, Instant createdAt) {
        this.phrase = phrase;
        this.action = action;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getPhrase() {
        return phrase;
    }

    public WatchedAction getAction() {
        return action;
    }
}

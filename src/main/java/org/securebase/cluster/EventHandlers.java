package org.securebase.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This instance's handlers by topic, and the small text form an event travels in: "topic id id…". */
final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    private final Map<String, List<Consumer<long[]>>> handlers = new ConcurrentHashMap<>();

    void add(String topic, Consumer<long[]> handler) {
        if (topic.isBlank() || topic.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A topic is one word: " + topic);
        }
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** One failing handler (a closed page, say) does not keep the event from the others. */
    void dispatch(String topic, long[] ids) {
        for (Consumer<long[]> handler : handlers.getOrDefault(topic, List.of())) {
            try {
                handler.accept(ids.clone());
            } catch (RuntimeException e) {
                log.warn("A handler of {} events failed", topic, e);
            }
        }
    }

    void dispatch(String payload) {
        String[] parts = payload.trim().split(" ");
        try {
            long[] ids = Arrays.stream(parts, 1, parts.length)
                    .mapToLong(Long::parseLong)
                    .toArray();
            dispatch(parts[0], ids);
        } catch (NumberFormatException e) {
            log.warn("Ignored a malformed event: {}", payload);
        }
    }

    static String payload(String topic, long[] ids) {
        StringBuilder text = new StringBuilder(topic);
        for (long id : ids) {
            text.append(' ').append(id);
        }
        return text.toString();
    }
}

package org.securebase.risk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the writer is shown when a post reads as their own crisis (self) or as a present danger to someone
 * (urgent). Each deployment sets its own lines; the defaults name 988 in the US and how to find a local line.
 */
@ConfigurationProperties("securebase.crisis")
public record CrisisResources(
        @DefaultValue({
            "In the US, call or text 988 (Suicide & Crisis Lifeline), any time.",
            "Elsewhere, findahelpline.com lists free, confidential lines by country.",
            "If you are in immediate danger, call your local emergency number."
        })
        List<String> self,

        @DefaultValue({
            "If someone is in immediate danger, call your local emergency number now.",
            "Follow your jurisdiction's duty-to-protect or duty-to-warn procedure and your agency's policy.",
            "Document what you were told, when, and what you did.",
            "Contact your clinical supervisor as soon as the person is safe."
        })
        List<String> urgent) {}

package org.securebase.risk;

/**
 * Why a text was flagged. The self categories follow the Columbia Suicide Severity Rating Scale (C-SSRS) ladder from a
 * passive wish to behaviour, plus hopelessness and perceived burdensomeness (Joiner's interpersonal theory) and goodbye
 * or finality statements. The urgent categories follow imminence: happening now, about to happen, a person unreachable
 * after a goodbye, a threat with a time or a target, a child in danger now. The two {@code STANCE_} categories come
 * from the statistical model when no rule names a category.
 */
public enum RiskCategory {
    PASSIVE_WISH(RiskLevel.SELF, "C-SSRS 1: wish to be dead"),
    ACTIVE_THOUGHTS(RiskLevel.SELF, "C-SSRS 2: active suicidal thoughts"),
    METHOD(RiskLevel.SELF, "C-SSRS 3: thoughts with a method"),
    INTENT(RiskLevel.SELF, "C-SSRS 4: intent"),
    PLAN(RiskLevel.SELF, "C-SSRS 5: plan or means"),
    PREPARATORY(RiskLevel.SELF, "C-SSRS behaviour: preparations"),
    ATTEMPT(RiskLevel.SELF, "C-SSRS behaviour: aborted, interrupted or actual attempt"),
    HOPELESSNESS(RiskLevel.SELF, "Hopelessness"),
    BURDENSOMENESS(RiskLevel.SELF, "Perceived burdensomeness"),
    GOODBYE(RiskLevel.SELF, "Goodbye or finality"),
    STANCE_SELF(RiskLevel.SELF, "Reads as the writer's own suicidal thinking"),
    HAPPENING_NOW(RiskLevel.URGENT, "Urgent: happening now"),
    IMMINENT(RiskLevel.URGENT, "Urgent: about to happen"),
    UNREACHABLE_AFTER_GOODBYE(RiskLevel.URGENT, "Urgent: unreachable after a goodbye"),
    THREAT_TO_OTHER(RiskLevel.URGENT, "Urgent: threat with a time or a target"),
    CHILD_IN_DANGER(RiskLevel.URGENT, "Urgent: a child in danger now"),
    STANCE_URGENT(RiskLevel.URGENT, "Urgent: reads as danger to someone now");

    private final RiskLevel level;
    private final String label;

    RiskCategory(RiskLevel level, String label) {
        this.level = level;
        this.label = label;
    }

    public RiskLevel level() {
        return level;
    }

    /** What a supervisor reads in the moderation queue, e.g. "C-SSRS 5: plan or means". */
    public String label() {
        return label;
    }

    /** Plans, means and behaviour stand even when the writer marks the text as a joke. */
    boolean survivesJokeMarker() {
        return this == PLAN || this == PREPARATORY || this == ATTEMPT;
    }
}

package org.securebase.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RiskDetectorTest {

    private final RiskDetector detector = new RiskDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm just waiting to die.",
            "Honestly I want to kill myself and I don't know why I'm writing this here.",
            "I've been feeling suicidal since the divorce.",
            "I don't want to wake up tomorrow.",
            "My kids would be better off without me."})
    void theWritersOwnDistressIsSelf(String text) {
        assertThat(detector.classify(text)).isEqualTo(RiskLevel.SELF);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This training is killing me.",
            "Dead tired after three intakes, but grateful.",
            "She has a history of two attempts, the last in 2015.",
            "No current ideation, plan or intent; we reviewed her safety plan.",
            "My client's brother died by suicide last spring and she is grieving.",
            "I'm dying to hear how others run their suicide risk assessment with teens.",
            "Any literature on suicide prevention in older adults?"})
    void idiomsHistoryAssessmentAndGriefAreNone(String text) {
        assertThat(detector.classify(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My client is on the phone with me right now and says he has a gun in the car.",
            "A teenage client just texted that she took a bottle of pills and is alone at home."})
    void presentDangerToSomeoneElseIsUrgent(String text) {
        assertThat(detector.classify(text)).isEqualTo(RiskLevel.URGENT);
    }

    @Test
    void theDevelopmentSetMeetsTheTargets() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> rows;
        try (InputStream in = getClass().getResourceAsStream("/data/risk-dev.jsonl")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(json::readTree).toList();
        }
        int self = 0, selfCaught = 0, urgent = 0, urgentCaught = 0, none = 0, falseAlarms = 0;
        for (JsonNode row : rows) {
            RiskLevel level = detector.classify(row.get("text").asString());
            switch (row.get("label").asString()) {
                case "self" -> { self++; if (level != RiskLevel.NONE) selfCaught++; }
                case "urgent" -> { urgent++; if (level != RiskLevel.NONE) urgentCaught++; }
                default -> { none++; if (level != RiskLevel.NONE) falseAlarms++; }
            }
        }
        assertThat((double) selfCaught / self).as("self recall").isGreaterThanOrEqualTo(0.95);
        assertThat((double) urgentCaught / urgent).as("urgent recall").isGreaterThanOrEqualTo(0.90);
        assertThat((double) falseAlarms / none).as("false alarms").isLessThanOrEqualTo(0.05);
    }
}

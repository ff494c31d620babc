package org.securebase.moderation;

import org.securebase.risk.RiskDetector;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: an instance whose risk model is still training (a few seconds after start) would make a
 * member's first post wait, so the load balancer sends traffic elsewhere until it is trained.
 */
@Component("riskModel")
class RiskModelHealth implements HealthIndicator {

    @Override
    public Health health() {
        return RiskDetector.ready()
                ? Health.up().build()
                : Health.outOfService().build();
    }
}

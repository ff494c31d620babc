package org.securebase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void theConstantsNameEveryRoleAndNothingElse() {
        assertThat(Arrays.stream(Role.values()).map(Enum::name))
                .containsExactlyInAnyOrder(Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN);
    }
}

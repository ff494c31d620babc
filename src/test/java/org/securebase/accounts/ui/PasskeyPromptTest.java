package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the member reads beside a passkey button when the browser's prompt did not finish. */
class PasskeyPromptTest {

    @Test
    void eachReasonFromTheBrowserBecomesAClearMessage() {
        // Vaadin hands the rejected promise's error over as text, "Error: cancelled" or the bare message
        assertThat(PasskeyPrompt.message("Error: cancelled")).contains("closed before it finished", "nothing changed");
        assertThat(PasskeyPrompt.message("unsupported")).contains("cannot use passkeys", "authenticator app");
        assertThat(PasskeyPrompt.message("Error: exists")).contains("already holds a passkey");
        assertThat(PasskeyPrompt.message("TypeError: something else")).contains("could not be used");
        assertThat(PasskeyPrompt.message(null)).contains("could not be used");
    }
}

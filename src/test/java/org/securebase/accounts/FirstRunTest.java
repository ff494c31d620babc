package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FirstRunTest {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void createsTheFirstAdministratorFromConfiguration() {
        when(accounts.adminExists()).thenReturn(false);
        new AdminBootstrap(accounts, "owner@clinic.example", "a passphrase from the environment").run(null);
        ArgumentCaptor<SignUpForm> form = ArgumentCaptor.forClass(SignUpForm.class);
        verify(accounts).createAdmin(form.capture());
        assertThat(form.getValue().getEmail()).isEqualTo("owner@clinic.example");
    }

    @Test
    void neverCreatesASecondAdministratorOrOneWithoutBothSettings() {
        when(accounts.adminExists()).thenReturn(true);
        new AdminBootstrap(accounts, "owner@clinic.example", "a passphrase from the environment").run(null);
        when(accounts.adminExists()).thenReturn(false);
        new AdminBootstrap(accounts, "owner@clinic.example", "").run(null);
        new AdminBootstrap(accounts, "", "a passphrase from the environment").run(null);
        verify(accounts, never()).createAdmin(any());
    }
}

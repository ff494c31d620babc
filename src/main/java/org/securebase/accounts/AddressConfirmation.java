package org.securebase.accounts;

/** Confirming a new member's email address by a link; the mail module implements it. */
public interface AddressConfirmation {

    /** False when mail is switched off: addresses are then accepted unchecked. */
    boolean on();

    /** Sends the signed-in pending member a fresh link; returns the address it went to. */
    String resend();
}

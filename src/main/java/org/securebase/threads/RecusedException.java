package org.securebase.threads;

import org.springframework.security.access.AccessDeniedException;

/** The reader said they may know the client of this case consultation; it stays hidden from them. */
public class RecusedException extends AccessDeniedException {

    public RecusedException() {
        super("You said you may know the client of this consultation, so it is hidden from you. Thank you for "
                + "stepping out; the group's supervisors know.");
    }
}

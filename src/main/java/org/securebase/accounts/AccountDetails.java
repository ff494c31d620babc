package org.securebase.accounts;

import java.time.Instant;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;

/**
 * An account as supervisors and admins see it (full name and licence included); {@code emailVerified}: the member
 * confirmed their address with the emailed link.
 */
public record AccountDetails(
        long id,
        String email,
        String displayName,
        String fullName,
        String profession,
        String licenceNumber,
        String licenceBody,
        boolean trainee,
        String clinicalSupervisor,
        Role role,
        AccountStatus status,
        String statusReason,
        Instant createdAt,
        boolean emailVerified) {

    static AccountDetails of(Account a) {
        return new AccountDetails(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getFullName(),
                a.getProfession(),
                a.getLicenceNumber(),
                a.getLicenceBody(),
                a.isTrainee(),
                a.getClinicalSupervisor(),
                a.getRole(),
                a.getStatus(),
                a.getStatusReason(),
                a.getCreatedAt(),
                a.isEmailVerified());
    }
}

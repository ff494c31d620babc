package org.securebase.accounts;

import java.util.List;
import java.util.Optional;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    /** Every account's id and display name, for the look-alike check. */
    @Query("select a.id, a.displayName from Account a")
    List<Object[]> findAllDisplayNames();

    /**
     * What the Members page lists: an account that has not confirmed its email is invisible to supervisors and
     * admins (it is neither counted nor found, whatever the filter).
     */
    String MATCHES = """
            a.emailVerifiedAt is not null
              and (:status is null or a.status = :status)
              and (:text = '' or lower(a.email) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%')
                   or lower(a.fullName) like concat('%', :text, '%'))
            """;

    @Query("select count(a) from Account a where " + MATCHES)
    long countMatching(@Param("text") String text, @Param("status") AccountStatus status);

    @Query("""
            select a from Account a
            where a.emailVerifiedAt is not null
              and (:status is null or a.status = :status)
              and (:text = '' or lower(a.email) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%')
                   or lower(a.fullName) like concat('%', :text, '%'))
            order by case when a.status = org.securebase.security.AccountStatus.PENDING then 0 else 1 end,
                     a.createdAt desc
            """)
    List<Account> search(@Param("text") String text, @Param("status") AccountStatus status, Pageable page);
}

package org.securebase.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailPreferenceRepository extends JpaRepository<MailPreference, MailPreference.Key> {

    List<MailPreference> findByAccountId(long accountId);
}

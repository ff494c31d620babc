package org.securebase.groups;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.Actor;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each group's covenant: versioned, written by its supervisors (and admins), accepted by every other reader before
 * they read the group's threads (the thread service asks {@link GroupAccess#requireCovenant}); a new version asks
 * again. Acceptances are kept, and only the group's supervisors and admins see them.
 */
@Service
public class CovenantService {

    public static final int TEXT_LIMIT = 8000;

    private final GroupAccess groupAccess;
    private final GroupRepository groups;
    private final CovenantRepository covenants;
    private final CovenantAcceptanceRepository acceptances;
    private final CovenantRules rules;
    private final AccountRepository accounts;
    private final AuditTrail audit;

    CovenantService(
            GroupAccess groupAccess,
            GroupRepository groups,
            CovenantRepository covenants,
            CovenantAcceptanceRepository acceptances,
            CovenantRules rules,
            AccountRepository accounts,
            AuditTrail audit) {
        this.groupAccess = groupAccess;
        this.groups = groups;
        this.covenants = covenants;
        this.acceptances = acceptances;
        this.rules = rules;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CovenantPage covenant(long groupId) {
        Actor actor = groupAccess.requireView(groupId);
        ConsultationGroup group = groups.findById(groupId).orElseThrow();
        GroupCovenant current =
                covenants.findFirstByGroupIdOrderByVersionDesc(groupId).orElse(null);
        return new CovenantPage(
                groupId,
                group.getName(),
                current == null ? 1 : current.getVersion(),
                current == null ? CovenantRules.DEFAULT_TEXT : current.getBody(),
                current == null ? group.getCreatedAt() : current.getWrittenAt(),
                !rules.accepted(actor, group),
                GroupAccess.canModerate(actor, group));
    }

    /**
     * The member accepts the version they read; if a supervisor changed it meanwhile, they are asked to read the
     * new one.
     */
    @Transactional
    public void accept(long groupId, int version) {
        Actor actor = groupAccess.requireView(groupId);
        if (version != rules.currentVersion(groupId)) {
            throw InvalidInputException.of("version", "The covenant has just changed: please read the new version.");
        }
        if (!acceptances.existsByGroupIdAndAccountIdAndVersion(groupId, actor.id(), version)) {
            acceptances.save(new CovenantAcceptance(groupId, actor.id(), version));
        }
    }

    /** A supervisor of the group, or an admin, writes a new version; every member is asked to accept it. */
    @Transactional
    public int revise(long groupId, String text) {
        Actor actor = groupAccess.requireModerate(groupId);
        ConsultationGroup group = groups.findById(groupId).orElseThrow();
        String clean = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (clean.length() < 40) {
            throw InvalidInputException.of("text", "Write the covenant out: at least a few sentences (40 characters).");
        }
        if (clean.length() > TEXT_LIMIT) {
            throw InvalidInputException.of("text", "Use at most " + TEXT_LIMIT + " characters.");
        }
        int current = rules.currentVersion(groupId);
        String currentText = covenants
                .findFirstByGroupIdOrderByVersionDesc(groupId)
                .map(GroupCovenant::getBody)
                .orElse(CovenantRules.DEFAULT_TEXT);
        if (clean.equals(currentText)) {
            throw InvalidInputException.of("text", "This is the current text: change it to make a new version.");
        }
        covenants.save(new GroupCovenant(groupId, current + 1, clean, actor.id()));
        audit.record(
                actor,
                "group.covenant-revised",
                Target.group(groupId, group.getName()),
                "version " + (current + 1) + "; members are asked to accept it");
        return current + 1;
    }

    /** Who accepted which version and when, newest first: for the group's supervisors and admins only. */
    @Transactional(readOnly = true)
    public List<AcceptanceLine> acceptances(long groupId) {
        groupAccess.requireModerate(groupId);
        int current = rules.currentVersion(groupId);
        List<CovenantAcceptance> all = acceptances.findByGroupIdOrderByAcceptedAtDescIdDesc(groupId);
        Map<Long, String> names =
                accounts
                        .findAllById(all.stream()
                                .map(CovenantAcceptance::getAccountId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Account::getId, Account::getDisplayName, (a, b) -> a));
        return all.stream()
                .map(a -> new AcceptanceLine(
                        names.getOrDefault(a.getAccountId(), "A former member"),
                        a.getVersion(),
                        a.getAcceptedAt(),
                        a.getVersion() == current))
                .toList();
    }
}

package org.securebase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupRepository;
import org.securebase.groups.GroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every service operation × who is calling (role and relation to a private group) × account state, allowed and
 * refused. The expectations are written out here, apart from the code under test.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** DEMOTED_SUPERVISOR supervised the private group until an admin made them a therapist. */
    enum Who {
        MEMBER,
        OUTSIDER,
        GROUP_SUPERVISOR,
        OTHER_SUPERVISOR,
        DEMOTED_SUPERVISOR,
        ADMIN,
        ANONYMOUS
    }

    enum Op {
        VISIBLE_GROUPS,
        VIEW_OPEN_GROUP,
        VIEW_PRIVATE_GROUP,
        PRIVATE_GROUP_MEMBERS,
        CREATE_GROUP,
        UPDATE_GROUP,
        MY_ACCOUNT,
        UPDATE_PROFILE,
        CHANGE_PASSWORD,
        FIND_ACCOUNTS,
        VERIFY,
        REFUSE,
        CHANGE_ROLE,
        SUSPEND,
        REACTIVATE,
        SEARCH_AUDIT
    }

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountService accounts;

    @Autowired
    GroupService groups;

    @Autowired
    GroupRepository groupRepository;

    @Autowired
    AuditTrail audit;

    private final Map<AccountStatus, Map<Who, Long>> actors = new EnumMap<>(AccountStatus.class);
    private long openGroup;
    private long privateGroup;
    private GroupForm privateForm;

    @BeforeAll
    void createActorsAndGroups() {
        for (AccountStatus state : AccountStatus.values()) {
            Map<Who, Long> byWho = new EnumMap<>(Who.class);
            byWho.put(Who.MEMBER, testAccounts.create("Member", Role.THERAPIST, state));
            byWho.put(Who.OUTSIDER, testAccounts.create("Outsider", Role.THERAPIST, state));
            byWho.put(Who.GROUP_SUPERVISOR, testAccounts.create("GroupSupervisor", Role.SUPERVISOR, state));
            byWho.put(Who.OTHER_SUPERVISOR, testAccounts.create("OtherSupervisor", Role.SUPERVISOR, state));
            byWho.put(Who.DEMOTED_SUPERVISOR, testAccounts.create("DemotedSupervisor", Role.SUPERVISOR, state));
            byWho.put(Who.ADMIN, testAccounts.create("Admin", Role.ADMIN, state));
            actors.put(state, byWho);
        }
        long admin = actors.get(AccountStatus.ACTIVE).get(Who.ADMIN);
        Set<Long> members = Set.of(
                actors.get(AccountStatus.PENDING).get(Who.MEMBER),
                actors.get(AccountStatus.ACTIVE).get(Who.MEMBER),
                actors.get(AccountStatus.SUSPENDED).get(Who.MEMBER));
        Set<Long> supervisors = Set.of(
                actors.get(AccountStatus.PENDING).get(Who.GROUP_SUPERVISOR),
                actors.get(AccountStatus.ACTIVE).get(Who.GROUP_SUPERVISOR),
                actors.get(AccountStatus.SUSPENDED).get(Who.GROUP_SUPERVISOR));
        Set<Long> demoted = Set.of(
                actors.get(AccountStatus.PENDING).get(Who.DEMOTED_SUPERVISOR),
                actors.get(AccountStatus.ACTIVE).get(Who.DEMOTED_SUPERVISOR),
                actors.get(AccountStatus.SUSPENDED).get(Who.DEMOTED_SUPERVISOR));
        String name = "Matrix private " + UUID.randomUUID();
        String description = "A private group for the access matrix.";
        Set<Long> listed = new java.util.HashSet<>(supervisors);
        listed.addAll(demoted);
        testAccounts.signInAs(admin);
        privateGroup = groups.create(new GroupForm(name, description, false, listed, members));
        demoted.forEach(id -> accounts.changeRole(id, Role.THERAPIST, "matrix: no longer supervises"));
        testAccounts.signOut();
        privateForm = new GroupForm(name, description, false, supervisors, members);
        openGroup =
                groupRepository.findByName("Open consultation").orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Op op : Op.values()) {
            for (AccountStatus state : AccountStatus.values()) {
                for (Who who : Who.values()) {
                    if (who != Who.ANONYMOUS) {
                        cases.add(Arguments.of(op, who, state, expectedAllowed(op, who, state)));
                    }
                }
            }
            cases.add(Arguments.of(op, Who.ANONYMOUS, null, false));
        }
        return cases.stream();
    }

    /** The access rules, written independently of the services. */
    static boolean expectedAllowed(Op op, Who who, AccountStatus state) {
        if (who == Who.ANONYMOUS) {
            return false;
        }
        if (op == Op.MY_ACCOUNT) {
            return true;
        }
        if (state != AccountStatus.ACTIVE) {
            return false;
        }
        return switch (op) {
            case VISIBLE_GROUPS, VIEW_OPEN_GROUP, MY_ACCOUNT, UPDATE_PROFILE, CHANGE_PASSWORD -> true;
            case VIEW_PRIVATE_GROUP -> who == Who.MEMBER || who == Who.GROUP_SUPERVISOR || who == Who.ADMIN;
            case PRIVATE_GROUP_MEMBERS -> who == Who.GROUP_SUPERVISOR || who == Who.ADMIN;
            case FIND_ACCOUNTS, VERIFY, REFUSE ->
                who == Who.GROUP_SUPERVISOR || who == Who.OTHER_SUPERVISOR || who == Who.ADMIN;
            case CREATE_GROUP, UPDATE_GROUP, CHANGE_ROLE, SUSPEND, REACTIVATE, SEARCH_AUDIT -> who == Who.ADMIN;
        };
    }

    @ParameterizedTest(name = "{0} by {1} ({2}): allowed={3}")
    @MethodSource("cases")
    void serviceEnforcesTheRule(Op op, Who who, AccountStatus state, boolean allowed) {
        Target target = prepareTarget(op);
        if (who != Who.ANONYMOUS) {
            testAccounts.signInAs(actors.get(state).get(who));
        }
        Runnable call = () -> invoke(op, who, state, target);
        if (allowed) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            Target.assertUnchanged(target, testAccounts);
        }
    }

    private Target prepareTarget(Op op) {
        return switch (op) {
            case VERIFY, REFUSE ->
                new Target(
                        testAccounts.create("Target", Role.THERAPIST, AccountStatus.PENDING),
                        AccountStatus.PENDING,
                        Role.THERAPIST);
            case CHANGE_ROLE, SUSPEND ->
                new Target(testAccounts.active("Target", Role.THERAPIST), AccountStatus.ACTIVE, Role.THERAPIST);
            case REACTIVATE ->
                new Target(
                        testAccounts.create("Target", Role.THERAPIST, AccountStatus.SUSPENDED),
                        AccountStatus.SUSPENDED,
                        Role.THERAPIST);
            default -> null;
        };
    }

    private void invoke(Op op, Who who, AccountStatus state, Target target) {
        switch (op) {
            case VISIBLE_GROUPS -> groups.visibleGroups();
            case VIEW_OPEN_GROUP -> groups.group(openGroup);
            case VIEW_PRIVATE_GROUP -> groups.group(privateGroup);
            case PRIVATE_GROUP_MEMBERS -> groups.memberNames(privateGroup);
            case CREATE_GROUP -> groups.create(GroupForm.open("Matrix " + UUID.randomUUID(), "Created by the matrix."));
            case UPDATE_GROUP -> groups.update(privateGroup, privateForm);
            case MY_ACCOUNT -> accounts.myAccount();
            case UPDATE_PROFILE -> {
                var me = accounts.myAccount();
                accounts.updateProfile(me.displayName(), me.email());
            }
            case CHANGE_PASSWORD -> accounts.changePassword(TestAccounts.PASSWORD, TestAccounts.PASSWORD);
            case FIND_ACCOUNTS -> accounts.find("", null, 0, 10);
            case VERIFY -> accounts.verify(target.id());
            case REFUSE -> accounts.refuse(target.id(), "matrix");
            case CHANGE_ROLE -> accounts.changeRole(target.id(), Role.SUPERVISOR, "matrix");
            case SUSPEND -> accounts.suspend(target.id(), "matrix");
            case REACTIVATE -> accounts.reactivate(target.id(), "matrix");
            case SEARCH_AUDIT -> audit.search("", 0, 10);
        }
    }

    /** An account an operation acts on, with the state it must keep when the operation is refused. */
    record Target(long id, AccountStatus status, Role role) {
        void assertUnchanged(TestAccounts accounts) {
            var account = accounts.load(id);
            assertThat(account.getStatus()).isEqualTo(status);
            assertThat(account.getRole()).isEqualTo(role);
        }

        static void assertUnchanged(Target target, TestAccounts accounts) {
            if (target != null) {
                target.assertUnchanged(accounts);
            }
        }
    }
}

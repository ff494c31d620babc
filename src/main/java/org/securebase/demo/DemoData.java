package org.securebase.demo;

import static org.securebase.demo.DemoMembers.ACCOUNTS;
import static org.securebase.demo.DemoMembers.ADMIN;
import static org.securebase.demo.DemoMembers.SUPERVISOR;
import static org.securebase.demo.DemoMembers.THERAPIST;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.securebase.groups.CovenantService;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupRepository;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.search.SearchIndex;
import org.securebase.threads.ConsultationLoop;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ImportService;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.threads.WxrFile;
import org.securebase.vignettes.Disclosure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Local demo data, loaded only with the {@code demo} profile (the README's run command): one account of each role
 * and state, and a few groups. The passwords are public, so never use this profile for real clinical data.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoMembers members;
    private final GroupService groups;
    private final GroupRepository groupRepository;
    private final ImportService imports;
    private final ThreadService threads;
    private final ModerationService moderation;
    private final SearchIndex searchIndex;
    private final ConsultationLoop loop;
    private final Clock clock;
    private final CovenantService covenants;

    DemoData(
            DemoMembers members,
            GroupService groups,
            GroupRepository groupRepository,
            ImportService imports,
            ThreadService threads,
            ModerationService moderation,
            SearchIndex searchIndex,
            ConsultationLoop loop,
            Clock clock,
            CovenantService covenants) {
        this.covenants = covenants;
        this.searchIndex = searchIndex;
        this.loop = loop;
        this.clock = clock;
        this.moderation = moderation;
        this.imports = imports;
        this.threads = threads;
        this.members = members;
        this.groups = groups;
        this.groupRepository = groupRepository;
    }

    /**
     * The demo's verified members have already accepted the covenant of every group they read, so the demo opens
     * on its threads; a member who signs up, joins a group or meets a new version is asked to accept it.
     */
    private void acceptCovenants() {
        for (DemoMembers.DemoAccount demo : DemoMembers.ACCOUNTS) {
            if (demo.pending()) {
                continue;
            }
            members.signInAs(demo);
            groups.visibleGroups()
                    .forEach(g ->
                            covenants.accept(g.id(), covenants.covenant(g.id()).version()));
        }
        members.signInAs(DemoMembers.ADMIN);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!members.created()) {
            load();
        }
        printCredentials();
    }

    private void load() {
        members.create();
        long supervisor = members.idOf(SUPERVISOR);
        long therapist = members.idOf(THERAPIST);
        members.signInAs(ADMIN);
        try {
            groupRepository
                    .findByName("Open consultation")
                    .ifPresent(open -> groups.update(
                            open.getId(),
                            new GroupForm(open.getName(), open.getDescription(), true, Set.of(supervisor), Set.of())));
            groups.create(new GroupForm(
                    "Child and adolescent peer group",
                    "Play, school refusal, foster and adoptive families: consultation on work with children "
                            + "and teenagers.",
                    false,
                    Set.of(supervisor),
                    Set.of(therapist)));
            groups.create(new GroupForm(
                    "Trauma consultation circle",
                    "A closed circle for complex trauma and dissociation cases.",
                    false,
                    Set.of(supervisor),
                    Set.of()));
            importSampleDiscussion();
            acceptCovenants();
            members.signInAs(THERAPIST);
            long open = groupRepository
                    .findByName("Open consultation")
                    .orElseThrow()
                    .getId();
            long teen = threads.create(
                    open,
                    ThreadKind.CASE_CONSULTATION,
                    "An avoidant teenager who only talks through games",
                    """
                    A teenage boy, referred by his school, who says people are "too much". He answers questions \
                    with a shrug but agreed to play a cooperative game in session, and now talks while we play.

                    I am trying to stay a steady, predictable presence without pushing for feelings talk.""",
                    "How have you moved from play to talking with avoidant adolescents without losing them?",
                    false,
                    new Disclosure(true, Set.of()),
                    List.of("avoidant", "adolescents", "play-therapy", "attunement"));
            long foster = threads.create(
                    open,
                    ThreadKind.CASE_CONSULTATION,
                    "A foster child who alternates between clinging and hitting",
                    """
                    A seven-year-old in a long-term foster placement after neglect and violence at home. With her \
                    foster mother she clings, then hits, then freezes. In session she wants me close and then panics.

                    We have started short, predictable play routines and I narrate what I notice, gently.""",
                    "How do you help a foster carer stay regulated when the child is frightened and frightening?",
                    false,
                    new Disclosure(true, Set.of()),
                    List.of("disorganized", "foster-and-adoption", "children", "co-regulation", "ddp"));
            long holiday = threads.create(
                    open,
                    ThreadKind.CASE_CONSULTATION,
                    "Texts between sessions and fury before my holiday",
                    """
                    A woman in her thirties who texts dozens of times between sessions and fears that I will leave. \
                    Before my last break she was furious, then apologetic for a week afterwards.

                    I named the rupture when I came back, and we are slowly talking about what breaks mean to her.""",
                    "How do you prepare an ambivalent client for a break so that it can become a repair?",
                    false,
                    new Disclosure(true, Set.of()),
                    List.of("ambivalent", "adults", "separation-distress", "repair"));
            threads.create(
                    open,
                    ThreadKind.DISCUSSION,
                    "Singing with toddlers in the waiting room",
                    "A colleague's idea from the seed discussion: a short song at the start and the end of each "
                            + "session. Has anyone tried music as co-regulation with very young children?",
                    null,
                    false,
                    Disclosure.none(),
                    List.of("music-and-singing", "children", "co-regulation"));
            approveCases(List.of(teen, foster, holiday));
            members.signInAs(SUPERVISOR);
            long teenAnswer = threads.postComment(
                    teen,
                    null,
                    "Following his lead in the game *is* the attunement. I would name "
                            + "small moments of repair out loud when the game goes wrong, and leave the big talk for later.",
                    false);
            threads.create(
                    open,
                    ThreadKind.REFLECTION_PROMPT,
                    "Am I a secure base when I am exhausted?",
                    "This month's prompt: when you are tired, what happens to your capacity to be a secure base? "
                            + "What helps you return?",
                    null,
                    false,
                    Disclosure.none(),
                    List.of("therapist-attachment", "self-care", "secure-base"));
            threads.threads(ThreadQuery.all(), 0, 50).stream()
                    .filter(t -> t.title().startsWith("How to Rebuild Secure Attachment"))
                    .forEach(t -> threads.retag(t.id(), List.of("trauma", "secure", "repair", "earned-security")));
            members.signInAs(THERAPIST);
            closeTheLoop(teen, teenAnswer);
            threads.postComment(holiday, null, "Thank you all. I will try naming the break early and often.", false);
            threads.create(
                    open,
                    ThreadKind.CASE_CONSULTATION,
                    "A father who reads the paper in the waiting room",
                    """
                    A father who brings his son to every session and reads the paper in the waiting room. When I \
                    invite him in he says feelings are a waste of time; the boy looks at him before answering me.""",
                    "How have you brought a dismissing parent into the work?",
                    false,
                    new Disclosure(true, Set.of()),
                    List.of("avoidant", "families", "intergenerational-transmission"));
            threads.threads(ThreadQuery.all(), 0, 50).stream()
                    .filter(t -> t.title().startsWith("How to Rebuild Secure Attachment"))
                    .findFirst()
                    .ifPresent(t -> threads.comments(t.id(), 0, 60).stream()
                            .filter(c -> c.markdown().startsWith("How do you find a therapist"))
                            .findFirst()
                            .ifPresent(c -> moderation.flag(
                                    t.id(),
                                    c.id(),
                                    FlagReason.OFF_TOPIC,
                                    "A request for a referral, not a reply to the post.")));
            supervisorsCircle(supervisor);
        } finally {
            SecurityContextHolder.clearContext();
        }
        // Every step above kept the index in step already; a rebuild makes sure, and is cheap on this much.
        log.info("Indexed the demo data for search: {} entries", searchIndex.rebuildAsSystem((done, total) -> {}));
        log.info("Loaded the local demo data");
    }

    /**
     * A private group of the supervisor and the admin only, with a thread a therapist can never find: searching
     * "countertransference" as Sam finds nothing, as Dr. Hale finds this thread.
     */
    private void supervisorsCircle(long supervisor) {
        members.signInAs(ADMIN);
        long circle = groups.create(new GroupForm(
                "Supervisors' circle",
                "Supervisors and administrators only: supervising the supervisors.",
                false,
                Set.of(supervisor),
                Set.of(members.idOf(ADMIN))));
        members.signInAs(SUPERVISOR);
        threads.create(
                circle,
                ThreadKind.DISCUSSION,
                "Countertransference when a supervisee's case mirrors my own",
                "A supervisee brought a case so close to my own history that I noticed myself rushing to reassure "
                        + "them. How do you hold your own countertransference in supervision without making the "
                        + "hour about you?",
                null,
                false,
                Disclosure.none(),
                List.of("supervision", "therapist-attachment"));
    }

    /** The teenager's case has come round its loop: a helpful answer and the author's reflection (issue 16). */
    private void closeTheLoop(long thread, long helpfulAnswer) {
        threads.markHelpful(helpfulAnswer, true);
        loop.reflect(
                thread,
                "I will keep playing and name small repairs out loud when the game goes wrong, without asking him "
                        + "to talk about feelings.",
                "I decided not to bring his parents into the sessions yet: he needs the room to feel like his own "
                        + "first, and I will review this at the follow-up.",
                LocalDate.now(clock).plusDays(14),
                Set.of());
    }

    /** Case consultations wait for a supervisor; the demo's were reviewed already. */
    private void approveCases(List<Long> ids) {
        members.signInAs(SUPERVISOR);
        moderation.queue().stream()
                .filter(item -> ids.contains(item.threadId()) && item.kind().review())
                .forEach(item -> moderation.approve(item.id()));
    }

    /** The seed discussion: a blog post and its 47 comments, imported as any blog owner would. */
    private void importSampleDiscussion() {
        try (InputStream in = new ClassPathResource("demo/sample-discussion.wxr").getInputStream()) {
            log.info(
                    "Imported the sample discussion: {}",
                    imports.importAsAdmin(WxrFile.read(in), "Open consultation", false, done -> {})
                            .line());
        } catch (IOException | WxrFile.MalformedExportException e) {
            throw new IllegalStateException("The packaged sample discussion could not be read", e);
        }
    }

    private static void printCredentials() {
        StringBuilder box = new StringBuilder(
                "\n===== SecureBase LOCAL DEMO ONLY: these accounts have public passwords " + "=====\n");
        ACCOUNTS.forEach(a -> box.append(String.format(
                "  %-11s %-34s %s%n",
                a.pending() ? "pending" : a.role().name().toLowerCase(), a.email(), a.password())));
        box.append("  Open http://localhost:8080 and sign in with one of them.\n");
        box.append("  Admin and supervisor also need a code: oathtool --totp -b " + DemoMembers.DEMO_TOTP_KEY
                + "\n  (or add that key to any authenticator app).\n");
        box.append("=====================================================================================");
        log.warn(box.toString());
    }
}

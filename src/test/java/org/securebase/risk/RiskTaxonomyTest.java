package org.securebase.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences per clinical category, written from the C-SSRS ladder, Joiner's interpersonal theory and an
 * imminence ladder for urgent reports, not from the development sets. Each category combines subject, modality,
 * predicate and tail phrasings; each sentence is tried as written, in lower case without punctuation, and with one
 * typo in a long word. The vocabulary deliberately includes synonyms the detector has to reach through its classes.
 * The negatives are the safe framings the detector must leave alone.
 */
class RiskTaxonomyTest {

    private static final long SEED = 20_251_127L;
    private static final int PER_CATEGORY = 40;

    private final RiskDetector detector = new RiskDetector();

    // ---------------------------------------------------------------- self: the C-SSRS ladder and Joiner

    private static final String[] SUBJECTS = {"I", "Honestly I", "Some nights I", "Lately I", "Most days I",
            "I think I", "If I'm honest I", "Tbh i"};

    private static Map<String, List<String>> selfCategories() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("passive wish", union(
                combine(SUBJECTS, new String[] {"want to", "just want to", "wish I could", "would rather",
                        "keep wishing I could", "would love to", "long to", "would give anything to", "am wanting to"},
                        new String[] {"stop existing", "not wake up tomorrow", "disappear for good",
                                "vanish and never come back", "fall asleep and never wake up", "not be here anymore",
                                "cease to exist", "fade away for good", "go to sleep and not come back",
                                "not be alive anymore", "be dead", "not have to wake up again", "just not exist"},
                        new String[] {"", "most days", "lately", "to be honest"}),
                combine(SUBJECTS, new String[] {"wish I had never been born", "wish I wouldn't wake up",
                        "hope I don't wake up tomorrow", "would be relieved if I didn't wake up",
                        "wouldn't mind if a bus hit me", "wouldn't fight it if something happened to me",
                        "would be grateful if I got hit by a car", "can't see myself being alive next year",
                        "don't want to be alive anymore", "don't want to exist anymore", "am just waiting to die",
                        "would rather be dead", "keep picturing my own funeral", "pray every night to not wake up"},
                        new String[] {"", "honestly", "and that scares me"})));
        c.put("active thoughts", union(
                combine(SUBJECTS, new String[] {"keep thinking about", "have been thinking about",
                        "can't stop thinking about", "think a lot about", "have thoughts about", "am thinking about",
                        "fantasise about", "daydream about", "am obsessing over"},
                        new String[] {"killing myself", "ending my life", "taking my own life", "ending it all",
                                "suicide", "ending things", "just ending it", "committing suicide", "offing myself"},
                        new String[] {"", "again", "every day", "more and more"}),
                combine(SUBJECTS, new String[] {"want to", "really want to", "just want to", "have been wanting to",
                        "am tempted to"},
                        new String[] {"kill myself", "end my life", "take my own life", "end it all", "end things",
                                "end myself", "unalive myself"},
                        new String[] {"", "most days", "right now"}),
                combine(SUBJECTS, new String[] {"feel suicidal", "have been so suicidal", "am suicidal again",
                        "have suicidal thoughts all day"}, new String[] {"", "and I don't know who to tell"})));
        c.put("method", union(
                combine(SUBJECTS, new String[] {"keep picturing", "keep thinking about", "imagine", "can't stop thinking about",
                        "think about", "fantasise about"},
                        new String[] {"jumping off the bridge", "stepping in front of a train", "driving my car into a wall",
                                "swallowing all my pills", "hanging myself in the garage", "walking into the sea",
                                "crashing into a pylon", "overdosing on my insulin", "jumping from the multi-storey car park",
                                "using the rope in the shed", "throwing myself under a lorry", "lying down on the tracks",
                                "steering into oncoming traffic", "slitting my wrists"},
                        new String[] {"", "on the way home", "every night", "when I'm alone"}),
                combine(new String[] {"Every time I cross the bridge", "When the train pulls in", "On the motorway bridge",
                        "Standing on the platform", "Driving past the quarry", "When I look at my pills"},
                        new String[] {"I think about how easy it would be", "I wonder how quick it would be",
                                "I picture just stepping off", "all I can think is one step", "it would be so simple to go"}),
                combine(SUBJECTS, new String[] {"looked up how many", "googled how many", "searched how much of my"},
                        new String[] {"tablets it would take", "pills would be lethal", "insulin would kill me",
                                "paracetamol it would take"}, new String[] {"", "last night", "at 3am"})));
        c.put("intent", union(
                combine(SUBJECTS, new String[] {"am going to", "will", "have decided to", "am ready to", "fully intend to",
                        "am gonna", "have made up my mind to"},
                        new String[] {"kill myself", "end my life", "end it", "take all my tablets", "go through with it",
                                "take my own life"},
                        new String[] {"tonight", "this weekend", "after the kids are asleep", "soon", "on friday",
                                "and I mean it"}),
                combine(new String[] {"If I don't get the job", "If she leaves me", "If the results are bad",
                        "If I fail this exam", "If the court rules against me"},
                        new String[] {"I'm going to end it", "I will kill myself", "I'm ending my life", "that's it for me, I'm done"}),
                combine(new String[] {"I'm not safe", "I can't keep myself safe", "I don't trust myself",
                        "I'm a danger to myself"}, new String[] {"tonight", "right now", "this weekend", "anymore"})));
        c.put("plan", union(
                combine(SUBJECTS, new String[] {"have a plan", "have a plan and a date", "have worked out how I'd do it",
                        "have picked the date", "know exactly how I'd do it", "have chosen the place",
                        "have it all planned out", "have the method and the date"},
                        new String[] {"", "now", "and it feels like a relief", "and nobody knows"}),
                combine(SUBJECTS, new String[] {"have been saving up", "have stockpiled", "have hidden", "have been collecting",
                        "keep a stash of", "have been hoarding"},
                        new String[] {"my sleeping pills", "tablets", "my antidepressants", "paracetamol", "my insulin",
                                "my mum's old medication"},
                        new String[] {"", "in my drawer", "under my bed", "for when I need them"}),
                combine(SUBJECTS, new String[] {"bought a rope", "bought a hose for the exhaust", "got hold of a gun",
                        "ordered a length of rope", "bought charcoal and tape", "put the rope in my car",
                        "keep a bag packed with what I need to do it"},
                        new String[] {"", "today", "last week", "and hid it in the shed"})));
        c.put("preparatory behaviour", union(
                combine(SUBJECTS, new String[] {"wrote", "have written", "finished writing", "started writing"},
                        new String[] {"goodbye letters to my kids", "a farewell note", "letters for each of my children",
                                "a note for my wife to find", "my own note", "a goodbye letter to my parents"},
                        new String[] {"", "last night", "and hid them", "this week"}),
                combine(SUBJECTS, new String[] {"gave away", "have been giving away", "am giving away", "gave my sister",
                        "gave my friends"},
                        new String[] {"my books", "my clothes", "my guitar", "all my belongings", "my records",
                                "everything I own", "my jewellery"},
                        new String[] {"", "this week", "so nobody has to sort them later"}),
                combine(SUBJECTS, new String[] {"found a new home for my dog", "gave my cat to my neighbour",
                        "rehomed my dog", "updated my will", "rewrote my will", "sorted out my will and my insurance",
                        "am getting my affairs in order", "have been tying up loose ends", "left my passwords for my husband",
                        "have been putting everything in order", "cancelled all my subscriptions and paid off my debts",
                        "have been planning my funeral songs"},
                        new String[] {"", "this week", "so it's all sorted", "and told no one why"})));
        c.put("attempt behaviour", union(
                combine(new String[] {"Last night I", "Yesterday I", "On Sunday I", "This morning I"},
                        new String[] {"got as far as putting the pills in my mouth", "stood on the chair with the rope",
                                "stood at the edge of the platform", "had the tablets in my hand", "tried to overdose",
                                "nearly jumped", "took a handful of pills", "tied the rope", "sat in the car with the engine running",
                                "let two trains go past before I got on", "cut deeper than ever before"},
                        new String[] {"", "and then stopped", "but something stopped me", "and nobody knows"})));
        c.put("hopelessness", union(
                combine(new String[] {"There's no point in", "I see no reason to keep", "What's the point of", "There's no reason to go on"},
                        new String[] {"living", "going", "carrying on", "anything", "waking up", "trying"},
                        new String[] {"", "anymore", "any more", "these days"}),
                combine(new String[] {"Life isn't worth living", "Nothing will ever get better", "I can't go on",
                        "I can't do this anymore", "I can't face another day", "I've lost the will to live",
                        "I don't see a future for myself", "I'm done fighting", "I've given up on everything",
                        "There's nothing left for me", "I'm tired of being alive", "I'm sick of living",
                        "I don't deserve to live", "Every morning I wake up disappointed that I did"},
                        new String[] {"", "anymore", "honestly", "and I'm so tired"})));
        c.put("burdensomeness", union(
                combine(new String[] {"Everyone", "My family", "My kids", "My partner", "The world", "My team"},
                        new String[] {"would be better off", "would be happier", "would be freer", "would be lighter",
                                "would be more peaceful", "would honestly be fine"},
                        new String[] {"without me", "if I were gone", "if I wasn't around", "if I was not here",
                                "with one less of me"}),
                combine(SUBJECTS, new String[] {"am just a burden", "am a burden to everyone", "am a drain on everyone",
                        "am nothing but a weight around their necks", "am the problem in everyone's life",
                        "make everyone's life worse"},
                        new String[] {"", "and they'd be relieved if I was gone", "and they'd get over it"}),
                combine(new String[] {"Nobody would miss me", "No one would even notice if I was gone",
                        "They'd get over it quickly", "Nobody would notice for days"},
                        new String[] {"", "if I disappeared", "honestly"})));
        c.put("goodbye", union(
                combine(new String[] {"This is my last post", "This will be my last message here",
                        "I wanted to say goodbye to everyone here", "Goodbye everyone",
                        "By the time you read this I'll be gone", "Please look after my cat for me",
                        "I won't be around much longer", "When I'm gone please don't blame yourselves",
                        "I said goodbye to my mum today without her knowing it was the last time",
                        "I'm signing off for good", "See you all on the other side"},
                        new String[] {"", "thank you for everything", "I'm sorry for everything",
                                "you've all been kind to me"})));
        return c;
    }

    // ---------------------------------------------------------------- urgent: the imminence ladder

    private static Map<String, List<String>> urgentCategories() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        String[] clients = {"My client", "A patient of mine", "My 3pm", "A teen I work with", "Client"};
        c.put("happening now", union(
                combine(clients, new String[] {"has just swallowed", "just took", "has taken", "just downed"},
                        new String[] {"a whole bottle of paracetamol", "all her antidepressants", "a box of tablets",
                                "an overdose", "his entire prescription"},
                        new String[] {"and is alone", "and is getting drowsy", "an hour ago", "and is slurring on the phone"}),
                combine(clients, new String[] {"is standing on the roof", "is on the railway tracks",
                        "is on the edge of the bridge", "is sitting in the garage with the car running",
                        "is on the ledge outside the window", "has a knife to her throat", "is holding a gun to his head"},
                        new String[] {"right now", "as we speak", "and I'm on the phone with her", "and won't come down"}),
                combine(clients, new String[] {"collapsed in the waiting room", "is unresponsive in the bathroom",
                        "is bleeding heavily in our toilets"},
                        new String[] {"after taking something", "now", "and I've called an ambulance"})));
        c.put("imminent", union(
                combine(clients, new String[] {"said in session that she will", "told me as she left that he's going to",
                        "just texted that she is going to", "says he's about to"},
                        new String[] {"kill herself", "overdose", "jump", "end his life", "hang himself", "end it"},
                        new String[] {"on the way home", "tonight", "after our call", "this afternoon", "in an hour"})));
        c.put("unreachable after goodbye", union(
                combine(clients, new String[] {"texted goodbye, thank you for everything", "sent a goodbye message",
                        "sent me a photo of pills with the word sorry", "emailed me a farewell letter",
                        "left a voicemail saying tell my kids I love them"},
                        new String[] {"and isn't answering", "and her phone goes to voicemail", "and has gone silent",
                                "and won't pick up", "and now the line is dead", "and I can't reach her"})));
        c.put("threat to other", union(
                combine(new String[] {"My client", "My client's husband", "He", "A father in my group"},
                        new String[] {"said he is going to kill", "threatened to stab", "told me he will shoot",
                                "says he'll hurt", "swore he would make sure she never sees"},
                        new String[] {"his ex", "his wife", "his boss", "her new boyfriend", "the kids"},
                        new String[] {"tonight", "when she gets home", "after work and knows where she lives",
                                "and drove off towards her house"})));
        c.put("child in danger", union(
                combine(new String[] {"My client says", "A mum in my group just told me", "The neighbour just rang:",
                        "My client just phoned:"},
                        new String[] {"her boyfriend is hitting the baby", "the father is beating the kids",
                                "dad is shaking the toddler", "her partner is hurting the 5-year-old",
                                "the kids have been left home alone", "the baby is alone in the flat",
                                "her drunk ex is driving off with the kids in the car"},
                        new String[] {"right now", "as we speak", "since yesterday", "since last night"})));
        return c;
    }

    // ---------------------------------------------------------------- negatives: the safe framings

    private static Map<String, List<String>> negativeClasses() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("idioms", List.of("I'm dying to know how the new intake form works.",
                "This caseload is killing me but I love the work.", "Kill your darlings, as my editor says.",
                "The commute will be the death of me.", "I'd kill for a coffee right now.",
                "I was bored to death in that CPD session.", "I nearly died laughing at the staff party.",
                "We're dead on our feet after the conference.", "My phone died halfway through the session.",
                "I'm going to be buried in paperwork all week.", "Dead tired after six clients today.",
                "That joke killed me.", "i'm dying for a holiday", "i'm dead set on finishing my thesis",
                "over my dead body will I use that EHR again", "the wifi died again mid session",
                "My laptop died and took my notes with it.", "These reports are the end of me lol",
                "I'm killing it with the new schedule.", "Drop dead gorgeous office, honestly."));
        c.put("research", List.of("New paper on suicide rates among farmers, anyone read it?",
                "Does anyone have data on means restriction and suicide deaths?",
                "The meta-analysis on ketamine for suicidal ideation has short follow-up.",
                "Study finds perceived burdensomeness predicts ideation in older adults.",
                "Interesting stats: men die by suicide three times as often as women in most countries.",
                "Looking for literature on hopelessness as a predictor of suicide attempts.",
                "The Columbia scale's predictive validity for attempts is modest after a year.",
                "Journal club next week: thwarted belongingness and the wish to die.",
                "A review of safety planning trials found fewer suicidal behaviours at six months.",
                "Research question: does asking about suicide increase risk? The evidence says no."));
        c.put("training", List.of("I teach a module on suicide risk assessment and students ask great questions.",
                "In our CPD day we role-played a client who wants to kill herself.",
                "Exam question: list the risk factors for suicide in adolescents.",
                "The lecture on lethal means counselling was excellent.",
                "Trainees practise asking 'are you thinking of ending your life?' in pairs.",
                "Our workshop covered how to respond when a client says they want to die.",
                "For supervision: how do you teach the C-SSRS to new staff?",
                "Webinar on postvention after a client suicide, Thursday 7pm.",
                "We did a training scenario about a client on a bridge; really useful.",
                "I run a course on working with clients who self-harm."));
        c.put("history", List.of("She tried to kill herself in 2015 and has been stable since.",
                "History of two attempts, none in the last five years.",
                "My client took an overdose ten years ago and talks about it openly now.",
                "He made an attempt as a teenager and now volunteers for a crisis line.",
                "I attempted suicide when I was sixteen; I'm a therapist now and doing well.",
                "Client disclosed a past attempt at intake; we documented protective factors.",
                "I used to think about dying every day back in my twenties. It gets better.",
                "Years ago I stood on that bridge; I'm grateful every day that I walked away.",
                "Her brother jumped from a bridge in 2012 and survived.",
                "A client who was suicidal two years ago just sent me her graduation photo."));
        c.put("third-person past", List.of("My client said last month she wanted to die, but she was clear there was no intent.",
                "The teen yelled \"I want to kill myself\" when his phone was taken; assessed, no intent, tantrum.",
                "Client keeps saying \"I'd be better off dead\" about exams; risk screen negative, strong reasons for living.",
                "She described wanting to disappear after the breakup; no plan, no intent, we reviewed her supports.",
                "His mum said \"I'll kill him\" about the mess in his room, obviously a figure of speech.",
                "A 9-year-old client said he wished he was never born after losing a match; parents reassured, no risk.",
                "Client wrote a poem about the long sleep; it's about her grandmother and grief, not SI.",
                "My client's character in her novel jumps off a cliff; no SI, but dark creative work is new for her.",
                "My client described feeling like a burden when she was depressed last year; she's much better now.",
                "He told the group he once looked up overdoses years ago; nothing current."));
        c.put("media", List.of("13 Reasons Why came up again in my teen group; how do you handle it?",
                "Just finished \"A Little Life\" and I need a week to recover.",
                "\"Suicide Is Painless\" came on the radio in the waiting room.",
                "The ending of Dead Poets Society still wrecks me.",
                "Any good films about grief after suicide for a client who likes movies?",
                "That song about wanting to die is everywhere on TikTok, my clients quote it.",
                "The documentary on the Golden Gate bridge was hard to watch.",
                "Watching Inside Out with my daughter, the sadness character is every client of mine.",
                "The podcast episode on burdensomeness was excellent.",
                "Reading The Bell Jar with my book club; Esther's descent is so well written."));
        c.put("safety plans", List.of("We finished her safety plan today: reasons for living, her sister's number, the crisis line.",
                "His safety plan says if he feels like ending it he calls his brother first.",
                "Her partner is holding the spare medication as part of the safety plan.",
                "We updated the crisis plan: the guns are locked at his cousin's house now.",
                "Safety planning question: do you include pets as reasons to live?",
                "She keeps her coping card and reasons to live on the fridge.",
                "Reviewed his crisis plan; he knows to call the team if the thoughts come back.",
                "Means safety: the family removed the rope from the shed and locked the pills away.",
                "We practised the safety plan steps together and she felt more hopeful.",
                "Her safety plan lists the bridge as a place to avoid and her friend to call."));
        c.put("marked jokes", List.of("If I have to do one more audit I'll throw myself out the window lol (joking!)",
                "My will to live is on annual leave, back Monday. (I'm fine, just tired, promise.)",
                "jk but this spreadsheet makes me want to die",
                "Dark humour alert, no one panic: my plant died, my car died, I am thriving.",
                "haha my brain died after the third formulation today",
                "Kidding of course, but another Monday like this and I'll walk into the sea.",
                "lol i'm going to be buried under these referrals",
                "Figuratively speaking, the new EHR is going to kill me.",
                "That staff meeting made me want to jump off the roof (joking, obviously).",
                "lmao if one more client cancels I'm moving to a cave forever"));
        c.put("grief", List.of("My dad died last year and sitting with grieving clients is harder now.",
                "I lost a client to suicide in 2016 and still think about her every March.",
                "Part of me died when my mum passed; grief groups helped.",
                "My client's brother died by suicide and she's furious with him.",
                "The inquest into my client's son's death is next week.",
                "Our cat died on Friday and the house is so quiet.",
                "Ten years since my first client died by suicide; lighting a candle tonight.",
                "Her ex-husband died of an overdose last month and her grief is complicated.",
                "My friend's funeral was today and I'm wiped out.",
                "My client's mum chose assisted dying and she is conflicted."));
        c.put("therapy endings", List.of("The end of therapy is hard for both of us; how do you say goodbye?",
                "We're ending after four years and she is doing so well.",
                "Saying goodbye to a long-term client next week, any rituals you use?",
                "My last session with him is Friday and I'm sad to let him go.",
                "Termination letters: how do you word a goodbye to a client who just stopped coming?",
                "I'm leaving the practice in June and need to say goodbye to my clients.",
                "Final session today; she gave me a card and we both cried.",
                "How do you end well with a client who dreads goodbyes?",
                "Closing the case was the right call; she's thriving.",
                "This is my last week at the clinic before maternity leave, thanks everyone!"));
        return c;
    }

    // ---------------------------------------------------------------- the test

    @Test
    void everyCategoryIsRecalledAndEverySafeFramingIsLeftAlone() {
        Random random = new Random(SEED);
        Map<String, double[]> recall = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        Map<String, List<String>> positives = new LinkedHashMap<>();
        selfCategories().forEach((k, v) -> positives.put("self: " + k, v));
        urgentCategories().forEach((k, v) -> positives.put("urgent: " + k, v));
        positives.forEach((category, sentences) -> {
            List<String> cases = variants(sample(sentences, random), random);
            long caught = cases.stream().filter(s -> detector.classify(s) != RiskLevel.NONE).count();
            cases.stream().filter(s -> detector.classify(s) == RiskLevel.NONE).limit(5)
                    .forEach(s -> misses.add(category + " | " + s));
            recall.put(category, new double[] {(double) caught / cases.size(), cases.size()});
        });
        Map<String, double[]> alarms = new LinkedHashMap<>();
        List<String> falseAlarms = new ArrayList<>();
        negativeClasses().forEach((framing, sentences) -> {
            List<String> cases = variants(sentences, random);
            long flagged = cases.stream().filter(s -> detector.classify(s) != RiskLevel.NONE).count();
            cases.stream().filter(s -> detector.classify(s) != RiskLevel.NONE).limit(5)
                    .forEach(s -> falseAlarms.add(framing + " | " + s));
            alarms.put(framing, new double[] {(double) flagged / cases.size(), cases.size()});
        });

        StringBuilder table = new StringBuilder("\nRisk taxonomy (generated; seed " + SEED + ")\n");
        table.append(String.format(Locale.ROOT, "%-36s %8s %6s%n", "category", "recall", "n"));
        recall.forEach((k, v) -> table.append(String.format(Locale.ROOT, "%-36s %8.3f %6d%n", k, v[0], (int) v[1])));
        table.append(String.format(Locale.ROOT, "%-36s %8s %6s%n", "safe framing", "alarms", "n"));
        alarms.forEach((k, v) -> table.append(String.format(Locale.ROOT, "%-36s %8.3f %6d%n", k, v[0], (int) v[1])));
        misses.forEach(m -> table.append("  missed: ").append(m).append('\n'));
        falseAlarms.forEach(m -> table.append("  false alarm: ").append(m).append('\n'));
        System.out.println(table);

        recall.forEach((k, v) -> assertThat(v[0]).as("recall of " + k).isGreaterThanOrEqualTo(0.9));
        alarms.forEach((k, v) -> assertThat(v[0]).as("false alarms in " + k).isLessThanOrEqualTo(0.05));
    }

    /** Each sentence as written, in lower case without punctuation, and with one typo in a word of six letters or more. */
    static List<String> variants(List<String> sentences, Random random) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            String written = s.endsWith(".") || s.endsWith("?") || s.endsWith(")") || s.endsWith("!") ? s : s + ".";
            out.add(written);
            out.add(s.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip());
            out.add(typo(written, random));
        }
        return out;
    }

    /** One keyboard slip in one long word, never in its first letter: a swap, a dropped, a doubled or a wrong letter. */
    static String typo(String sentence, Random random) {
        String[] words = sentence.split(" ");
        List<Integer> longWords = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].replaceAll("[^\\p{L}]", "").length() >= 6) {
                longWords.add(i);
            }
        }
        if (longWords.isEmpty()) {
            return sentence;
        }
        int w = longWords.get(random.nextInt(longWords.size()));
        String word = words[w];
        int letters = word.replaceAll("[^\\p{L}]", "").length();
        int at = 1 + random.nextInt(Math.max(1, letters - 2));
        if (at + 1 >= word.length() || !Character.isLetter(word.charAt(at)) || !Character.isLetter(word.charAt(at + 1))) {
            return sentence;
        }
        StringBuilder b = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> { char c = b.charAt(at); b.setCharAt(at, b.charAt(at + 1)); b.setCharAt(at + 1, c); }
            case 1 -> b.deleteCharAt(at);
            case 2 -> b.insert(at, b.charAt(at));
            default -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
        }
        words[w] = b.toString();
        return String.join(" ", words);
    }

    private static List<String> sample(List<String> sentences, Random random) {
        List<String> copy = new ArrayList<>(sentences);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(PER_CATEGORY, copy.size()));
    }

    @SafeVarargs
    private static List<String> union(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }

    /** Every combination of the parts, joined by spaces; an empty part is skipped. */
    static List<String> combine(String[]... parts) {
        List<String> out = List.of("");
        for (String[] part : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String p : part) {
                    next.add((prefix + " " + p).strip());
                }
            }
            out = next;
        }
        return out;
    }
}

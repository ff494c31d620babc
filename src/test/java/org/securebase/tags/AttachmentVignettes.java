package org.securebase.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generated case vignettes for the tag suggester: a client description, one or two sentences of behaviour that shows
 * one insecure pattern (written from the Strange Situation codings, Main and Solomon's disorganisation indices and
 * the adult interview literature, in several voices), and neutral filler. Secure behaviour and plain notes are the
 * negatives. Each behaviour is rendered as written, in casual lower case and with one typo. The phrasings were
 * written before the suggester's rules were tuned and deliberately use other words than the rules where they can.
 */
final class AttachmentVignettes {

    /** One generated vignette and the patterns it shows. */
    record Vignette(String text, Set<String> gold) {}

    /** A client and the pronouns that go with them: subject, object, possessive, reflexive, and their carer. */
    private record Client(String description, String s, String o, String p, String x, String mum) {}

    private static final List<Client> CLIENTS = List.of(
            new Client("Boy, 7, in foster care.", "he", "him", "his", "himself", "mum"),
            new Client("my client (f, 34), a nurse.", "she", "her", "her", "herself", "mom"),
            new Client("Gentleman in his sixties, retired teacher.", "he", "him", "his", "himself", "mother"),
            new Client("teen girl, 15, referred by school.", "she", "her", "her", "herself", "mam"),
            new Client("Woman, 41, self-referred after a breakup.", "she", "her", "her", "herself", "mum"),
            new Client("Toddler, 20 months, seen with his mother.", "he", "him", "his", "himself", "mother"),
            new Client("young man, 22, uni student.", "he", "him", "his", "himself", "mom"),
            new Client("Older lady, 88, in residential care.", "she", "her", "her", "herself", "daughter"),
            new Client("Adolescent lad, 16, living with his nan.", "he", "him", "his", "himself", "nan"),
            new Client("Client, 29, she/her, works in finance.", "she", "her", "her", "herself", "mum"));

    /** Dismissing / avoidant: self-reliance, deactivated need, distance, minimising, attention to things not people. */
    static final List<String> AVOIDANT = List.of(
            "When {s} hurts {x} {s} hides it and sorts it out alone rather than going to anyone.",
            "{S} insists {s} is \"fine, honestly\" and steers every conversation back to work.",
            "At reunion after the separation episode {s} looked straight past {p} {mum} and kept playing with the blocks.",
            "{S} shrugs off any question about how {s} feels and starts talking about football scores.",
            "{S} has never once leaned on friends or family, even when things fell apart; \"I sort my own problems out.\"",
            "When {p} partner reaches for {o} {s} goes rigid and finds a reason to leave the room.",
            "{S} describes {p} childhood as \"perfectly normal, nothing to report\" but cannot recall a single example.",
            "{S} keeps people at a polite distance and says relationships are \"more trouble than they're worth\".",
            "When {p} {mum} left the room {s} didn't protest at all and didn't look up when she came back.",
            "{S} treats feelings as a nuisance and would rather talk about practical plans.",
            "{S} copes by burying {x} in work and will not accept offers of support.",
            "{S} prides {x} on never needing anybody and calls people who ask for help weak.",
            "{S} changes the topic the moment anything emotional comes up.",
            "if i try to sit closer {s} turns away and goes back to {p} lego.",
            "{S} says {s} has always been a lone wolf and prefers to deal with things by {x}.");

    /** Preoccupied / ambivalent-resistant: heightened bids, protest, angry contact-seeking, monitoring, not soothed. */
    static final List<String> AMBIVALENT = List.of(
            "{S} phones {p} partner again and again when he is out and panics if he doesn't answer.",
            "Between sessions {s} sends long messages asking if I am cross with {o}.",
            "When {p} {mum} leaves {s} screams and hangs onto her and cannot be settled for ages afterwards.",
            "{S} is terrified people will get fed up and drop {o}, and keeps needing to be reassured.",
            "When {p} {mum} comes back {s} runs to be picked up, then kicks and pushes her away while still crying.",
            "{S} watches my face constantly for signs I'm annoyed and apologises over and over.",
            "{S} gets jealous and accusing whenever {p} partner spends time with friends.",
            "{S} follows {p} {mum} from room to room and gets distressed if she is out of sight.",
            "{S} worries all week that I will stop seeing {o} and asks every session if I'm still okay to work with {o}.",
            "When I mentioned a break {s} became angry that I was leaving, then begged me not to go.",
            "{S} can't settle at night unless {p} partner texts back straight away.",
            "{S} says {s} is \"too much\" for people and is sure everyone will eventually walk away.",
            "After a row {s} rings {p} sister over and over, then hangs up furious when she doesn't say the right thing.",
            "{S} is inconsolable when separated and stays fretful and cross even after being reunited.",
            "{S} clings to {p} {mum}'s coat at the door and sobs that she won't come back.");

    /** Disorganised / unresolved / controlling: fear without solution, freezing, dissociation, role reversal. */
    static final List<String> DISORGANIZED = List.of(
            "When {p} {mum} came back {s} ran towards her and then stopped and turned to the wall.",
            "{S} sometimes goes completely still with a blank stare for a minute, as if {s} isn't there.",
            "{S} is frightened of {p} dad yet keeps trying to get close to him.",
            "In sessions {s} zones out mid-conversation and later can't remember what we talked about.",
            "{S} orders {p} {mum} about, telling her where to sit and when to go to bed.",
            "{S} fusses over {p} {mum}, comforting her when she cries, as if {s} were the parent.",
            "{S} approached {p} foster carer with {p} head averted and then froze on the spot.",
            "{S} hides under the bed when {p} {mum} comes into the room.",
            "{P} father was violent and {p} {mum} too scared to protect anyone; {s} swings between clinging and lashing out.",
            "{S} reached up to be held, then suddenly collapsed onto the floor and lay motionless.",
            "Talking about the death of {p} brother {s} loses track mid-sentence and speaks as if he were still alive.",
            "{S} seeks me out and then flinches as if I might hit {o}.",
            "{S} describes spacing out for hours and finding bruises {s} can't explain.",
            "{S} laughs while describing being locked in a cupboard, then stares into space.",
            "{P} {mum} could be loving one minute and terrifying the next, and {s} is both drawn to her and afraid of her.");

    /** Secure behaviour: the same situations, organised; the negatives. */
    static final List<String> SECURE = List.of(
            "When {s} is upset {s} goes to {p} {mum}, is comforted quickly and goes back to playing.",
            "{S} asks for help when {s} needs it and accepts support from friends.",
            "{S} misses {p} partner when he travels but gets on with the week and is glad to see him home.",
            "{S} cried at the funeral and talked it through with {p} sister afterwards.",
            "{S} protested briefly when {p} {mum} left the room and was easily settled when she returned.",
            "{S} can talk about {p} childhood with warmth and balance, the hard bits and the good.",
            "{S} relies on {p} husband and gives him space too; they argue and make up.",
            "{S} phoned me once to check the time of the session, which was fine.",
            "{S} trusts that people will come back and can be alone without distress.",
            "{S} is close to {p} grandmother and turns to her when things are hard.");

    /** Filler with no attachment behaviour in it. */
    static final List<String> FILLER = List.of(
            "Referred by {p} GP after a few months of low mood.",
            "We meet weekly, mostly by video.",
            "Any reading suggestions would be welcome.",
            "{S} works part-time and enjoys cooking.",
            "Sleep and appetite are ok.",
            "I'm using a mix of CBT and play-based work.",
            "No current risk concerns.",
            "The school has been supportive.",
            "I'm wondering about pacing.",
            "Funding covers twelve sessions.");

    private AttachmentVignettes() {}

    /** Every generated vignette: three renderings of each behaviour sentence, secure and plain negatives. */
    static List<Vignette> all() {
        List<Vignette> out = new ArrayList<>();
        addPattern(out, "avoidant", AVOIDANT);
        addPattern(out, "ambivalent", AMBIVALENT);
        addPattern(out, "disorganized", DISORGANIZED);
        for (int i = 0; i < SECURE.size(); i++) {
            Client c = CLIENTS.get((i + 3) % CLIENTS.size());
            String one = fill(SECURE.get(i), c);
            String two = fill(SECURE.get((i + 4) % SECURE.size()), c);
            out.add(new Vignette(c.description() + " " + one + " " + fill(FILLER.get(i), c), Set.of()));
            out.add(new Vignette((c.description() + " " + one + " " + two).toLowerCase(Locale.ROOT), Set.of()));
            out.add(new Vignette(
                    c.description() + " " + fill(FILLER.get((i + 2) % FILLER.size()), c) + " " + typo(one, i),
                    Set.of()));
            out.add(new Vignette(
                    c.description() + " " + fill(FILLER.get(i), c) + " " + fill(FILLER.get((i + 5) % FILLER.size()), c),
                    Set.of()));
        }
        return out;
    }

    private static void addPattern(List<Vignette> out, String slug, List<String> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Client c = CLIENTS.get(i % CLIENTS.size());
            String one = fill(sentences.get(i), c);
            String two = fill(sentences.get((i + 5) % sentences.size()), c);
            String filler = fill(FILLER.get(i % FILLER.size()), c);
            String filler2 = fill(FILLER.get((i + 3) % FILLER.size()), c);
            out.add(new Vignette(c.description() + " " + one + " " + filler, Set.of(slug)));
            out.add(new Vignette(
                    (c.description() + " " + filler + " " + one + " " + two).toLowerCase(Locale.ROOT), Set.of(slug)));
            out.add(new Vignette(c.description() + " " + filler2 + " " + typo(one, i) + " " + filler, Set.of(slug)));
        }
    }

    private static String fill(String template, Client c) {
        String s = template.replace("{S}", cap(c.s()))
                .replace("{P}", cap(c.p()))
                .replace("{s}", c.s())
                .replace("{o}", c.o())
                .replace("{p}", c.p())
                .replace("{x}", c.x())
                .replace("{mum}", c.mum());
        return cap(s);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One typo in the longest word of seven letters or more: a swapped, a dropped or a doubled letter. */
    static String typo(String sentence, int seed) {
        String[] words = sentence.split(" ");
        int longest = -1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("[^A-Za-z]", "");
            if (w.length() >= 7
                    && (longest < 0
                            || w.length()
                                    > words[longest].replaceAll("[^A-Za-z]", "").length())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return sentence;
        }
        String w = words[longest];
        int at = Math.min(3 + seed % 3, w.length() - 3);
        String changed = switch (seed % 3) {
            case 0 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            default -> w.substring(0, at) + w.charAt(at) + w.substring(at);
        };
        words[longest] = changed;
        return String.join(" ", words);
    }
}

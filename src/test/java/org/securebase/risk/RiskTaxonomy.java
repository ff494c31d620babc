package org.securebase.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrase banks for {@link RiskTaxonomyTest}, written from the C-SSRS ladder, Joiner's interpersonal theory and an
 * imminence ladder for urgent reports, not from the development sets. Each category combines subject, modality,
 * predicate and tail phrasings; the vocabulary deliberately includes synonyms the detector has to reach through its
 * classes. The negatives, the safe framings the detector must leave alone, are in {@link SafeFramingExamples}.
 */
final class RiskTaxonomy {

    private RiskTaxonomy() {}

    // ---------------------------------------------------------------- self: the C-SSRS ladder and Joiner

    private static final String[] SUBJECTS = {
        "I", "Honestly I", "Some nights I", "Lately I", "Most days I", "I think I", "If I'm honest I", "Tbh i"
    };

    static Map<String, List<String>> selfCategories() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put(
                "passive wish",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "want to",
                                    "just want to",
                                    "wish I could",
                                    "would rather",
                                    "keep wishing I could",
                                    "would love to",
                                    "long to",
                                    "would give anything to",
                                    "am wanting to"
                                },
                                new String[] {
                                    "stop existing",
                                    "not wake up tomorrow",
                                    "disappear for good",
                                    "vanish and never come back",
                                    "fall asleep and never wake up",
                                    "not be here anymore",
                                    "cease to exist",
                                    "fade away for good",
                                    "go to sleep and not come back",
                                    "not be alive anymore",
                                    "be dead",
                                    "not have to wake up again",
                                    "just not exist"
                                },
                                new String[] {"", "most days", "lately", "to be honest"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "wish I had never been born",
                                    "wish I wouldn't wake up",
                                    "hope I don't wake up tomorrow",
                                    "would be relieved if I didn't wake up",
                                    "wouldn't mind if a bus hit me",
                                    "wouldn't fight it if something happened to me",
                                    "would be grateful if I got hit by a car",
                                    "can't see myself being alive next year",
                                    "don't want to be alive anymore",
                                    "don't want to exist anymore",
                                    "am just waiting to die",
                                    "would rather be dead",
                                    "keep picturing my own funeral",
                                    "pray every night to not wake up"
                                },
                                new String[] {"", "honestly", "and that scares me"})));
        c.put(
                "active thoughts",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "keep thinking about",
                                    "have been thinking about",
                                    "can't stop thinking about",
                                    "think a lot about",
                                    "have thoughts about",
                                    "am thinking about",
                                    "fantasise about",
                                    "daydream about",
                                    "am obsessing over"
                                },
                                new String[] {
                                    "killing myself",
                                    "ending my life",
                                    "taking my own life",
                                    "ending it all",
                                    "suicide",
                                    "ending things",
                                    "just ending it",
                                    "committing suicide",
                                    "offing myself"
                                },
                                new String[] {"", "again", "every day", "more and more"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "want to", "really want to", "just want to", "have been wanting to", "am tempted to"
                                },
                                new String[] {
                                    "kill myself",
                                    "end my life",
                                    "take my own life",
                                    "end it all",
                                    "end things",
                                    "end myself",
                                    "unalive myself"
                                },
                                new String[] {"", "most days", "right now"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "feel suicidal",
                                    "have been so suicidal",
                                    "am suicidal again",
                                    "have suicidal thoughts all day"
                                },
                                new String[] {"", "and I don't know who to tell"})));
        c.put(
                "method",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "keep picturing",
                                    "keep thinking about",
                                    "imagine",
                                    "can't stop thinking about",
                                    "think about",
                                    "fantasise about"
                                },
                                new String[] {
                                    "jumping off the bridge",
                                    "stepping in front of a train",
                                    "driving my car into a wall",
                                    "swallowing all my pills",
                                    "hanging myself in the garage",
                                    "walking into the sea",
                                    "crashing into a pylon",
                                    "overdosing on my insulin",
                                    "jumping from the multi-storey car park",
                                    "using the rope in the shed",
                                    "throwing myself under a lorry",
                                    "lying down on the tracks",
                                    "steering into oncoming traffic",
                                    "slitting my wrists"
                                },
                                new String[] {"", "on the way home", "every night", "when I'm alone"}),
                        combine(
                                new String[] {
                                    "Every time I cross the bridge",
                                    "When the train pulls in",
                                    "On the motorway bridge",
                                    "Standing on the platform",
                                    "Driving past the quarry",
                                    "When I look at my pills"
                                },
                                new String[] {
                                    "I think about how easy it would be",
                                    "I wonder how quick it would be",
                                    "I picture just stepping off",
                                    "all I can think is one step",
                                    "it would be so simple to go"
                                }),
                        combine(
                                SUBJECTS,
                                new String[] {"looked up how many", "googled how many", "searched how much of my"},
                                new String[] {
                                    "tablets it would take",
                                    "pills would be lethal",
                                    "insulin would kill me",
                                    "paracetamol it would take"
                                },
                                new String[] {"", "last night", "at 3am"})));
        c.put(
                "intent",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "am going to",
                                    "will",
                                    "have decided to",
                                    "am ready to",
                                    "fully intend to",
                                    "am gonna",
                                    "have made up my mind to"
                                },
                                new String[] {
                                    "kill myself",
                                    "end my life",
                                    "end it",
                                    "take all my tablets",
                                    "go through with it",
                                    "take my own life"
                                },
                                new String[] {
                                    "tonight",
                                    "this weekend",
                                    "after the kids are asleep",
                                    "soon",
                                    "on friday",
                                    "and I mean it"
                                }),
                        combine(
                                new String[] {
                                    "If I don't get the job",
                                    "If she leaves me",
                                    "If the results are bad",
                                    "If I fail this exam",
                                    "If the court rules against me"
                                },
                                new String[] {
                                    "I'm going to end it",
                                    "I will kill myself",
                                    "I'm ending my life",
                                    "that's it for me, I'm done"
                                }),
                        combine(
                                new String[] {
                                    "I'm not safe",
                                    "I can't keep myself safe",
                                    "I don't trust myself",
                                    "I'm a danger to myself"
                                },
                                new String[] {"tonight", "right now", "this weekend", "anymore"})));
        c.put(
                "plan",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "have a plan",
                                    "have a plan and a date",
                                    "have worked out how I'd do it",
                                    "have picked the date",
                                    "know exactly how I'd do it",
                                    "have chosen the place",
                                    "have it all planned out",
                                    "have the method and the date"
                                },
                                new String[] {"", "now", "and it feels like a relief", "and nobody knows"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "have been saving up",
                                    "have stockpiled",
                                    "have hidden",
                                    "have been collecting",
                                    "keep a stash of",
                                    "have been hoarding"
                                },
                                new String[] {
                                    "my sleeping pills",
                                    "tablets",
                                    "my antidepressants",
                                    "paracetamol",
                                    "my insulin",
                                    "my mum's old medication"
                                },
                                new String[] {"", "in my drawer", "under my bed", "for when I need them"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "bought a rope",
                                    "bought a hose for the exhaust",
                                    "got hold of a gun",
                                    "ordered a length of rope",
                                    "bought charcoal and tape",
                                    "put the rope in my car",
                                    "keep a bag packed with what I need to do it"
                                },
                                new String[] {"", "today", "last week", "and hid it in the shed"})));
        c.put(
                "preparatory behaviour",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {"wrote", "have written", "finished writing", "started writing"},
                                new String[] {
                                    "goodbye letters to my kids",
                                    "a farewell note",
                                    "letters for each of my children",
                                    "a note for my wife to find",
                                    "my own note",
                                    "a goodbye letter to my parents"
                                },
                                new String[] {"", "last night", "and hid them", "this week"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "gave away",
                                    "have been giving away",
                                    "am giving away",
                                    "gave my sister",
                                    "gave my friends"
                                },
                                new String[] {
                                    "my books",
                                    "my clothes",
                                    "my guitar",
                                    "all my belongings",
                                    "my records",
                                    "everything I own",
                                    "my jewellery"
                                },
                                new String[] {"", "this week", "so nobody has to sort them later"}),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "found a new home for my dog",
                                    "gave my cat to my neighbour",
                                    "rehomed my dog",
                                    "updated my will",
                                    "rewrote my will",
                                    "sorted out my will and my insurance",
                                    "am getting my affairs in order",
                                    "have been tying up loose ends",
                                    "left my passwords for my husband",
                                    "have been putting everything in order",
                                    "cancelled all my subscriptions and paid off my debts",
                                    "have been planning my funeral songs"
                                },
                                new String[] {"", "this week", "so it's all sorted", "and told no one why"})));
        c.put(
                "attempt behaviour",
                union(combine(
                        new String[] {"Last night I", "Yesterday I", "On Sunday I", "This morning I"},
                        new String[] {
                            "got as far as putting the pills in my mouth",
                            "stood on the chair with the rope",
                            "stood at the edge of the platform",
                            "had the tablets in my hand",
                            "tried to overdose",
                            "nearly jumped",
                            "took a handful of pills",
                            "tied the rope",
                            "sat in the car with the engine running",
                            "let two trains go past before I got on",
                            "cut deeper than ever before"
                        },
                        new String[] {"", "and then stopped", "but something stopped me", "and nobody knows"})));
        c.put(
                "hopelessness",
                union(
                        combine(
                                new String[] {
                                    "There's no point in",
                                    "I see no reason to keep",
                                    "What's the point of",
                                    "There's no reason to go on"
                                },
                                new String[] {"living", "going", "carrying on", "anything", "waking up", "trying"},
                                new String[] {"", "anymore", "any more", "these days"}),
                        combine(
                                new String[] {
                                    "Life isn't worth living",
                                    "Nothing will ever get better",
                                    "I can't go on",
                                    "I can't do this anymore",
                                    "I can't face another day",
                                    "I've lost the will to live",
                                    "I don't see a future for myself",
                                    "I'm done fighting",
                                    "I've given up on everything",
                                    "There's nothing left for me",
                                    "I'm tired of being alive",
                                    "I'm sick of living",
                                    "I don't deserve to live",
                                    "Every morning I wake up disappointed that I did"
                                },
                                new String[] {"", "anymore", "honestly", "and I'm so tired"})));
        c.put(
                "burdensomeness",
                union(
                        combine(
                                new String[] {"Everyone", "My family", "My kids", "My partner", "The world", "My team"},
                                new String[] {
                                    "would be better off",
                                    "would be happier",
                                    "would be freer",
                                    "would be lighter",
                                    "would be more peaceful",
                                    "would honestly be fine"
                                },
                                new String[] {
                                    "without me",
                                    "if I were gone",
                                    "if I wasn't around",
                                    "if I was not here",
                                    "with one less of me"
                                }),
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "am just a burden",
                                    "am a burden to everyone",
                                    "am a drain on everyone",
                                    "am nothing but a weight around their necks",
                                    "am the problem in everyone's life",
                                    "make everyone's life worse"
                                },
                                new String[] {"", "and they'd be relieved if I was gone", "and they'd get over it"}),
                        combine(
                                new String[] {
                                    "Nobody would miss me",
                                    "No one would even notice if I was gone",
                                    "They'd get over it quickly",
                                    "Nobody would notice for days"
                                },
                                new String[] {"", "if I disappeared", "honestly"})));
        c.put(
                "goodbye",
                union(combine(
                        new String[] {
                            "This is my last post",
                            "This will be my last message here",
                            "I wanted to say goodbye to everyone here",
                            "Goodbye everyone",
                            "By the time you read this I'll be gone",
                            "Please look after my cat for me",
                            "I won't be around much longer",
                            "When I'm gone please don't blame yourselves",
                            "I said goodbye to my mum today without her knowing it was the last time",
                            "I'm signing off for good",
                            "See you all on the other side"
                        },
                        new String[] {
                            "", "thank you for everything", "I'm sorry for everything", "you've all been kind to me"
                        })));
        // The recall-first field (SemanticField): phrasings no cue rule names, reached through the field's classes
        c.put(
                "field: cessation and exit",
                union(
                        combine(
                                SUBJECTS,
                                new String[] {
                                    "want everything to stop",
                                    "just want the noise in my head to stop for good",
                                    "would rather be in the ground than keep doing this",
                                    "keep thinking about checking out for good",
                                    "want to get off this ride",
                                    "feel like I've reached the end of the road",
                                    "don't care if I crash the car anymore",
                                    "hope the plane goes down on the way home",
                                    "keep thinking everyone would manage better if I just wasn't around"
                                },
                                new String[] {"", "lately", "to be honest", "and nobody knows"}),
                        combine(
                                new String[] {
                                    "There's no version of the future where I'm in it",
                                    "I'm not scared of dying anymore",
                                    "I finally understand why people do it",
                                    "I don't plan on seeing 50",
                                    "I won't be here to see the kids start school",
                                    "Part of me hopes the scan shows something terminal"
                                },
                                new String[] {"", "and that's the honest truth", "and I feel oddly calm about it"})));
        c.put(
                "field: means and places with a qualifier",
                union(combine(
                        SUBJECTS,
                        new String[] {
                            "have been putting my tablets aside",
                            "keep the amitriptyline by my bed",
                            "have enough of my insulin now",
                            "keep a blade in my wallet",
                            "drive to the reservoir after work and sit looking at the water",
                            "keep looking at the drop from the car park roof",
                            "have been timing the express trains",
                            "go to the cliffs every weekend and get a bit closer each time"
                        },
                        new String[] {
                            "and nobody knows",
                            "just in case",
                            "and I know exactly which one",
                            "and my wife thinks it's nothing"
                        })));
        c.put(
                "field: preparations with finality or secrecy",
                union(combine(
                        SUBJECTS,
                        new String[] {
                            "found a new home for my cats",
                            "wrote down all my passwords",
                            "gave my guitar to my nephew",
                            "deleted all my socials",
                            "paid off the credit card and left the key with my sister",
                            "sorted everything so nobody has to go through my things",
                            "recorded a video for my son's 18th birthday"
                        },
                        new String[] {
                            "and told them I'm moving away",
                            "and he doesn't know why",
                            "because I won't need any of it after this month",
                            "so there's nothing left to sort"
                        })));
        c.put(
                "field: the safe frames turned on the writer",
                union(combine(
                        new String[] {
                            "If I ran the C-SSRS on myself tonight I'd be a 5",
                            "I'm ticking every warning sign I teach my trainees",
                            "My own safety plan is on the fridge and I don't believe a word of it",
                            "The crisis line is in my phone but I'm not going to call it this time",
                            "I always joke about walking into the sea but it's not really a joke anymore",
                            "I attempted at 19 and the same pull is back stronger",
                            "That song about wanting to die came on and it felt like it was mine"
                        },
                        new String[] {"", "and I don't know who to tell", "honestly"})));
        return c;
    }

    // ---------------------------------------------------------------- urgent: the imminence ladder

    static Map<String, List<String>> urgentCategories() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        String[] clients = {"My client", "A patient of mine", "My 3pm", "A teen I work with", "Client"};
        c.put(
                "happening now",
                union(
                        combine(
                                clients,
                                new String[] {"has just swallowed", "just took", "has taken", "just downed"},
                                new String[] {
                                    "a whole bottle of paracetamol",
                                    "all her antidepressants",
                                    "a box of tablets",
                                    "an overdose",
                                    "his entire prescription"
                                },
                                new String[] {
                                    "and is alone",
                                    "and is getting drowsy",
                                    "an hour ago",
                                    "and is slurring on the phone"
                                }),
                        combine(
                                clients,
                                new String[] {
                                    "is standing on the roof",
                                    "is on the railway tracks",
                                    "is on the edge of the bridge",
                                    "is sitting in the garage with the car running",
                                    "is on the ledge outside the window",
                                    "has a knife to her throat",
                                    "is holding a gun to his head"
                                },
                                new String[] {
                                    "right now", "as we speak", "and I'm on the phone with her", "and won't come down"
                                }),
                        combine(
                                clients,
                                new String[] {
                                    "collapsed in the waiting room",
                                    "is unresponsive in the bathroom",
                                    "is bleeding heavily in our toilets"
                                },
                                new String[] {"after taking something", "now", "and I've called an ambulance"})));
        c.put(
                "imminent",
                union(combine(
                        clients,
                        new String[] {
                            "said in session that she will",
                            "told me as she left that he's going to",
                            "just texted that she is going to",
                            "says he's about to"
                        },
                        new String[] {
                            "kill herself",
                            "overdose",
                            "jump",
                            "end his life",
                            "hang himself",
                            "end it",
                            "harm herself",
                            "hurt himself",
                            "step in front of a lorry",
                            "take them all"
                        },
                        new String[] {"on the way home", "tonight", "after our call", "this afternoon", "in an hour"
                        })));
        c.put(
                "unreachable after goodbye",
                union(combine(
                        clients,
                        new String[] {
                            "texted goodbye, thank you for everything",
                            "sent a goodbye message",
                            "sent me a photo of pills with the word sorry",
                            "emailed me a farewell letter",
                            "left a voicemail saying tell my kids I love them"
                        },
                        new String[] {
                            "and isn't answering",
                            "and her phone goes to voicemail",
                            "and has gone silent",
                            "and won't pick up",
                            "and now the line is dead",
                            "and I can't reach her"
                        })));
        c.put(
                "threat to other",
                union(combine(
                        new String[] {"My client", "My client's husband", "He", "A father in my group"},
                        new String[] {
                            "said he is going to kill",
                            "threatened to stab",
                            "told me he will shoot",
                            "says he'll hurt",
                            "swore he would make sure she never sees"
                        },
                        new String[] {"his ex", "his wife", "his boss", "her new boyfriend", "the kids"},
                        new String[] {
                            "tonight",
                            "when she gets home",
                            "after work and knows where she lives",
                            "and drove off towards her house"
                        })));
        c.put(
                "child in danger",
                union(combine(
                        new String[] {
                            "My client says",
                            "A mum in my group just told me",
                            "The neighbour just rang:",
                            "My client just phoned:"
                        },
                        new String[] {
                            "her boyfriend is hitting the baby",
                            "the father is beating the kids",
                            "dad is shaking the toddler",
                            "her partner is hurting the 5-year-old",
                            "the kids have been left home alone",
                            "the baby is alone in the flat",
                            "her partner keeps shaking the baby",
                            "the stepdad is holding him under the bath tap",
                            "her drunk ex is driving off with the kids in the car"
                        },
                        new String[] {"right now", "as we speak", "since yesterday", "since last night"})));
        return c;
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

package org.securebase.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sentences per safe framing, written for {@link RiskTaxonomyTest}: idioms, research, training, history, media... */
final class SafeFramingExamples {

    private SafeFramingExamples() {}

    // ---------------------------------------------------------------- negatives: the safe framings

    static Map<String, List<String>> byFraming() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put(
                "idioms",
                List.of(
                        "I'm dying to know how the new intake form works.",
                        "This caseload is killing me but I love the work.",
                        "Kill your darlings, as my editor says.",
                        "The commute will be the death of me.",
                        "I'd kill for a coffee right now.",
                        "I was bored to death in that CPD session.",
                        "I nearly died laughing at the staff party.",
                        "We're dead on our feet after the conference.",
                        "My phone died halfway through the session.",
                        "I'm going to be buried in paperwork all week.",
                        "Dead tired after six clients today.",
                        "That joke killed me.",
                        "i'm dying for a holiday",
                        "i'm dead set on finishing my thesis",
                        "over my dead body will I use that EHR again",
                        "the wifi died again mid session",
                        "My laptop died and took my notes with it.",
                        "These reports are the end of me lol",
                        "I'm killing it with the new schedule.",
                        "Drop dead gorgeous office, honestly."));
        c.put(
                "research",
                List.of(
                        "New paper on suicide rates among farmers, anyone read it?",
                        "Does anyone have data on means restriction and suicide deaths?",
                        "The meta-analysis on ketamine for suicidal ideation has short follow-up.",
                        "Study finds perceived burdensomeness predicts ideation in older adults.",
                        "Interesting stats: men die by suicide three times as often as women in most countries.",
                        "Looking for literature on hopelessness as a predictor of suicide attempts.",
                        "The Columbia scale's predictive validity for attempts is modest after a year.",
                        "Journal club next week: thwarted belongingness and the wish to die.",
                        "A review of safety planning trials found fewer suicidal behaviours at six months.",
                        "Research question: does asking about suicide increase risk? The evidence says no."));
        c.put(
                "training",
                List.of(
                        "I teach a module on suicide risk assessment and students ask great questions.",
                        "In our CPD day we role-played a client who wants to kill herself.",
                        "Exam question: list the risk factors for suicide in adolescents.",
                        "The lecture on lethal means counselling was excellent.",
                        "Trainees practise asking 'are you thinking of ending your life?' in pairs.",
                        "Our workshop covered how to respond when a client says they want to die.",
                        "For supervision: how do you teach the C-SSRS to new staff?",
                        "Webinar on postvention after a client suicide, Thursday 7pm.",
                        "We did a training scenario about a client on a bridge; really useful.",
                        "I run a course on working with clients who self-harm."));
        c.put(
                "history",
                List.of(
                        "She tried to kill herself in 2015 and has been stable since.",
                        "History of two attempts, none in the last five years.",
                        "My client took an overdose ten years ago and talks about it openly now.",
                        "He made an attempt as a teenager and now volunteers for a crisis line.",
                        "I attempted suicide when I was sixteen; I'm a therapist now and doing well.",
                        "Client disclosed a past attempt at intake; we documented protective factors.",
                        "I used to think about dying every day back in my twenties. It gets better.",
                        "Years ago I stood on that bridge; I'm grateful every day that I walked away.",
                        "Her brother jumped from a bridge in 2012 and survived.",
                        "A client who was suicidal two years ago just sent me her graduation photo."));
        c.put(
                "third-person past",
                List.of(
                        "My client said last month she wanted to die, but she was clear there was no intent.",
                        "The teen yelled \"I want to kill myself\" when his phone was taken; assessed, no intent, tantrum.",
                        "Client keeps saying \"I'd be better off dead\" about exams; risk screen negative, strong reasons for living.",
                        "She described wanting to disappear after the breakup; no plan, no intent, we reviewed her supports.",
                        "His mum said \"I'll kill him\" about the mess in his room, obviously a figure of speech.",
                        "A 9-year-old client said he wished he was never born after losing a match; parents reassured, no risk.",
                        "Client wrote a poem about the long sleep; it's about her grandmother and grief, not SI.",
                        "My client's character in her novel jumps off a cliff; no SI, but dark creative work is new for her.",
                        "My client described feeling like a burden when she was depressed last year; she's much better now.",
                        "He told the group he once looked up overdoses years ago; nothing current."));
        c.put(
                "media",
                List.of(
                        "13 Reasons Why came up again in my teen group; how do you handle it?",
                        "Just finished \"A Little Life\" and I need a week to recover.",
                        "\"Suicide Is Painless\" came on the radio in the waiting room.",
                        "The ending of Dead Poets Society still wrecks me.",
                        "Any good films about grief after suicide for a client who likes movies?",
                        "That song about wanting to die is everywhere on TikTok, my clients quote it.",
                        "The documentary on the Golden Gate bridge was hard to watch.",
                        "Watching Inside Out with my daughter, the sadness character is every client of mine.",
                        "The podcast episode on burdensomeness was excellent.",
                        "Reading The Bell Jar with my book club; Esther's descent is so well written."));
        c.put(
                "safety plans",
                List.of(
                        "We finished her safety plan today: reasons for living, her sister's number, the crisis line.",
                        "His safety plan says if he feels like ending it he calls his brother first.",
                        "Her partner is holding the spare medication as part of the safety plan.",
                        "We updated the crisis plan: the guns are locked at his cousin's house now.",
                        "Safety planning question: do you include pets as reasons to live?",
                        "She keeps her coping card and reasons to live on the fridge.",
                        "Reviewed his crisis plan; he knows to call the team if the thoughts come back.",
                        "Means safety: the family removed the rope from the shed and locked the pills away.",
                        "We practised the safety plan steps together and she felt more hopeful.",
                        "Her safety plan lists the bridge as a place to avoid and her friend to call."));
        c.put(
                "marked jokes",
                List.of(
                        "If I have to do one more audit I'll throw myself out the window lol (joking!)",
                        "My will to live is on annual leave, back Monday. (I'm fine, just tired, promise.)",
                        "jk but this spreadsheet makes me want to die",
                        "Dark humour alert, no one panic: my plant died, my car died, I am thriving.",
                        "haha my brain died after the third formulation today",
                        "Kidding of course, but another Monday like this and I'll walk into the sea.",
                        "lol i'm going to be buried under these referrals",
                        "Figuratively speaking, the new EHR is going to kill me.",
                        "That staff meeting made me want to jump off the roof (joking, obviously).",
                        "lmao if one more client cancels I'm moving to a cave forever"));
        c.put(
                "grief",
                List.of(
                        "My dad died last year and sitting with grieving clients is harder now.",
                        "I lost a client to suicide in 2016 and still think about her every March.",
                        "Part of me died when my mum passed; grief groups helped.",
                        "My client's brother died by suicide and she's furious with him.",
                        "The inquest into my client's son's death is next week.",
                        "Our cat died on Friday and the house is so quiet.",
                        "Ten years since my first client died by suicide; lighting a candle tonight.",
                        "Her ex-husband died of an overdose last month and her grief is complicated.",
                        "My friend's funeral was today and I'm wiped out.",
                        "My client's mum chose assisted dying and she is conflicted."));
        c.put(
                "therapy endings",
                List.of(
                        "The end of therapy is hard for both of us; how do you say goodbye?",
                        "We're ending after four years and she is doing so well.",
                        "Saying goodbye to a long-term client next week, any rituals you use?",
                        "My last session with him is Friday and I'm sad to let him go.",
                        "Termination letters: how do you word a goodbye to a client who just stopped coming?",
                        "I'm leaving the practice in June and need to say goodbye to my clients.",
                        "Final session today; she gave me a card and we both cried.",
                        "How do you end well with a client who dreads goodbyes?",
                        "Closing the case was the right call; she's thriving.",
                        "This is my last week at the clinic before maternity leave, thanks everyone!"));
        c.put(
                "negated risk and fear of dying",
                List.of(
                        "I'm not suicidal, just exhausted after the audit.",
                        "I've been so scared of dying since my diagnosis; anyone work with health anxiety?",
                        "I nearly died in the car crash last spring and I'm grateful every day.",
                        "i'm not in a dark place just tired of the admin",
                        "I think about death a lot since my dad died, it's normal grief and I have good support.",
                        "I had a dream I died and woke up laughing.",
                        "Glad to be alive after the surgery, back Monday!",
                        "I'm not going anywhere, I love this forum.",
                        "No plans to do anything silly, I'm just venting.",
                        "Death doesn't scare me as a topic, I've worked in palliative care for years."));
        c.put(
                "everyday senses of means, places and preparations",
                List.of(
                        "I took my meds this morning and felt better by lunch.",
                        "The train was cancelled again so I did the session from the platform.",
                        "I updated my will after the divorce, it's just good practice.",
                        "I'm giving away my old textbooks before I move to Australia.",
                        "I have the rope for the climbing trip packed and ready.",
                        "I bought paracetamol and cold medicine because the whole house has flu.",
                        "I wrote letters to each of my clients explaining my retirement.",
                        "This will be my final post on this thread, I've said all I can about the policy.",
                        "I'm not going to be around much next month, I'm on a silent retreat.",
                        "Crossing the bridge every morning is the calmest part of my commute.",
                        "I stood on the edge of the Grand Canyon on holiday and felt so alive.",
                        "I've given up sugar and I feel great.",
                        "I can't take any more admin this week, roll on Friday.",
                        "Paid off the credit card finally, what a relief!",
                        "I keep my knives sharp, cooking is my self-care."));
        return c;
    }
}

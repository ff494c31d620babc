package org.securebase.tags;

import java.util.HashSet;
import java.util.Set;

/**
 * Word lists for the tag suggester's typo mending, derived from the Debian wamerican and wbritish word lists (in
 * their US spelling); derive them again when the key words of {@link BehaviourCues} change. Plain Java.
 */
final class SuggestWords {

    /**
     * Ordinary English words one edit from a key word of the cues: "attached" is not a typo of "attacked", nor
     * "started" of "startled", so these are never mended.
     */
    private static final String REAL_WORDS = """
            abased abound absents accent accented accenting accents account accursed actives adaptive addition additions
            additive adkins admits adores adorned adorning adverted adverting adverts advise aground alcoholics alerted
            alerting alerts alight allays allots alloyed alloying alloys alteration alterations altercation altercations
            ambulances amused angelia angelica angelico antone anythings aright ashing assent attends attentions attucks
            averred averring babied babier babiest bagging baited balked banked banking baring barked barley barraged
            barrages basely basked basses basted bathed bather bathers bathrooms bating batten batter battled battles
            battling beading beaming beaning bearding bearing become bedrooms bedside behinds beings belated belonging
            belting bereavements bering besides besting betide betted betters betting bettor binging bitter blacked
            blacking blacks blandly blanker blanket blaring blazing bleating blight blinked blinking blinks blushed
            blushes blushing boating boding boeing bogging boning booing borden bottle bought bowing boxing boyfriends
            braises breach breadth breakups breathed breather breathes breaths breathy breeze bridging briggs brilliants
            brinks broker brothel brothers bruise bruised bruiser bruisers bucked bugging buildings bushed bushes
            bushiness bushing busses busyness butted butter cabled cabling caging caking calked calking calmer calming
            calved calving caning cannon capers carding careers caress caretakers carets carina carnot carping carting
            carvers carving casing caters caving cawing ceilings cellars cerebra chance chanced chances chancing chanted
            chanting characters charge charged charges charging cheaper cheeked cheeking cheeks chester chests chicks
            childhoods chinks chocked chocking chocks choose choosey chucked chucking chucks chunky claimed clamped
            clanged clanging clangs classrooms cleaned cleanly cleanse clearer clears cleats cleaved clients clinking
            clinks cloches cloned clothe clothed cloths clover cloyed clunks coaling coddle coddled coddles coddling
            coding cohered cohering coiling coking collar colleague combine comers comings commenced commencing commend
            commended commending commends commitments complaisant compliant comport comported comporting comports
            concentrated concentrates concert concerts condoled confine confined confines confining conflicts confuse
            confuser confuses confuted connects conner consent consider console consoles constants container contend
            contents contest context contract contracted contracting contracts contused convent conversations convince
            convinces cooing cooking cooping copings copping copying coring cornea corned corners cornet cornier coroner
            countess coupled couples couplet covered coverings covers coveting cowing cowling cradled cradling crammed
            created creating cricked crickets cringing crumbled crumbles crumple cryings culled culling cupboards curdle
            curdled curdles curdling curing curried curtails curtain damped daring daughters deadlocks dealings decease
            deceases decreased deepen defect defected defecting defection defections defector defectors defects defend
            defendant defendants defended defending defends dentists deplored deploring deport deported deporting
            deportment deports depresses derails describe described descries despise despised detaches detail detains
            dialing difficulty dinging dinker discourage discourages discoursed discourses discus discuses distanced
            distances distractions divorced divorces doctors dogging domestics dowelling doyens drafting drafts draping
            drawings drawling dreamed dreaming dreams drinkers drinkings drinks dripped dripping drooped drooping
            dropper droppings dryads duding duelling duping dwellings earbud earphone eaters eighth eights emergence
            emoticon emoticons engaged engrosses enquire enquiry enrage enrages esters esther evidenced evidences
            exampled examples exercised exercises exiting expert experts explains explode explored explorer explores
            expressions failing fallow fallowed fallowing fallows farther faster fatter feather feathers feeding
            feedings felling fellow fellows fester fiends fifteens figured figures filling finches finisher finishes
            flights flitting floors flower flowery foosball footballs footfall forged forger forges forgets forgot
            forster fortnights forwards fosters framework freeing friend friendships frieze friezes frighting frights
            fueling fulling functions funerals funereal gaggle gaggles gaging gamine gamins gaping garaged garages
            garbage gating gibing gigged gigging girlfriends glared glazes glazing glossy glowing goggle goggled goggles
            goggling goodby goodbyes goodbys grainy grandads granddads grandfathers grandmas grandmothers grandpas
            grassy grazed grazing groping grounds growling gutting hallway handed handel handing handler handlers
            hangings hardily hassled hassles hatting header headphone healed heaped heated heaved heeded helplines
            herded hieing hiking hinging hinting hiring hiving hogged hogging holdings holidays holing hooding hording
            horribly hospitals households huggins humane hungary hunger hungers husbands immerse immerses impossibles
            impossibly incense inconvenienced inconveniences incredible incurious independents inevitable initialed
            initialing insist instanced instances instants insure insured insures insuring intellectuals intenser
            interests inured inures inuring issued jalousies keeling keening kindergartens kinking lacked lapsed larches
            lasing lasses lathes launched launches launching leaded leading leafed leafing leaked leaking leaped leaping
            learned leased leases leashes leasing lengths lengthy licked linger listed listens lister liston littler
            livability lively living loaned loaves locations locution lodger logger logistic longed looped looping
            loosed loosing looted looting loping lounged lounges lowing loyally lucked lugged lushes lynched lynches
            lynching machined machines making managed managements manager managers manger manned manners marking
            marriages mashing massage massages massaging massing master mather matted mattel matters mattes meaning
            medial mediation medicals medications meditation menage menages messing midday midways minuet minuets
            minuses minuted minuter minutest miscarriages misting misusing mocker modest moments mooing mooning mopping
            mornings mouths movements mowing mucked multiples multiplex multiply mussing mutter nearby neared neater
            neatly nighty norman noshing notching nothings noting novice novices nuisances nursed officer offices opined
            orderings otters outsider outsides outsize overrate overrates packer packet packing palled palling paranoia
            paranoids parked parsed parson passel passer passes pasted pastern patent patented patenting patents patter
            patterns patters paunches paunchier paunchiest paunchy paused paying pearson pecked pecking peopled peoples
            perfects persona persons petrifies phobos phooey photograph photography photon photons physicals picker
            picket pickings pickled pickling pickups pictured pieced pierces piking pilled pilling pinched pinches
            pinching pinked pinking pisces pissed placed placing planed planing plated plating pleased pleases pleasing
            pleated pleating pleats plying pocked pocking poison policed polices policy politer polity polled polling
            possessives practicals praise praises prayed praying prefect preoccupies presentations preset presets
            prevent prevents pricked pricking prised prising prisons projecting projector projects protect protected
            protectors psyches psycho psychs puller pullet pulley pulped pulping pulsed pulsing purled purling puzzled
            puzzler puzzles racing racking ragging raided railed rained ramses ranging ranking raping rarefy raring
            rasher rating raving razing readings readying realtor realtors realty reaming reaping rearing reasons
            rebuses recalls receipt recollections recollects recreated recreating rector rectors redding reelect
            reelected reelecting reelection reelections reelects refuge refuges refute refuted refutes refuting regained
            regains regally reheated reilly relaying relied relies remain remarks remembers remoter remotes remounting
            remove rending repaying repealed repeater repented reports reserve reserves resort retained retains retched
            retches retching retort retread retreaded retreading retreads reunions reused reuses reusing revere revered
            reveres reverie reveries revering reverted reverting ridging rigging rinsing roached roaches roaching
            robotics rubbishy ruining sacred sailing sashes sating saving sawing sayings scaled scanting scares scarfed
            scaring scarred schools scones scopes scored scorer scorers scoring scouted scouting scouts scrams screens
            seamed seared searing seating seattle seeded seeding seeings seeming seeped seeping sentenced sentences
            sentience settee settees settings settler settlers settling seventh sewing sexing sexting shaded shades
            shading shadow shadowy shafted shafts shakes shaking shamed shames shaming shaped shapes shaping shaved
            shaves shaving sheared shearing sheered sheering sheers shifty shilling shingle shires shirted shirts
            shitting shooed shooting shoots shopped shopping shored shores shoring shorted shorting shorts shoulders
            shoved shower shrieks shrines shrink shrubs shrunk shunting shuttling shying sibling sifted sifter sifting
            silents silting simple singer singers singing singled singles singly siring sisters siting sitter sittings
            skulking skying slashed slashes slashing slaying sleeking sleeves slinging slings slitting slopped slopping
            slowed slummed slurped slurps smiting smoothed smoother smoothes smoothing smoulder snared snares snaring
            sneaks sneered sneering snitch snitched snitches snitching snores snorted snorting snouts snowed soared
            soaring soiling solution someones somethings sopped sopping sorter sortied soughs spaded spades spading
            spanning spared spares sparing spates spayed spaying spears specifics specks speeds spiced spices spicing
            spilling spinal spinals spitting spores sported sporting spouses spouted spouting spouts spring spying
            squire squired squires squiring squirt squirted squirting squirts stacey stacked stacking stacks staged
            stages staging staked stakes staking staled staler stales staling stalled stalling stalls stamps starch
            starched starches starching starker starling starred starring started starting starts starved starves
            starving stashed stashes stashing stated states stating statistic statue statues stature statuses statute
            staved staves staving staying steaks steeds steeled steeling steels steeped steeping steeps stepdads
            stepfathers stepmoms stepmothers stepped stepping stiffen stifling stinger stingers stinging stings stirling
            stitch stitched stitches stitching stomped stomping stoner stooped stooping stoops stopper stored stores
            storey storied storing storks stowed straggle straggled straggler stragglers straggles straggling straights
            strands stranger strangers strayed streak streamed streaming streams stretched stretcher stretchers strides
            strife strike strings stringy stripe strive strode stroll strolled strolling strolls strong stropped
            stropping struggled struggles strung stumped stumps stupids subjects sucking supports surfaced surfaces
            survived survives suspicions swashed swashes swashing swatch swatches swayed swaying swifts swigging
            swilling swines swopped swopping tables tablet tacked tacking tackle tackled tackles tackling takers takings
            taller taming tanked tanker tankers tanking taping taring tasked tasking taxing teaches technique tended
            tenders tenser tenting terrifies terrors thanking thanks therapists thinning thirsty thongs thorough thought
            threads throat throats throbs throes thunks ticked ticking tilling tinder tinkle tinkled tinkles tinkling
            toddies toiled toiler toilets toking tolerates tolling toning torched torment torrens torrents touches
            toying traced tracer tracers traces tracing tracts trailing traumas treads treatments treaty tricked
            tricking trickle trickled trickles trickling tricks troubled trough trucked trucker truckers trucking trucks
            truing tubing turfed turing twinks upbringings usable vacations valley velcros violet vocation volleys
            waders wafted wafting waited waiving walled wallop walloping wallows waning wanked wanking wanner warder
            warders warding wardrobes waring warming warnings warping warring wasted wasting weathers wherever whites
            whither whiting wiggle wiggled wiggler wigglers wiggles wiggling wiggly willow windows winnow witched
            witches witching withdrew wonted worded wordier wording workers workings worksheet wormed wormier worming
            wounder writer writers writhes writing
            """;

    /** The words that begin with a key word beginning of the cues (abandon: abandoned, abandonment, ...). */
    private static final String STEM_WORDS = """
            abandon abandoned abandoning abandonment abandons accept acceptability acceptable acceptably acceptance
            acceptances accepted accepting accepts accusation accusations accusative accusatives accusatory accuse
            accused accuser accusers accuses accusing accusingly accustom accustomed accustoming accustoms addict
            addicted addicting addiction addictions addictive addicts administer administered administering administers
            administrate administrated administrates administrating administration administrations administrative
            administratively administrator administrators admins affection affectionate affectionately affections
            aggression aggressive aggressively aggressiveness aggressor aggressors agitate agitated agitates agitating
            agitation agitations agitator agitators allowable allowance allowances allowed allowing allows alternate
            alternated alternately alternates alternating alternation alternations alternative alternatively
            alternatives alternator alternators ambivalence ambivalent ambivalently amnesia amnesiac amnesiacs answer
            answerable answered answering answers anxious anxiously apologia apologias apologies apologist apologists
            apologize apologized apologizes apologizing approach approachable approached approaches approaching arrival
            arrivals arrive arrived arrives arriving assault assaulted assaulter assaulting assaults attach attached
            attaching attachment attachments attack attacked attacker attackers attacking attacks believable believe
            believed believer believers believes believing berate berated berates berating bombard bombarded bombardier
            bombardiers bombarding bombardment bombardments bombards bother bothered bothering bothers bothersome
            bringing brings burden burdened burdening burdens burdensome cheated cheater cheaters cheating cheats
            checkbook checkbooks checked checker checkerboard checkerboards checkered checkering checkers checking
            checklist checklists checkmate checkmated checkmates checkmating checkout checkouts checkpoint checkpoints
            checkroom checkrooms checks checkup checkups clingier clingiest clinging clings clingy collapse collapsed
            collapses collapsible collapsing collect collectable collectables collected collectible collectibles
            collecting collection collections collective collectively collectives collectivism collectivist
            collectivists collectivize collectivized collectivizes collectivizing collector collectors collects comfort
            comfortable comfortably comforted comforter comforters comforting comfortingly comforts comment commentaries
            commentary commentate commentated commentates commentating commentator commentators commented commenting
            comments compartmentalize compartmentalized compartmentalizes compartmentalizing complain complainant
            complainants complained complainer complainers complaining complains complaint complaints confidant
            confidante confidantes confidants confide confided confidence confidences confident confidential
            confidentiality confidentially confidently confides confiding contact contactable contacted contacting
            contacts counsel counseled counseling counselings counselled counselling counsellor counsellors counselor
            counselors counsels cowered cowering cowers crawled crawling crawls crawlspace crawlspaces cuddle cuddled
            cuddles cuddlier cuddliest cuddling cuddly deactivate deactivated deactivates deactivating declination
            decline declined declines declining deflect deflected deflecting deflection deflections deflector deflectors
            deflects demand demanded demanding demands depart departed departing department departmental departmentalize
            departmentalized departmentalizes departmentalizing departments departs departure departures depend
            dependability dependable dependably dependance dependant dependants depended dependence dependencies
            dependency dependent dependents depending depends deploy deployed deploying deployment deployments deploys
            destroy destroyed destroyer destroyers destroying destroys diagnose diagnosed diagnoses diagnosing diagnosis
            diagnostic diagnostician diagnosticians diagnostics disappear disappearance disappearances disappeared
            disappearing disappears disorganization disorganize disorganized disorganizes disorganizing dissociate
            dissociated dissociates dissociating dissociation distress distressed distresses distressful distressing
            distressingly downplay downplayed downplaying downplays dreaded dreadful dreadfully dreading dreadlocks
            dreadnought dreadnoughts dreads drunkard drunkards drunken drunkenly drunkenness drunker drunkest drunks
            emailed emailing emails embrace embraced embraces embracing endless endlessly endlessness expect expectancy
            expectant expectantly expectation expectations expected expecting expectorant expectorants expectorate
            expectorated expectorates expectorating expectoration expects flinch flinched flinches flinching focused
            focuses focusing focussed focusses focussing follow followed follower followers following followings follows
            followup followups freaked freakier freakiest freaking freakish freaks freaky freeze freezer freezers
            freezes freezing giggle giggled giggler gigglers giggles gigglier giggliest giggling giggly glance glanced
            glances glancing hospitalization hospitalizations hospitalize hospitalized hospitalizes hospitalizing
            hostile hostilely hostiles hostilities hostility humiliate humiliated humiliates humiliating humiliation
            humiliations ignoramus ignoramuses ignorance ignorant ignorantly ignore ignored ignores ignoring imaginable
            imaginably imaginary imagination imaginations imaginative imaginatively imagine imagined imagines imaging
            imagining inconsistencies inconsistency inconsistent inconsistently inconsolable initiate initiated
            initiates initiating initiation initiations initiative initiatives initiator initiators injure injured
            injures injuries injuring injurious injury intellectualize intellectualized intellectualizes
            intellectualizing intermittent intermittently interrogate interrogated interrogates interrogating
            interrogation interrogations interrogative interrogatives interrogator interrogatories interrogators
            interrogatory jealous jealousies jealously jealousy laughable laughably laughed laughing laughingly
            laughingstock laughingstocks laughs laughter liabilities liability lunchbox lunched luncheon luncheonette
            luncheonettes luncheons lunches lunching lunchroom lunchrooms lunchtime lunchtimes lunged lunges lurched
            lurches lurching menace menaced menaces menacing menacingly mention mentioned mentioning mentions message
            messages minimization minimize minimized minimizes minimizing molest molestation molested molester molesters
            molesting molests monitor monitored monitoring monitors notice noticeable noticeably noticeboard
            noticeboards noticed notices obsess obsessed obsesses obsessing obsession obsessions obsessive obsessively
            obsessives oscillate oscillated oscillates oscillating oscillation oscillations oscillator oscillators
            panicked panicking panicky panics phoned phoneme phonemes phonemic phones phonetic phonetically phonetician
            phoneticians phonetics phoney phoneyed phoneying phoneys pleaded pleader pleaders pleading pleads prefer
            preferable preferably preference preferences preferential preferentially preferment preferred preferring
            prefers pressed presses pressing pressings pressman pressmen pressure pressured pressures pressuring
            pressurization pressurize pressurized pressurizes pressurizing protest protestant protestantism
            protestantisms protestants protestation protestations protested protester protesters protesting protestor
            protestors protests psychos psychoses psychosis psychosomatic punched punches punchier punchiest punching
            punchline punchy punish punishable punished punishes punishing punishment punishments question questionable
            questionably questioned questioner questioners questioning questioningly questionnaire questionnaires
            questions reachable reached reaches reaching reacted reacting reaction reactionaries reactionary reactions
            reactivate reactivated reactivates reactivating reactivation reactive reactor reactors reacts reassurance
            reassurances reassure reassured reassures reassuring reassuringly rebuff rebuffed rebuffing rebuffs recoil
            recoiled recoiling recoils redirect redirected redirecting redirection redirects reflect reflected
            reflecting reflection reflections reflective reflector reflectors reflects refusal refusals refuse refused
            refuses refusing reject rejected rejecting rejection rejections rejects relentless relentlessly
            relentlessness respond responded respondent respondents responding responds retreat retreated retreating
            retreats return returnable returnables returned returnee returnees returning returns reunite reunited
            reunites reuniting reversal reversals reverse reversed reverses reversible reversing reversion scorned
            scornful scornfully scorning scorns scratch scratched scratches scratchier scratchiest scratchiness
            scratching scratchy scream screamed screaming screams scroll scrolled scrolling scrolls search searched
            searcher searchers searches searching searchingly searchlight searchlights separate separated separately
            separates separating separation separations separatism separatist separatists separator separators shareable
            sharecropper sharecroppers shared shareholder shareholders sharepoint shares shareware shouted shouting
            shouts smashed smashes smashing smother smothered smothering smothers soothe soothed soothes soothing
            soothingly soothsayer soothsayers spiral spiraled spiraling spiralled spiralling spirally spirals squirm
            squirmed squirmier squirmiest squirming squirms squirmy stalked stalker stalkers stalking stalkings stalks
            startle startled startles startling startlingly stereotype stereotyped stereotypes stereotypical
            stereotyping stonewall stonewalled stonewalling stonewalls stormed stormier stormiest stormily storminess
            storming storms stormy strangle strangled stranglehold strangleholds strangler stranglers strangles
            strangling strategic strategically strategies strategist strategists strategy swinger swingers swinging
            swings switch switchable switchback switchbacks switchblade switchblades switchboard switchboards switched
            switcher switches switching tantrum tantrums threat threaten threatened threatening threateningly threatens
            threats throwaway throwaways throwback throwbacks thrower throwers throwing thrown throws tickle tickled
            tickles tickling ticklish toddle toddled toddler toddlers toddles toddling tracked tracker trackers tracking
            tracks trance trances travel traveled traveler travelers traveling travelings travelled traveller travellers
            travelling travellings travelog travelogs travelogue travelogues travels understand understandable
            understandably understanding understandingly understandings understands unpredictability unpredictable
            unreliability unreliable violence violent violently visitation visitations visited visiting visitor visitors
            visits vulnerabilities vulnerability vulnerable vulnerably wander wandered wanderer wanderers wandering
            wanderlust wanderlusts wanders watchband watchbands watchdog watchdogs watched watcher watchers watches
            watchful watchfully watchfulness watching watchmaker watchmakers watchman watchmen watchtower watchtowers
            watchword watchwords withdraw withdrawal withdrawals withdrawing withdrawn withdraws wonder wonderbra
            wondered wonderful wonderfully wondering wonderland wonderlands wonderment wonders worried worrier worriers
            worries worrisome wriggle wriggled wriggler wrigglers wriggles wriggling wriggly
            """;

    private SuggestWords() {}

    static Set<String> realWordsNearKeyWords() {
        return Set.of(REAL_WORDS.strip().split("\\s+"));
    }

    /** The key words with the whole words of the key word beginnings, so that "reassurence" mends to "reassurance". */
    static Set<String> withStemWords(Set<String> keyWords) {
        Set<String> all = new HashSet<>(keyWords);
        all.addAll(Set.of(STEM_WORDS.strip().split("\\s+")));
        return all;
    }
}

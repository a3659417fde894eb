// The predicate lexicon: which words state which event, and where the place stands around them.
// Data, not code: the clause reader (../read-clauses.ts) only interprets these tables. Lemmas are as
// wink-nlp's English model gives them ("seized" → "seize", "fighting" → "fight", "fell" → "fall").
//
// Grounded in ACLED's definitions (battles: armed clash, non-state actor overtakes territory,
// government regains territory; explosions/remote violence: air/drone strike, shelling/artillery/
// missile attack, remote explosive; strategic developments: non-violent transfer of territory,
// headquarters established) and in the phrasing families annotated on real reporting
// (eval/real/README.md: active, passive, intransitive, nominal, light-verb, under-control, reach,
// advance, encircle, enter-storm, withdraw, hostilities, failed-attempt, strike, displacement, collapse).
import type { EventKind, RegionExtent } from '../../domain/types';
import { AREA_PREPOSITIONS } from './syntax';

/** Nouns of fighting whose clause a head needs ("killed in X" amid clashes; "the fighting spread from X to Y"). */
const FIGHTING_WORDS = ['hostilities', 'clashes', 'fighting', 'battles', 'combat'];

/** The phrasing family of a predicate, as annotated in the gold files (scored per family). */
export type Family =
	| 'active'
	| 'passive'
	| 'intransitive'
	| 'nominal'
	| 'light-verb'
	| 'under-control'
	| 'reach'
	| 'advance'
	| 'encircle'
	| 'enter-storm'
	| 'withdraw'
	| 'hostilities'
	| 'failed-attempt'
	| 'strike'
	| 'displacement'
	| 'collapse';

/**
 * Where a place stands relative to the head word:
 * - `object`: after it ("seized Saraqib", "advanced toward Hama", "the fall of Aleppo");
 * - `subject`: before it ("Hama fell", "Saraqib was captured", "Halfaya came under their control");
 * - `around`: either side, the nearest ("clashes in Aleppo", "in Aleppo, fighting continued").
 * Verbs in the passive voice turn `object` into `subject` by themselves.
 */
export type Slot = 'object' | 'subject' | 'around';

export interface Predicate {
	/** Head lemmas. */
	lemmas: string[];
	kind: EventKind;
	family: Family;
	slot: Slot;
	/** Part of speech the head must have (wink's UPOS): a verb, a noun, or either. */
	pos: 'verb' | 'noun' | 'any';
	/** When set, one of these words must come right after the head (a particle: "pull out", "break into"). */
	particles?: string[];
	/** When set, the head states the event only with one of these words right before it ("air" strike). */
	modifiers?: string[];
	/** Words that, right after the head, mean something else ("take part", "take place"). */
	notBefore?: string[];
	/** The head counts only in this voice ("were pushed back" is a withdrawal; "pushed back the rebels" is not theirs). */
	voice?: 'passive';
	/** The head counts only with one of these words within three words before it ("now control"; a hyphened
	 *  word is one: "launched a large-scale offensive"). */
	after?: string[];
	/** The head does not count right after one of these words ("support for the government to restore order in X": a purpose). */
	notAfter?: string[];
	/** The head counts only with one of these words within three words after it ("targeted militant positions"). */
	objects?: string[];
	/** The head counts only where one of these words stands in its clause ("killed in X" is a fight in X
	 *  where the clause tells of clashes, not where it tells of a strike, or where another clause does). */
	inClause?: string[];
	/** The head does not count where one of these words stands in its clause ("sent reinforcements to the
	 *  outskirts of X" shores a place up; no one reached it). */
	notInClause?: string[];
	/** The place must follow one of these words, anywhere in the head's window ("marched from the east toward X"). */
	via?: string[];
	/** The head is a distance: when it measures a movement verb just before it ("retreated 20 km from X"), it is
	 *  that movement's, not an event of its own. */
	measure?: boolean;
	/** The subject is the side that lost the place, not the one that took it ("the army lost control of X"). */
	subjectLoses?: boolean;
	/** The head states an event only when its subject is the state itself ("Assad's rule has ended"). */
	stateSubjectOnly?: boolean;
	/** The head states an event only when what it brings down is the state ("the overthrow of the regime"). */
	stateObjectOnly?: boolean;
	/** The head states an event only when its subject is the state or its forces (COLLAPSE_SUBJECTS). */
	forcesSubjectOnly?: boolean;
	/** In the passive, the subject is the side that lost the place ("the SDF was expelled from Manbij"). */
	passiveSubjectLoses?: boolean;
}

/** Nouns of air cover beside a ground fight ("with air support", "under air cover"): a strike of their own, and
 *  part of the fight's frame (read-clauses.ts airCoverOf). */
export const AIR_COVER_NOUNS = ['support', 'cover', 'backing'];

/** Things a side "controls" that are no ground: the army "controlled the situation in X", "the unrest". */
const CONTROLLED_STATES = [
	'situation',
	'unrest',
	'chaos',
	'fire',
	'fires',
	'riots',
	'crowd',
	'crowds',
	'spread'
];

/** Forms of the verbs that launch an offensive, as `after` reads them (the words as written). */
const LAUNCHING_FORMS = [
	'launch',
	'launched',
	'launches',
	'launching',
	'start',
	'started',
	'starts',
	'began',
	'begin',
	'begun',
	'opened',
	'open',
	'mounted',
	'mount',
	'unleashed'
];

/** Words for aircraft: "warplanes attacked X", "jets widened their attacks on X" strike from the air. */
export const AIRCRAFT_WORDS = [
	'aircraft',
	'warplanes',
	'warplane',
	'jets',
	'planes',
	'helicopters',
	'bombers'
];

/** An air arm named as a force ("two air forces attacked X"): it strikes from the air. */
export const AIR_ARM_WORDS = ['air force', 'air forces'];

/** A withdrawal or flight is military when its subject is one of these; otherwise `flee` is displacement. */
export const MILITARY_SUBJECTS = [
	'army',
	'forces',
	'troops',
	'soldiers',
	'regime',
	'government',
	'units',
	'fighters',
	'militia',
	'militias',
	'hezbollah',
	'sdf',
	'officers',
	'commanders',
	'personnel',
	'division',
	'brigade',
	'garrison',
	'guards',
	'defenders',
	'iranian',
	'russian',
	'vessels',
	'ships',
	'navy',
	'warships',
	'advisers',
	'advisors',
	// "the army and its allies left X": the army's allied militias
	'allies'
];

/** Units of a distance ("30 kilometres from X"): a force's distance from a place, not a trip from it. */
export const DISTANCE_UNITS = ['km', 'kilometre', 'kilometer', 'kilometres', 'kilometers', 'mile', 'miles'];

/** Verbs and nouns that state an event by themselves. Earlier rows win when a head matches two. */
export const PREDICATES: Predicate[] = [
	// strikes: remote violence, the place is the target
	{
		lemmas: ['bomb', 'bombing', 'explosion', 'blast'],
		modifiers: ['car', 'vehicle', 'suicide', 'booby-trapped', 'truck'],
		kind: 'car-bomb',
		family: 'strike',
		slot: 'around',
		pos: 'any'
	},
	{ lemmas: ['vbied', 'vbieds'], kind: 'car-bomb', family: 'strike', slot: 'around', pos: 'any' },
	{
		lemmas: ['strike', 'raid', 'attack'],
		modifiers: ['drone', 'drones', 'uav', 'kamikaze'],
		kind: 'drone-strike',
		family: 'strike',
		slot: 'around',
		pos: 'any'
	},
	// "warplanes attacked X", "aircraft targeted X", "the air forces destroyed X", a headline's "aircraft attack X"
	// (which the tagger reads as a noun, as it reads "an aircraft attack on X"): aircraft that attack strike from
	// the air, not a ground fight
	{
		lemmas: ['attack', 'target', 'strike', 'hit', 'pound', 'bomb', 'destroy'],
		modifiers: [...AIRCRAFT_WORDS, ...AIR_ARM_WORDS],
		kind: 'airstrike',
		family: 'strike',
		slot: 'around',
		pos: 'any'
	},
	{
		lemmas: ['strike', 'raid', 'bombardment', 'bombing', 'attack', 'assault', 'campaign'],
		modifiers: ['air', 'aerial', 'russian', 'israeli', 'airstrike'],
		kind: 'airstrike',
		family: 'strike',
		slot: 'around',
		pos: 'noun'
	},
	// "stormed the town with air support", "pushing on under air cover": the air side struck where the ground
	// fight was (with no place of its own, the strike takes the sentence's other event's place)
	{
		lemmas: [...AIR_COVER_NOUNS],
		modifiers: ['air', 'aerial'],
		// a fight waged "with" or "under" it, or "backed by" it; not "withdrew its air support"
		after: ['with', 'under', 'by'],
		kind: 'airstrike',
		family: 'strike',
		slot: 'around',
		pos: 'any'
	},
	// "an air offensive": from the air an offensive is strikes, not the ground fighting it is otherwise (below);
	// any part of speech, as the tagger reads "offensive" as an adjective
	{
		lemmas: ['offensive'],
		modifiers: ['air', 'aerial'],
		kind: 'airstrike',
		family: 'strike',
		slot: 'around',
		pos: 'any'
	},
	{
		lemmas: [
			'airstrike',
			'air-strike',
			'warplane',
			'jet',
			'bomb',
			'bombard',
			'bombing',
			'bombardment',
			'barrel'
		],
		kind: 'airstrike',
		family: 'strike',
		slot: 'around',
		pos: 'any'
	},
	{ lemmas: ['strike'], kind: 'airstrike', family: 'strike', slot: 'around', pos: 'noun' },
	{
		lemmas: ['shell', 'shelling', 'artillery', 'mortar', 'rocket', 'missile', 'howitzer'],
		kind: 'shelling',
		family: 'strike',
		slot: 'around',
		pos: 'any',
		// "rocket depots", "rocket launchers", "the artillery school": weapons and units, no strike
		notBefore: [
			'depot',
			'depots',
			'launcher',
			'launchers',
			'warehouse',
			'warehouses',
			'stockpile',
			'stockpiles',
			'factory',
			'factories',
			'school',
			'college',
			'battalion',
			'brigade',
			'regiment',
			'base',
			'systems'
		]
	},
	{ lemmas: ['projectile'], kind: 'projectile', family: 'strike', slot: 'around', pos: 'any' },
	// not "target" alone: "an offensive targeting Aleppo" is the aim of an offensive, not a strike; "targeted
	// militant positions in X", "targeted a bridge in X" (state media's and monitors' way of telling a strike,
	// with the thing hit as its object) is one; not people or vehicles ("targeted government troops", "army
	// checkpoints"), whom ground fighters target as much as aircraft
	{ lemmas: ['strike', 'hit', 'pound'], kind: 'airstrike', family: 'strike', slot: 'object', pos: 'verb' },
	{
		lemmas: ['target'],
		objects: [
			'positions',
			'gatherings',
			'headquarters',
			'hideouts',
			'depots',
			'convoys',
			'convoy',
			'vehicles',
			'fortifications',
			'concentrations',
			'movements',
			'dens',
			'launchers',
			'bridge',
			'bridges',
			'base',
			'bases',
			'location',
			'locations',
			'site',
			'sites',
			'strongholds',
			'barracks'
		],
		kind: 'airstrike',
		family: 'strike',
		slot: 'around',
		pos: 'verb'
	},
	// "a research centre in X was also targeted", "X was targeted overnight": what was targeted is the subject
	// (not a ground push's aim, "X was targeted in the offensive", nor a habit, "had been targeted many times")
	{
		lemmas: ['target'],
		kind: 'airstrike',
		family: 'strike',
		slot: 'object',
		pos: 'verb',
		voice: 'passive',
		notInClause: ['offensive', 'assault', 'campaign', 'advance', 'times']
	},
	// control changing hands
	{
		lemmas: [
			'capture',
			'seize',
			'overrun',
			'overran',
			'liberate',
			'recapture',
			'retake',
			'regain',
			'wrest',
			'conquer',
			'secure',
			'take',
			'grab',
			'reclaim',
			'free',
			'win'
		],
		kind: 'capture',
		family: 'active',
		slot: 'object',
		pos: 'verb',
		// "a video (purportedly) taken in X", "photos taken in X": pictures made there, nothing seized
		notAfter: [
			'video',
			'videos',
			'footage',
			'photo',
			'photos',
			'photograph',
			'photographs',
			'picture',
			'pictures',
			'image',
			'images',
			'clip',
			'clips'
		],
		notBefore: [
			'place',
			'part',
			'note',
			'refuge',
			'shelter',
			'time',
			'up',
			'over',
			'aim',
			'steps',
			'measures',
			'action',
			'off',
			// "the interim government took office in Damascus"
			'office',
			'power'
		]
	},
	{ lemmas: ['take'], particles: ['over'], kind: 'capture', family: 'active', slot: 'object', pos: 'verb' },
	// "the army restored X and Y": places won back, named right after the verb (restoring order or control
	// there: the "restore" row further down). Not calm, services or ties restored there, nor a building
	// ("restored the old mosque in X"): a determiner after the verb is some other thing
	{
		lemmas: ['restore'],
		kind: 'capture',
		family: 'active',
		slot: 'object',
		pos: 'verb',
		// "support for the army to restore X": a purpose, not a deed
		notAfter: ['to'],
		notBefore: [
			'security',
			'stability',
			'order',
			'control',
			'calm',
			'services',
			'power',
			'electricity',
			'water',
			'communications',
			'internet',
			'normalcy',
			'normal',
			'life',
			'ties',
			'relations',
			'the',
			'a',
			'an',
			'its',
			'their',
			'his',
			'her'
		]
	},
	// "the SNA cleared the area west of X": forces clearing ground take it (ACLED: overtakes territory);
	// clearing a way, rubble or mines is not taking the place where it happens
	{
		lemmas: ['clear'],
		kind: 'capture',
		family: 'active',
		slot: 'object',
		pos: 'verb',
		notBefore: [
			'the way',
			'the path',
			'the road',
			'the roads',
			'the rubble',
			'the debris',
			'the mines',
			'way',
			'rubble',
			'debris',
			'mines',
			'roads',
			'out',
			'up',
			'of'
		]
	},
	// "the army lost control of X": X changed hands, away from the subject (ACLED: the other side overtook it)
	// (not "people lost their lives in X": deaths, told by the fighting or strike that caused them)
	{
		lemmas: ['lose'],
		kind: 'capture',
		family: 'active',
		slot: 'object',
		pos: 'verb',
		subjectLoses: true,
		notInClause: ['lives', 'life']
	},
	{
		lemmas: ['fall', 'collapse', 'surrender', 'capitulate'],
		kind: 'capture',
		family: 'intransitive',
		slot: 'subject',
		pos: 'verb',
		// "the army fell back from X" is a withdrawal (below), not X's fall ("the town fell back to the SDF" is one)
		notBefore: ['back from', 'back toward', 'back towards']
	},
	// state media's "restored security and stability to X", "restored control over X": a recapture
	{
		lemmas: ['restore'],
		objects: ['security', 'stability', 'control', 'order'],
		via: ['to', 'over', 'in'],
		// "backing the army to restore order in X" says what it is for, not what it did
		notAfter: ['to'],
		kind: 'capture',
		family: 'active',
		slot: 'object',
		pos: 'verb'
	},
	// "Homs changed hands": a capture whose taker the clause leaves unsaid
	{
		lemmas: ['change'],
		particles: ['hands'],
		kind: 'capture',
		family: 'intransitive',
		slot: 'subject',
		pos: 'verb',
		// "changed hands several times" says it was fought over, not who holds it
		notBefore: ['hands several', 'hands repeatedly', 'hands many', 'hands twice']
	},
	// "rebels now control X", "claim to control X", "claim to hold X" state a change (or a side's claim of
	// one); "still control", a plain present "controls", "hold talks" do not. "Were able to control X",
	// "managed to control X" tell of a change made (not so "managed to hold X": a defence); "managed to
	// control the situation in X" is no ground taken
	{
		lemmas: ['control'],
		notBefore: CONTROLLED_STATES.flatMap((w) => [w, `the ${w}`]),
		kind: 'capture',
		family: 'under-control',
		slot: 'object',
		pos: 'verb',
		after: [
			'now',
			'claim',
			'claims',
			'claimed',
			'claiming',
			'reportedly',
			'fully',
			'able',
			'managed',
			'succeeded'
		]
	},
	{
		lemmas: ['hold'],
		kind: 'capture',
		family: 'under-control',
		slot: 'object',
		pos: 'verb',
		after: ['now', 'claim', 'claims', 'claimed', 'claiming', 'reportedly', 'fully'],
		notBefore: ['talks', 'negotiations', 'meetings', 'a meeting', 'elections', 'out', 'off', 'back']
	},
	// "now occupy X" as "now hold X"; not "fully": "the fully occupied town" is an adjective, as the past
	// "occupied" alone often is ("the X-occupied area"), so it is no verb of capture by itself
	{
		lemmas: ['occupy'],
		kind: 'capture',
		family: 'under-control',
		slot: 'object',
		pos: 'verb',
		after: ['now', 'claim', 'claims', 'claimed', 'claiming', 'reportedly']
	},
	{
		lemmas: [
			'fall',
			'capture',
			'seizure',
			'takeover',
			'liberation',
			'recapture',
			'loss',
			'surrender',
			'conquest'
		],
		kind: 'capture',
		family: 'nominal',
		slot: 'object',
		pos: 'noun'
	},
	// entering and storming
	{
		lemmas: ['enter', 'storm', 'breach', 'infiltrate', 'penetrate', 'raid', 'sweep'],
		kind: 'entry',
		family: 'enter-storm',
		slot: 'object',
		pos: 'verb',
		notBefore: ['into force', 'talks', 'negotiations']
	},
	{
		lemmas: ['break', 'burst', 'pour', 'roll', 'sweep', 'storm'],
		particles: ['into', 'through'],
		kind: 'entry',
		family: 'enter-storm',
		slot: 'object',
		pos: 'verb'
	},
	{
		lemmas: ['entry', 'storming', 'incursion'],
		kind: 'entry',
		family: 'enter-storm',
		slot: 'object',
		pos: 'noun'
	},
	// reaching, advancing, encircling: pressure on a place that is not (yet) taken
	{
		lemmas: ['reach', 'approach', 'arrive', 'near'],
		kind: 'advance',
		family: 'reach',
		slot: 'object',
		pos: 'verb'
	},
	// only where the text puts someone there: "at the gates of", "to the outskirts of" (not "a prison on the outskirts of")
	{
		lemmas: [
			'outskirt',
			'outskirts',
			'gate',
			'gates',
			'doorstep',
			'edge',
			'approaches',
			'suburbs',
			'perimeter'
		],
		kind: 'advance',
		family: 'reach',
		slot: 'object',
		pos: 'noun',
		after: ['at', 'to', 'into', 'reach', 'reached', 'reaching'],
		notInClause: ['reinforcements']
	},
	// "forced back from", "pushed out of": a withdrawal under pressure (before the advance rows: "push back" is not an advance)
	{
		lemmas: ['force', 'push', 'drive', 'beat', 'throw'],
		particles: ['back', 'out'],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'verb',
		voice: 'passive'
	},
	// "the army pushed back insurgents in northern Hama": an attack repelled there, fighting, not a change
	{
		lemmas: ['force', 'push', 'drive', 'beat', 'throw'],
		particles: ['back'],
		kind: 'clash',
		family: 'failed-attempt',
		slot: 'around',
		pos: 'verb',
		// "pushed back into Palmyra" moves on, "drove back to Aleppo" goes home: no fight repelled
		notBefore: ['back into', 'back to', 'back toward', 'back towards']
	},
	// "expelled the SDF from Manbij", "dislodged the army from X": the place the other side was put out of
	// changed hands; in the passive ("the SDF was expelled from X by the SNA") the subject lost it. Not
	// "oust": "Assad was ousted" is the fall of the state told as background, which this reader leaves alone.
	{
		lemmas: ['expel', 'evict', 'dislodge'],
		kind: 'capture',
		family: 'active',
		slot: 'object',
		pos: 'verb',
		via: ['from'],
		passiveSubjectLoses: true
	},
	// the place follows a word of direction, wherever it stands: "marched from the east toward X", "pushed deeper into X"
	{
		lemmas: [
			'advance',
			'push',
			'move',
			'march',
			'head',
			'press',
			'drive',
			'progress',
			'race',
			'sweep',
			'proceed'
		],
		via: ['on', 'toward', 'towards', 'into', 'in', 'to', 'onto', 'upon', 'through', 'inside', 'within'],
		kind: 'advance',
		family: 'advance',
		slot: 'object',
		pos: 'verb',
		// "moved reinforcements to Hama" shores a place up, "heading back to Iraq" goes home: no advance on it
		notBefore: ['reinforcements', 'supplies', 'back to', 'back toward', 'back towards']
	},
	// (any part of speech: the tagger reads "closing in on" as a noun)
	{
		lemmas: ['close', 'closing'],
		particles: ['in'],
		kind: 'advance',
		family: 'advance',
		slot: 'object',
		pos: 'any'
	},
	// "bearing down on X": a force pressing toward a place it has not reached
	{
		lemmas: ['bear'],
		particles: ['down'],
		via: ['on', 'upon'],
		kind: 'advance',
		family: 'advance',
		slot: 'object',
		pos: 'verb'
	},
	// "the fighting spread to X", "hostilities extending into X": with fighting as subject, fighting there
	// (read-clauses.ts fightingSubject); said of a side, its advance
	{
		lemmas: ['spread', 'extend', 'expand'],
		particles: ['to', 'into'],
		via: ['to', 'into'],
		kind: 'advance',
		family: 'reach',
		slot: 'object',
		pos: 'verb'
	},
	// "the fighting spread from X to Y": with its start named first (the start is left to the clause's other
	// words); any part of speech, as the tagger reads a bare "spread" as a noun. Only fighting spreads this
	// way here ("panic spread from X to Y" is no event)
	{
		lemmas: ['spread', 'extend', 'expand'],
		particles: ['from'],
		via: ['to', 'into'],
		inClause: [...FIGHTING_WORDS],
		kind: 'advance',
		family: 'reach',
		slot: 'object',
		pos: 'any'
	},
	// "insurgents are now active in the suburbs of X": a force operating there
	{
		lemmas: ['active', 'present', 'deployed'],
		particles: ['in', 'around', 'inside'],
		kind: 'advance',
		family: 'reach',
		slot: 'object',
		pos: 'any',
		after: ['are', 'were', 'is', 'was', 'now', 'been']
	},
	// "the SDF deployed to X after the army left": a force moving in where it did not stand. Said of the
	// holder ("the army deployed in its own towns") it moves nothing on the map.
	{
		lemmas: ['deploy'],
		particles: ['to', 'into', 'in'],
		// "the army remained fully deployed in X": where it stands, not a move
		notAfter: ['remained', 'remain', 'remains', 'remaining', 'stayed', 'stays', 'still', 'fully'],
		kind: 'entry',
		family: 'reach',
		slot: 'object',
		pos: 'verb'
	},
	// "bringing them closer to X", "getting closer to X"
	{ lemmas: ['closer'], particles: ['to'], kind: 'advance', family: 'advance', slot: 'object', pos: 'any' },
	// "30 kilometres from the capital", "within five kilometres of X": where a force now stands
	{
		lemmas: DISTANCE_UNITS,
		particles: ['from', 'of', 'outside', 'short', 'away'],
		kind: 'advance',
		family: 'reach',
		slot: 'object',
		pos: 'any',
		after: [
			'just',
			'only',
			'within',
			'some',
			'about',
			'around',
			'nearly',
			'almost',
			'roughly',
			'approximately',
			'few',
			'less',
			'barely',
			'mere'
		],
		measure: true
	},
	{
		lemmas: ['advance', 'push', 'march', 'progress', 'drive', 'thrust'],
		kind: 'advance',
		family: 'advance',
		slot: 'object',
		pos: 'noun'
	},
	// "made inroads into X": ground gained in a place not yet taken (not "diplomatic inroads in X")
	{
		lemmas: ['inroad', 'inroads'],
		via: ['into'],
		notAfter: ['diplomatic', 'political', 'economic'],
		kind: 'advance',
		family: 'advance',
		slot: 'object',
		pos: 'noun'
	},
	{
		lemmas: ['encircle', 'surround', 'besiege', 'encircled', 'besieged'],
		kind: 'advance',
		family: 'encircle',
		slot: 'object',
		pos: 'any',
		// "the surrounding areas", "surrounding villages such as X": the places around, no siege
		notBefore: [
			'areas',
			'area',
			'villages',
			'towns',
			'countryside',
			'region',
			'regions',
			'neighbourhoods',
			'districts',
			'localities',
			'communities'
		]
	},
	{
		lemmas: ['siege', 'encirclement', 'blockade'],
		kind: 'advance',
		family: 'encircle',
		slot: 'object',
		pos: 'noun'
	},
	{ lemmas: ['cut'], particles: ['off'], kind: 'advance', family: 'encircle', slot: 'object', pos: 'verb' },
	// "the president departed for an unknown place": the state leaving for where no one knows is
	// its flight (read before the withdrawal below, which would take the head); leaving a city is a withdrawal,
	// leaving for Moscow a journey, "left the door open" none
	{
		lemmas: ['leave', 'depart'],
		kind: 'collapse',
		family: 'collapse',
		slot: 'around',
		pos: 'verb',
		stateSubjectOnly: true,
		inClause: ['unknown']
	},
	// withdrawals
	// "redeploy" too: it is the army's own word for leaving a place in this war ("redeploying outside the city")
	{
		lemmas: [
			'withdraw',
			'retreat',
			'evacuate',
			'abandon',
			'vacate',
			'redeploy',
			'reposition',
			'relocate',
			'flee',
			'leave',
			'depart',
			'desert',
			'quit'
		],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'verb',
		// "left for Homs", "departed for Homs": where they went, not what they left
		notBefore: ['behind', 'for']
	},
	{
		lemmas: ['pull', 'move', 'fall'],
		particles: ['out', 'back'],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'verb'
	},
	// "pulled its forces out of X", "pulled its troops from X", "pulled reinforcements from X": the forces named
	// between the verb and the place, the words that name them as leavers (not "men": rescuers pull men from rubble)
	{
		lemmas: ['pull'],
		objects: [...MILITARY_SUBJECTS, 'reinforcements'],
		via: ['from', 'out'],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'verb'
	},
	{
		lemmas: ['hand'],
		particles: ['over'],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'verb'
	},
	// "handed Tal Rifaat to the SNA", "ceded the town": the holder gave the place up
	{
		lemmas: ['hand', 'cede', 'relinquish'],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'verb'
	},
	{
		lemmas: [
			'withdrawal',
			'retreat',
			'pullout',
			'pull-out',
			'evacuation',
			'handover',
			'redeployment',
			'expulsion',
			'ouster'
		],
		kind: 'withdrawal',
		family: 'withdraw',
		slot: 'object',
		pos: 'noun'
	},
	// hostilities: the place is where they happen
	{
		lemmas: [
			'clash',
			'fight',
			'fighting',
			'battle',
			'hostility',
			'hostilities',
			'combat',
			'firefight',
			'skirmish',
			'confrontation',
			'confront',
			'engagement',
			'counteroffensive',
			'counterattack',
			'counter-offensive',
			'assault',
			'attack',
			'ambush'
		],
		kind: 'clash',
		family: 'hostilities',
		slot: 'around',
		pos: 'any'
	},
	// "military operations in X", "its operations against the militants in X": a side's operations are its
	// fighting there (not "the UN suspended its operations": a bare "operations" needs the adjective or "against")
	{
		lemmas: ['operation', 'operations'],
		// state media's "special operation" is its name for an assault
		modifiers: ['military', 'combat', 'ground', 'special'],
		// "the Military Operations Command", "the operations room": a body that speaks, not fighting
		// "special operations forces": a kind of troops, not fighting
		notBefore: [
			'room',
			'rooms',
			'command',
			'administration',
			'management',
			'department',
			'centre',
			'center',
			'forces'
		],
		kind: 'clash',
		family: 'hostilities',
		slot: 'around',
		pos: 'noun'
	},
	{
		lemmas: ['operation', 'operations'],
		objects: ['against'],
		kind: 'clash',
		family: 'hostilities',
		slot: 'around',
		pos: 'noun'
	},
	// a relief bulletin's list of the areas the fighting reached ("the affected areas include X, Y and Z"):
	// "affected" before a noun of areas, the list after "include"
	{
		lemmas: ['affect'],
		via: ['include', 'includes', 'included'],
		objects: ['areas', 'localities', 'communities', 'locations'],
		kind: 'clash',
		family: 'hostilities',
		slot: 'object',
		pos: 'any'
	},
	// people killed or wounded in X, in a clause that tells of fighting: X was fought over (a strike's toll is
	// the strike's, read above; a toll alone is no event)
	{
		lemmas: ['kill', 'injure', 'wound'],
		via: ['in'],
		inClause: [...FIGHTING_WORDS],
		kind: 'clash',
		family: 'hostilities',
		slot: 'object',
		pos: 'verb'
	},
	// "launched an offensive in the X countryside": an offensive launched in a place is fought there (only after
	// a verb of launching: "families displaced by the offensive in X" tell of it, "the biggest offensive in years"
	// has no place)
	{
		lemmas: ['offensive'],
		after: [...LAUNCHING_FORMS],
		via: ['on', 'into', 'against', 'toward', 'towards', 'in'],
		kind: 'clash',
		family: 'hostilities',
		slot: 'object',
		pos: 'any'
	},
	// "an offensive on Hama", "a major offensive against army positions in X": fighting where it was aimed (an
	// offensive named with no target is background, and gives nothing; any part of speech: the tagger reads
	// "a major offensive" as an adjective; an incursion is an entry, above)
	{
		lemmas: ['offensive'],
		via: ['on', 'into', 'against', 'toward', 'towards'],
		kind: 'clash',
		family: 'hostilities',
		slot: 'object',
		pos: 'any'
	},
	{
		lemmas: ['repel', 'repulse', 'thwart', 'foil'],
		kind: 'clash',
		family: 'failed-attempt',
		slot: 'around',
		pos: 'verb'
	},
	// the state coming apart: read as a collapse when its subject is the state or its forces (../read-clauses.ts)
	{
		lemmas: ['collapse', 'melt', 'crumble', 'disintegrate', 'evaporate', 'dissolve'],
		kind: 'collapse',
		family: 'collapse',
		slot: 'around',
		pos: 'verb'
	},
	// "government forces were defeated in Daraa": said of the state's forces, their
	// collapse there (the active "rebels defeated the army" says no more than the fighting it ended; rebels
	// defeated somewhere are not read)
	{
		lemmas: ['defeat'],
		kind: 'collapse',
		family: 'collapse',
		slot: 'around',
		pos: 'verb',
		voice: 'passive',
		forcesSubjectOnly: true
	},
	// "the overthrow of the government", "Assad's downfall", "rebels toppled the regime": the state brought
	// down, a collapse only when the state is what fell ("toppled a statue", "the collapse of a bridge" are none)
	{
		lemmas: ['overthrow', 'toppling', 'downfall', 'collapse', 'topple', 'oust'],
		kind: 'collapse',
		family: 'collapse',
		slot: 'object',
		pos: 'any',
		stateObjectOnly: true
	},
	// "Assad's rule has ended", "the regime came to an end": only the state ends this way ("the clashes ended" is no event)
	{
		lemmas: ['end'],
		kind: 'collapse',
		family: 'collapse',
		slot: 'around',
		pos: 'any',
		stateSubjectOnly: true
	},
	// people leaving their homes
	{
		lemmas: ['displace', 'displacement', 'exodus', 'uproot'],
		kind: 'displacement',
		family: 'displacement',
		slot: 'around',
		pos: 'any',
		// "rockets fell on a displaced persons camp", "a displacement camp": where the displaced live, not a flight
		notBefore: [
			'camp',
			'camps',
			'site',
			'sites',
			'shelter',
			'shelters',
			"people 's",
			'people ’s',
			'people camp',
			'people camps',
			// "displaced persons from X": who people are, not a flight (and so their camps)
			'persons',
			'person'
		]
	}
];

/**
 * Light-verb constructions: a verb of taking or having + a noun of control, then the place
 * ("took full control of", "established dominance over", "tightened their grip on",
 * "declared control over"). The verb and the noun may be up to `LIGHT_VERB_GAP` words apart.
 */
export const LIGHT_VERBS = [
	'solidify',
	'cement',
	'strengthen',
	'take',
	'gain',
	'assume',
	'establish',
	'seize',
	'wrest',
	'impose',
	'extend',
	'regain',
	'tighten',
	'declare',
	'announce',
	'consolidate',
	'claim',
	'secure',
	'restore',
	'have',
	'be',
	'retain',
	'get',
	'achieve',
	'expand',
	'complete',
	'exert',
	'win',
	'assert',
	'reassert',
	'reimpose',
	'retake'
];
export const CONTROL_NOUNS = ['control', 'dominance', 'grip', 'hold', 'sway', 'authority', 'command'];
/** Light verbs that add to a hold: on a region they say a part of it changed hands ("expanded their hold on X province"). */
export const GROWING_LIGHT_VERBS = ['expand', 'extend', 'widen', 'broaden'];
/** "Declared the city of X free": a side announcing it holds a place. The verb, then one of these words within a few words. */
export const DECLARE_VERBS = ['declare', 'announce', 'proclaim'];
export const DECLARED_STATES = ['free', 'liberated', 'freed', 'cleared'];

/**
 * "Under … control": the place before the phrase comes under a side's control ("Halfaya came
 * under their control", "Suran is now under opposition control"). These verbs before "under"
 * say the holder did not change ("remained under government control"): no event.
 */
/** Verbs of change before "under … control" that belong to the phrase ("have fallen under opposition control"). */
export const UNDER_CONTROL_CHANGE = ['fall', 'come', 'pass', 'be', 'bring', 'return', 'place', 'put', 'get'];
export const UNCHANGED_CONTROL_VERBS = ['remain', 'stay', 'still', 'continue', 'keep', 'retain', 'maintain'];

/** Who collapses: a collapse (or a flight of the head of state) is about the state, not a town. */
export const COLLAPSE_SUBJECTS = [
	'army',
	'government',
	// UN OCHA's "GoS", the Government of Syria
	'gos',
	'regime',
	'forces',
	'troops',
	'assad',
	'president',
	'state',
	'defences',
	'defenses',
	'lines',
	'soldiers',
	'units',
	'rule',
	'administration'
];
/** Of those, the state itself: only its flight or fall is a collapse ("Assad has fled"); soldiers fleeing a town withdraw from it. */
export const STATE_SUBJECTS = [
	'government',
	'gos',
	'regime',
	'assad',
	'president',
	'state',
	'rule',
	'administration'
];
/** Nouns of an end that is the state's when the state is what ended ("the fall of the regime", "Assad's ouster"). */
export const STATE_FALL_NOUNS = ['fall', 'collapse', 'overthrow', 'ouster', 'toppling', 'downfall'];
/** Verbs that bring the state down when it is their object ("rebels toppled the government"). */
export const BRING_DOWN_VERBS = ['topple', 'overthrow', 'oust'];
/**
 * What falls when the state does, as the last noun of what fell: its regime, government or head. Not
 * "rule", "state" or "administration", which name other things as often (the rule of law, the Islamic
 * State, a Kurdish-led administration).
 */
export const FALLEN_STATE = ['regime', 'government', 'assad', 'president', 'gos'];
/**
 * The only names and adjectives that may stand right before a fallen government for it to be this state's
 * ("the Syrian government", "the Assad regime", "the president's government", "the old regime"); any
 * other is another's ("the French government", "the ceasefire regime", "Gaddafi's regime").
 */
export const OWN_STATE_WORDS = [
	'syrian',
	'syria',
	'assad',
	'al',
	'bashar',
	'baath',
	"ba'ath",
	'president',
	'regime',
	'government',
	'old',
	'former',
	'whole',
	'entire',
	'longtime',
	// what the press calls its head ("the dictator's regime", "the fall of strongman Bashar al-Assad")
	'dictator',
	'strongman',
	'ruler'
];
/** After what fell, words that put its fall somewhere ("the fall of the regime in Aleppo", "ousted the
 *  regime from X", "its collapse there"): a local fall, not the state's; the area prepositions ("in",
 *  "across", …) and a few more. */
export const LOCAL_FALL_WORDS = [...AREA_PREPOSITIONS, 'from', 'there', 'at'];
/**
 * Words that weigh a fall rather than tell it, around a noun of the state's fall: before it ("predicted the
 * fall of the regime", "stave off its collapse", "came close to toppling") or after it ("the collapse of
 * the regime is only a matter of time", "seemed inevitable", "remains the goal"). With the modality words
 * (MODALITY: future, intent, denial, attempt, failure, conditional) and "not".
 */
export const FALL_WEIGHING_WORDS = [
	'predict',
	'forecast',
	'brace',
	'worry',
	'worried',
	'avert',
	'stave',
	'hasten',
	'near',
	'nearly',
	'close',
	'short',
	'threaten',
	'goal',
	'aim',
	'matter',
	'inevitable',
	'remain',
	'seem',
	'look',
	// pressed for, voted on, talked of, rejected: a fall argued over ("a vote on the president's ouster")
	'press',
	'vote',
	'talk',
	'premature',
	'reject'
];
export const COLLAPSE_LEMMAS = [
	'collapse',
	'defeat',
	'melt',
	'crumble',
	'disintegrate',
	'fall',
	'flee',
	'evaporate',
	'dissolve',
	'topple',
	'oust',
	'overthrow',
	'end'
];

/** Hostility verbs that take a direct object name a side, not a place ("groups fighting Assad's government"). */
export const SIDE_OBJECT_VERBS = ['fight', 'battle', 'clash', 'combat', 'confront'];
/** Quantifiers before a noun head that make it (nearly) not happen: "no fighting", "minimal resistance". */
export const NEGATIVE_QUANTIFIERS = [
	'no',
	'without',
	'not',
	"n't",
	'never',
	'minimal',
	'little',
	'hardly',
	'barely'
];
/**
 * Insurgents named by a common noun. Fleeing, or made to leave ("forced the militants to leave X"), they
 * withdraw; leaving of their own accord they are as often moving on ("rebels left Idlib to join the
 * attack") and state nothing. Kept out of MILITARY_SUBJECTS because that list also stops a list's members
 * at a force ("took villages from terrorists in X" would lose X).
 */
export const INSURGENT_LEMMAS = ['gunman', 'militant', 'terrorist', 'rebel', 'insurgent', 'jihadist'];
/** Verbs that make someone leave ("forced/compelled the gunmen to leave X"). */
export const FORCING_LEMMAS = ['force', 'compel', 'oblige'];
/**
 * Leaving verbs whose meaning depends on who leaves (MILITARY_SUBJECTS withdraw; CIVILIAN_SUBJECTS are
 * displaced). The value is what the verb means when the leaver is neither: "flee" is displacement,
 * "leave" and "evacuate" state nothing ("Iran evacuated its diplomats").
 */
export const LEAVING: Record<string, 'displacement' | 'nothing'> = {
	flee: 'displacement',
	leave: 'nothing',
	depart: 'nothing',
	evacuate: 'nothing',
	// "units relocated from X" withdrew; "families relocating from X" are displaced
	relocate: 'nothing'
};
/** Subjects of fleeing that stand for a group named earlier in the sentence ("dozens of gunmen were killed and
 *  the rest fled"): fighters who fell there make the flight a rout the sentence's own event already tells, no
 *  civilians displaced (read-clauses.ts fallenFighters). */
export const REMAINDER_SUBJECTS = ['others', 'rest', 'remainder', 'remnants', 'number'];
/** Lemmas of fighters of any side, as the group that fell before "the rest fled". */
export const FIGHTER_LEMMAS = ['fighter', ...INSURGENT_LEMMAS, 'soldier', 'troop', 'member'];
/** Lemmas that tell a group fell: killed, wounded, taken out. */
export const CASUALTY_LEMMAS = ['kill', 'die', 'wound', 'injure', 'eliminate', 'neutralize', 'neutralise'];
/** Leaving verbs whose passive has the place left as its subject ("Mayadin was evacuated by the army"). */
export const LEFT_PLACE_PASSIVE = ['evacuate', 'abandon', 'vacate', 'hand', 'cede', 'relinquish'];
export const CIVILIAN_SUBJECTS = [
	'evacuations',
	'evacuees',
	'idps',
	'displaced',
	'residents',
	'civilians',
	'people',
	'families',
	'thousands',
	'hundreds',
	'tens',
	'students',
	'children',
	'women',
	'population',
	'inhabitants',
	'refugees',
	'many',
	'others',
	'individuals',
	'infant',
	'infants',
	'baby',
	'child',
	'family',
	// "those fleeing the shelling arrived in X": whoever is fleeing is no side advancing
	'fleeing'
];

/** Subjects whose arrival is no side's advance: help sent to where a side already stands ("reinforcements
 *  arrived in X", "supplies reached X"). */
export const ARRIVING_SUPPORT = [
	'reinforcements',
	'reinforcement',
	'planes',
	'airplanes',
	'aircraft',
	'flights',
	'supplies',
	'aid'
];

/** Words of nearness before "to" or "of" and a gerund head: the event is still to come ("closer to taking X",
 *  "on the verge of capturing X", "within reach of seizing X"). */
export const MODALITY_PROXIMITY = [
	'close',
	'closer',
	'near',
	'nearer',
	'verge',
	'brink',
	'reach',
	'edge',
	// "in the final stages of taking X": not done yet
	'stage'
];
/** "In the last moments of freeing X": not done yet; "the moment of entering X" alone shows it done. */
export const MODALITY_LAST_MOMENTS = { nouns: ['moment'], before: ['final', 'last', 'closing'] };

/** Nouns of negotiating: a change of hands they are "on" or "over" is still being bargained for ("talks on
 *  the surrender of X"). Not "deal" or "agreement": "under a deal for the handover of X" tells of one made. */
export const NEGOTIATION_NOUNS = ['negotiation', 'negotiations', 'talk', 'talks'];
/** Prepositions that join such a noun to what it is about. */
export const NEGOTIATION_TOPIC = ['on', 'over', 'about', 'for'];

/**
 * Modality: words before a head (in its clause) under which the event does not (yet) happen.
 * `intent` and `future` and `conditional` give no event; `failure` gives a clash at the place
 * ("failed to retake X" is a battle at X, not a capture); `denial` gives no event.
 */

export const MODALITY: Record<
	'intent' | 'future' | 'conditional' | 'failure' | 'attempt' | 'denial',
	string[]
> = {
	// not "order": "troops were ordered to withdraw" reports what they did as often as not
	intent: [
		'aim',
		'seek',
		'plan',
		'vow',
		'threaten',
		'intend',
		// "declared their intention to march on X"
		'intention',
		'intent',
		'want',
		'hope',
		'prepare',
		'preparation',
		'pledge',
		'promise',
		'poise',
		'bid',
		'effort',
		'ready',
		'call',
		'urge',
		'goal',
		'objective',
		'push',
		'race',
		'aims',
		'struggle',
		'set',
		'demand',
		'need',
		// "asked the commander to take X": a request
		'ask'
	],
	future: [
		'will',
		'would',
		'could',
		'may',
		'might',
		'can',
		'should',
		'shall',
		'expect',
		'likely',
		'unlikely',
		'soon',
		'possible',
		'possibly',
		'potential',
		'imminent',
		'warn',
		'fear',
		'prevent',
		// acting first so that something does not happen: "to pre-empt any attacks by the army"
		'pre-empt',
		'preempt',
		'forestall',
		'deter',
		'avoid',
		'before',
		'risk'
	],
	conditional: ['if', 'unless', 'whether'],
	// not "stop" or "halt": "reinforcements to stop insurgents advancing" says they were advancing
	failure: ['fail', 'unable', 'repel', 'repulse', 'thwart', 'foil'],
	// an attempt to take a place ("tried to storm X") is fighting there, whatever came of it: a clash. Other
	// attempts are what they say ("civilians trying to flee X" fled)
	attempt: ['try', 'attempt'],
	denial: ['deny', 'refute', 'dismiss', 'false', 'untrue', 'rumour', 'rumor']
};

/** Words that open a condition by inversion when they begin a sentence before its subject ("Should the
 *  rebels reach X, …", "Were the army to fall back, …", "Had the garrison held, …"): the whole sentence is a
 *  hypothesis, its main clause too, as it is after a sentence-opening "if". */
export const INVERTED_CONDITION = ['should', 'were', 'had'];

/** Names of forces beyond the common nouns of MILITARY_SUBJECTS and the insurgents': sides' short names and
 *  fighters' words ("the YPG defending X fell back", "militiamen guarding X fell back"). */
export const FORCE_NAMES = ['hts', 'ypg', 'sna', 'sdf', 'saa', 'hezbollah', 'militiamen', 'jihadists'];

/** Things a force leaves behind: "missiles left by the army" were left, no place ("positions left by the army"
 *  is a place left). */
export const MATERIEL_NOUNS = [
	'weapons',
	'arms',
	'ammunition',
	'munitions',
	'stockpile',
	'stockpiles',
	'stocks',
	'equipment',
	'hardware',
	'vehicles',
	'tanks',
	'missiles',
	'rockets',
	'aircraft',
	'mines',
	'landmines'
];

/** Verbs and nouns of taking things: weapons they take ("captured field artillery") are booty, no strike. Not
 *  "take": a town "took heavy artillery fire". */
export const TAKING_MATERIEL = ['capture', 'seize', 'seizure', 'loot', 'confiscate', 'grab', 'acquire'];

/** Verbs that deny what a "that" after them reports, however long the report ("rejected reports by state
 *  media that rebels had taken X"); "reject" only so ("rejected the offer and took X" took it). */
export const DENYING_THAT = ['deny', 'refute', 'dismiss', 'reject'];

/** Adjectives right before a noun of fighting that put it ahead ("troops moved to meet an anticipated push on
 *  X", "the looming battle for X"): not fought yet. Only before the noun ("as expected, rebels took X" is
 *  news; the future words of MODALITY read the verbs), and not when its own verb says it came (read-clauses.ts
 *  prospective). */
export const PROSPECTIVE_ADJECTIVES = [
	'expected',
	'anticipated',
	'looming',
	'impending',
	'upcoming',
	'feared'
];

/** Extent words before a region: how much of it the event covers. */
export const EXTENT: Record<'all' | 'most' | 'half' | 'part', string[]> = {
	all: ['all', 'entire', 'whole', 'full', 'complete', 'completely', 'fully', 'total'],
	most: ['most', 'much', 'majority', 'large', 'vast', 'bulk', 'swathes', 'swaths', 'big', 'wide'],
	half: ['half'],
	part: ['part', 'parts', 'some', 'areas', 'several', 'portions', 'portion', 'villages', 'towns', 'pockets']
};

/** Of those, the words that say how much of a city changed hands ("half of Aleppo", "most of the city of
 *  X", "parts of X"): not the words that count what lies around it ("villages", "towns", "areas"). */
export const CITY_EXTENT_WORDS = [
	...EXTENT.all,
	...EXTENT.most,
	...EXTENT.half,
	'part',
	'parts',
	'some',
	'portions',
	'portion'
];

/** Words before "half" that make it most ("over half of X", "more than half"). */
export const MORE_THAN_HALF = ['over', 'than', 'above'];

/**
 * The extent of a region event that states none, by kind: taking or leaving a province is all of it
 * ("rebels took over Idlib province"), but getting into one is a foothold ("fighters entered Hama
 * province"), not the province. Kept with the words because it is what the verb means, not a threshold.
 */
export const UNSTATED_EXTENT: Partial<Record<EventKind, RegionExtent>> = { entry: 'part' };

/**
 * A share stated as a percentage ("more than 80% of Daraa province", "60 per cent of"): the extent it
 * reads as, from the highest floor it reaches. News rounds: 90% and up is all but a village or two;
 * two thirds or more is most; around half is half; less is a part.
 */
export const PERCENT_EXTENT: [floor: number, extent: 'all' | 'most' | 'half' | 'part'][] = [
	[90, 'all'],
	[65, 'most'],
	[40, 'half'],
	[0, 'part']
];

/** Words before "than" that make it a quantity ("more than 20 villages"), not a comparison with a place. */
export const QUANTITY_BEFORE_THAN = ['more', 'less', 'fewer'];

/**
 * Restatement markers: in the clause before the head, they recall an earlier event as background
 * ("after their earlier capture of", "which they had already seized", "since taking Aleppo").
 * A restated event gives no event: it was news in an earlier report, and dating it anew would move the map back.
 */
/** Of these, the ones that mark a restatement anywhere in the head's clause ("In the middle of last week, … took Aleppo", "seized Aleppo earlier in the offensive"). */
export const RESTATEMENT_ANYWHERE = [
	'previously',
	'already',
	// "two days ago" dates its event (text/date-expressions.ts); months and years back are history
	'months ago',
	'years ago',
	'last week',
	'last weekend',
	'last month',
	'earlier this month',
	'last year',
	'earlier in'
];
/** Of these, the periods back in time that restate events of every kind, not only changes of hands: "last
 *  week, the rebels launched an attack" tells an old fight ("earlier in the day" is today's news). */
export const PAST_PERIODS = [
	'months ago',
	'years ago',
	'last week',
	'last weekend',
	'last month',
	'earlier this month',
	'last year'
];
/**
 * Markers of the war's long past, anywhere in a head's clause, for events of every kind: "X was shelled
 * over the years" tells of no day of this offensive. A war's name after "during" ("during the civil war")
 * is one too (read-clauses.ts historyIn). Not "in the past": "in the past 24 hours" is today's news; nor
 * "numerous times": "changed hands numerous times, and was taken again on Monday".
 */
export const HISTORY_MARKERS = ['over the years', 'in recent years', 'in previous years'];
/** Words for the war as a whole period, after "during" (within five words: "during the nation's long war"). */
export const WAR_PERIOD_NOUNS = ['war', 'conflict'];
// not "after": "after taking the airport, they advanced…" narrates the same day as often as not
export const RESTATEMENT = [
	'earlier',
	'previously',
	'already',
	'since',
	'last',
	'recent',
	'recently',
	'prior',
	'once',
	'former',
	// the cause of what the sentence tells, an earlier event: "in response to attacks by insurgents"
	'response',
	'retaliation'
];

/**
 * Words between a head and its place that mean the place is not its object but a reference:
 * the goal of a movement ("a gateway to Damascus"), a distance ("5 km from Homs"), a road ("the
 * Aleppo–Damascus highway"), an origin ("from Idlib").
 */
export const REFERENCE_WORDS = [
	'from',
	'to',
	'toward',
	'towards',
	// "in the direction of X": where a move headed, as "toward X"
	'direction',
	'gateway',
	'road',
	'highway',
	'route',
	'way',
	'between',
	'linking',
	'connecting',
	'km',
	'kilometres',
	'kilometers',
	'miles',
	'with',
	'than',
	'like',
	'via',
	'against'
];

/** Coreference: a noun phrase that refers back to a place named before: a settlement ("the city fell"), a region ("the province"). */
// "the city of X" names X: never an anaphor (hence the lookahead); "the city's outskirts" is one. `sameSentence`: only a place named
// earlier in the same sentence ("reached the outskirts of Hama but later withdrew from it"). `latest`: the
// newest named, not the one the article names most (a report moves from province to province).
// `governorate`: the phrase names the governorate of the antecedent ("the eponymous province").
/** Words that may stand between "the" and "town" or "district" ("the key town", "the predominantly Kurdish district"). */
const TOWN_WORDS_BEFORE = String.raw`(?:(?:key|strategic|small|nearby|northern|southern|border|predominantly \w+)\s+)*`;

/** Words a text calls a settlement by where it names it ("the town of X"), which "the town" then refers back to. */
export type Title = 'city' | 'town';

export const ANAPHORS: {
	pattern: RegExp;
	kinds: string[];
	/** Case-sensitive test of the text right after a match that makes it no anaphor. */
	notFollowedBy?: RegExp;
	sameSentence?: boolean;
	latest?: boolean;
	governorate?: boolean;
	/** A place the sentence just before called by this word ("Deir ez-Zor city", "the city of X", "the town of
	 *  X") is the one meant, however often the article names another. */
	preferTitled?: Title;
	/** In a sentence set in a province ("in eastern Deir ez-Zor, fighters took the city"), the province's seat,
	 *  the city it is named for, is the one meant ("the town" is no seat's word). */
	seatOfSetting?: boolean;
	/** A site of a city the sentence is set at ("crowds cheered at Hama airport once the rebels held the city") stands
	 *  for its city (the gazetteer's `parent`). */
	cityOfSite?: boolean;
}[] = [
	{
		// not "the city of Hama"
		pattern:
			/\b(?:the|this|that)\s+(?:country['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:city|provincial capital)\b(?!\s+of\b)/gi,
		kinds: ['city'],
		// nor "the city centre of (in) Hama": the name that follows is the place
		notFollowedBy: /^\s+(?:centre|center|core|heart)\s+(?:of|in)\s+\p{Lu}/u,
		preferTitled: 'city',
		seatOfSetting: true,
		cityOfSite: true
	},
	{
		pattern: new RegExp(String.raw`\b(?:the|this|that)\s+${TOWN_WORDS_BEFORE}town\b(?!\s+of\b)`, 'gi'),
		kinds: ['city', 'town'],
		preferTitled: 'town'
	},
	{
		// "the district": no place is called one where it is named, so none is preferred
		pattern: new RegExp(String.raw`\b(?:the|this|that)\s+${TOWN_WORDS_BEFORE}district\b(?!\s+of\b)`, 'gi'),
		kinds: ['city', 'town']
	},
	{
		pattern: /\b(?:the|this|that)\s+(?:(?:key|strategic|small|nearby)\s+)*village\b(?!\s+of\b)/gi,
		kinds: ['town', 'village']
	},
	{
		pattern:
			/\b(?:the|this|that)\s+(?:(?:key|strategic|military|nearby)\s+)*(?:airport|air ?base|airbase)\b(?!\s+of\b)/gi,
		kinds: ['airport', 'base']
	},
	{
		// "25 villages in the south of the province": the region named last (a governorate, in practice)
		pattern: /\b(?:the|this|that)\s+(?:(?!eponymous\b)[a-z-]+\s+)?(?:province|governorate)\b(?!\s+of\b)/gi,
		kinds: ['region'],
		latest: true
	},
	{
		// "Rebels entered Daraa … checkpoints in the province": with no region named before, the province of
		// the city or town named last (a phrase the row above read is not read again)
		// (no word between: "the neighbouring province" is another one)
		pattern: /\b(?:the|this|that)\s+province(?:['’]s)?\b(?!\s+of\b)/gi,
		kinds: ['city', 'town'],
		latest: true,
		governorate: true
	},
	{
		// "Daraa city and much of the eponymous province", "the province of the same name"
		pattern:
			/\bthe\s+(?:eponymous\s+(?:province|governorate)|(?:province|governorate)\s+of\s+the\s+same\s+name)\b/gi,
		kinds: ['city', 'town'],
		latest: true,
		governorate: true
	},
	{
		pattern:
			/(?<=\b(?:from|of|into|took|seized|captured|entered|left|retook|recaptured|abandoned|surrounded)\s+)it\b/gi,
		kinds: ['city', 'town', 'village', 'airport', 'base', 'neighbourhood'],
		sameSentence: true
	}
];

/**
 * Irregular past forms of head verbs, with their lemma. The tagger sometimes reads a past form as a
 * noun ("forces retook the districts"); a form listed here is read as the verb it is. The keys also
 * feed the cheap pre-filter that decides which sentences the NLP model reads at all.
 */
export const IRREGULAR_FORMS: Record<string, string> = {
	took: 'take',
	taken: 'take',
	retook: 'retake',
	retaken: 'retake',
	fell: 'fall',
	fallen: 'fall',
	overran: 'overrun',
	fought: 'fight',
	lost: 'lose',
	fled: 'flee',
	left: 'leave',
	broke: 'break',
	broken: 'break',
	won: 'win',
	drove: 'drive',
	driven: 'drive',
	struck: 'strike',
	withdrew: 'withdraw',
	withdrawn: 'withdraw',
	hit: 'hit',
	swept: 'sweep',
	cut: 'cut',
	besieged: 'besiege',
	encircled: 'encircle',
	surrounded: 'surround',
	seized: 'seize',
	captured: 'capture',
	stormed: 'storm',
	entered: 'enter',
	shelled: 'shell',
	bombed: 'bomb',
	liberated: 'liberate',
	recaptured: 'recapture',
	bore: 'bear'
};

/** Words the pre-filter lets through besides head stems: the "under" of "came under their control". */
export const FRAME_WORDS = ['under'];

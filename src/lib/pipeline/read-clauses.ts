// The clause reader: in one sentence's tokens, finds the predicates the lexicon knows, reads their
// voice and modality, and attaches the places that stand in their frame (object, subject, or
// around), lists expanded. Pure: tokens and place spans in, readings out; dates, actors and ACLED
// types are the caller's (build-events.ts).
import type { EventKind, RegionExtent } from '../domain/types';
import type { Token } from '../text/nlp';
import type { PipelineOptions } from './config';
import { NUMBER_WORDS } from '../text/number-words';
import { ARTICLE_FORMS, opensPlaceName } from '../text/match-key';
import {
	MORE_THAN_HALF,
	CITY_EXTENT_WORDS,
	FORCE_NAMES,
	TAKING_MATERIEL,
	MATERIEL_NOUNS,
	DENYING_THAT,
	ARRIVING_SUPPORT,
	BRING_DOWN_VERBS,
	FALL_WEIGHING_WORDS,
	FALLEN_STATE,
	LOCAL_FALL_WORDS,
	OWN_STATE_WORDS,
	COLLAPSE_LEMMAS,
	COLLAPSE_SUBJECTS,
	STATE_FALL_NOUNS,
	CIVILIAN_SUBJECTS,
	REMAINDER_SUBJECTS,
	FIGHTER_LEMMAS,
	CASUALTY_LEMMAS,
	DISTANCE_UNITS,
	AIRCRAFT_WORDS,
	AIR_ARM_WORDS,
	CONTROL_NOUNS,
	EXTENT,
	GROWING_LIGHT_VERBS,
	AIR_COVER_NOUNS,
	LIGHT_VERBS,
	MILITARY_SUBJECTS,
	INSURGENT_LEMMAS,
	FORCING_LEMMAS,
	INVERTED_CONDITION,
	MODALITY,
	MODALITY_PROXIMITY,
	MODALITY_LAST_MOMENTS,
	NEGOTIATION_NOUNS,
	HISTORY_MARKERS,
	PAST_PERIODS,
	PROSPECTIVE_ADJECTIVES,
	WAR_PERIOD_NOUNS,
	NEGOTIATION_TOPIC,
	PREDICATES,
	REFERENCE_WORDS,
	PERCENT_EXTENT,
	QUANTITY_BEFORE_THAN,
	RESTATEMENT,
	UNCHANGED_CONTROL_VERBS,
	UNDER_CONTROL_CHANGE,
	LEAVING,
	LEFT_PLACE_PASSIVE,
	DECLARE_VERBS,
	DECLARED_STATES,
	STATE_SUBJECTS,
	SIDE_OBJECT_VERBS,
	NEGATIVE_QUANTIFIERS,
	RESTATEMENT_ANYWHERE,
	IRREGULAR_FORMS,
	type Family,
	type Predicate,
	type Slot
} from './lexicon/predicates';
import {
	GROUP_NOUNS,
	CORE_WORDS,
	AUX_SKIP,
	CLAUSE_PUNCT,
	LIST_ANNOUNCERS,
	LIST_ANNOUNCER_REACH,
	CLAUSE_WORDS,
	NOT_WORDS,
	CONTROL_HEDGES,
	PLACE_RELATIVE_WORDS,
	RELATIVE_WORDS,
	APPOSITION_OPENERS,
	OWNING_PREPOSITIONS,
	TYING_WORDS,
	FIGHTING_SUBJECTS,
	PLACE_KIND_WORDS,
	PLACE_SIZE,
	QUALIFYING_KINDS,
	SETTLEMENT_NOUNS,
	COUNTED_SETTLEMENTS,
	RAISING_VERBS,
	ATTRIBUTIVE_BEFORE,
	BACKING_WORDS,
	CHANGE_WORDS,
	DEMONSTRATIVES,
	DIRECTIONS,
	DIRECTION_ADJECTIVES,
	CLOSE_WORDS,
	FRAME_PREPOSITIONS,
	GENERIC_OBJECTS,
	FACILITY_NOUNS,
	INSIDE_WORDS,
	INSTITUTIONS,
	SUFFERED_UNDER,
	FORMER_HOLD,
	LIST_GLUE,
	LOCATOR,
	MEASURE_NOUNS,
	HEAD_WORDS,
	TIME_WORDS,
	TIME_OPENERS,
	TIME_PREPOSITIONS,
	ANOTHER_ONE,
	NEAR_WORDS,
	PASS_VERBS,
	PRONOUNS,
	SEQUENCE,
	DURATION_NOUNS,
	AHEAD_VERBS,
	ANTICIPATING_MODALS,
	DOING_VERBS,
	INTENDING_VERBS,
	POSSESSIVE_WORDS,
	POSTED_PARTICIPLES,
	REPORTING_VERBS,
	ROUTE_WORDS,
	ROAD_END_PARTICIPLES,
	LOCATED_SUBJECTS,
	LOCATING_VERBS,
	PEOPLE_AFTER_PLACE,
	TIME_CLAUSE_OPENERS,
	FUTURE_AUXILIARIES,
	AREA_PREPOSITIONS
} from './lexicon/syntax';

/** A place span in the sentence, by its index in the caller's list; `region` places get an extent, and cities one the text states. */
export interface PlaceSpan {
	start: number;
	end: number;
	region: boolean;
	/** Roads and rivers, and places naming a road ("the Damascus-Aleppo highway"): they locate, never the place of an event. */
	line?: boolean;
	/**
	 * How large a place its kind makes it (a region above a city above a town …), to tell which of two
	 * names holds the other: "the Damascus suburb of Harasta" against "the Hamdaniyah district of Aleppo".
	 */
	size?: number;
	/**
	 * The place the sentence before was about, standing (with no span of its own) for the place this
	 * sentence leaves unsaid: "Rebels reached Hama. Fighting went on into the night." Only fighting,
	 * strikes and withdrawals placed nowhere in the sentence take it, and gains counted in villages
	 * ("they took 25 villages") when it is a region.
	 */
	focus?: boolean;
}

export interface Reading {
	/** Index into the caller's place list. */
	place: number;
	kind: EventKind;
	family: Family;
	/** The head word(s) that state the event. */
	head: { start: number; end: number };
	/** The actor is after the head ("captured by X", "fell to X", "under X's control"). */
	agentAfter: boolean;
	/** An earlier event recalled ("after its earlier capture"): the caller gives it no event. */
	restated: boolean;
	/** The place is near, at the edge of, or the outskirts of the named one. */
	near: boolean;
	extent?: RegionExtent;
	/**
	 * Who collapsed, for a collapse: `state` when the subject is the state or its forces ("the regime",
	 * "the army melted away"), whose faction is the government's; else the actor named as the subject.
	 * `place` is -1 when the sentence names no place (the country).
	 */
	collapsed?: 'state' | 'subject';
	/** The head's subject is a pronoun ("They have captured Aleppo"): its side is the one named just before. */
	pronounSubject?: boolean;
	/** The sentence's subject is not this event's side: a strike that borrowed its place from the sentence's
	 *  other event ("a counterattack backed by air strikes"), or one the subject suffered ("rebels retreated
	 *  under heavy bombardment"). Only a side named in the head's own phrase ("Russian air strikes") is its actor. */
	actorInOwnPhrase?: boolean;
	/** A place handed over ("leaving them in X's hands"): its taker is named in the head or after it, or
	 *  is no one; never the side that left. */
	handedOver?: boolean;
	/** The side named as the subject lost the place ("the army lost X"): it is the loser, not the actor. */
	subjectLoses?: boolean;
	/**
	 * Settlements taken around the place, not the place ("took villages around the city of X"): the
	 * caller reads them as a part of the place's governorate too.
	 */
	countryside?: boolean;
}

const set = (xs: string[]) => new Set(xs);
const CONTROL = set(CONTROL_NOUNS);
const LIGHT = set(LIGHT_VERBS);
const UNCHANGED = set(UNCHANGED_CONTROL_VERBS);
const UNDER_CHANGE = set(UNDER_CONTROL_CHANGE);
const STATE = set(STATE_SUBJECTS);
const DECLARE = set(DECLARE_VERBS);
const DECLARED = set(DECLARED_STATES);
const SIDE_OBJECT = set(SIDE_OBJECT_VERBS);
const NEGATIVE = set(NEGATIVE_QUANTIFIERS);
const COLLAPSE_WHO = set(COLLAPSE_SUBJECTS);
const COLLAPSE_HEADS = set(COLLAPSE_LEMMAS);
const STATE_FALL = set(STATE_FALL_NOUNS);
const BRING_DOWN = set(BRING_DOWN_VERBS);
const FALLEN = set(FALLEN_STATE);
const OWN_STATE = set(OWN_STATE_WORDS);
const LOCAL_FALL = set(LOCAL_FALL_WORDS);
/** Words that weigh a fall rather than tell it: FALL_WEIGHING_WORDS with the modality words and "not" ("an
 *  attempt at the overthrow … failed", "if it comes"). */
const FALL_WEIGHING = new Set([
	...FALL_WEIGHING_WORDS,
	...MODALITY.future,
	...MODALITY.intent,
	...MODALITY.denial,
	...MODALITY.attempt,
	...MODALITY.failure,
	...MODALITY.conditional,
	...NOT_WORDS
]);
/** How many words after what fell may weigh its fall ("… is only a matter of time", "… was their goal"),
 *  up to a preposition ("… in Syria with fear and hope" says how it was met, not whether it came). */
const WEIGHING_AFTER = 4;
const MILITARY = set(MILITARY_SUBJECTS);
const DENYING = set(DENYING_THAT);
const MATERIEL = set(MATERIEL_NOUNS);
const TAKING = set(TAKING_MATERIEL);
const CITY_EXTENT = set(CITY_EXTENT_WORDS);
const MORE_THAN = set(MORE_THAN_HALF);
const SUPPORT = set(ARRIVING_SUPPORT);
/** Insurgents as a subject names them, in the plural ("rebels", "gunmen"). */
const INSURGENTS = set(INSURGENT_LEMMAS.map((l) => (l.endsWith('man') ? `${l.slice(0, -3)}men` : `${l}s`)));
/** Who may fall back: forces of any side, by their common nouns or a side's short name. */
const FALLING_BACK = set([...MILITARY_SUBJECTS, ...INSURGENTS, ...GROUP_NOUNS, ...FORCE_NAMES]);
const FORCING = set(FORCING_LEMMAS);
const CIVILIAN = set(CIVILIAN_SUBJECTS);
const PEOPLE_AFTER = set(PEOPLE_AFTER_PLACE);
const REMAINDER = set(REMAINDER_SUBJECTS);
const FIGHTERS = set(FIGHTER_LEMMAS);
const CASUALTY = set(CASUALTY_LEMMAS);
const AIRCRAFT = set(AIRCRAFT_WORDS);
const AIR_ARMS = set(AIR_ARM_WORDS);
/** The last words of the two-word air arms ("force", "forces"): only after one of them is a pair looked up. */
const AIR_ARM_ENDS = new Set(AIR_ARM_WORDS.map((w) => w.split(' ').pop()!));
/** Nouns of fighting that, made by aircraft, are strikes. */
const AIRCRAFT_ATTACKS: ReadonlySet<string> = new Set(['attack', 'assault', 'raid', 'bombardment']);
const REFERENCE = set(REFERENCE_WORDS);
// "more than 20 villages": a quantity, not a comparison
const QUANTITY_THAN = set(QUANTITY_BEFORE_THAN);
const RESTATED = set(RESTATEMENT);
const MODAL: [keyof typeof MODALITY, Set<string>][] = (
	Object.keys(MODALITY) as (keyof typeof MODALITY)[]
).map((k) => [k, set(MODALITY[k])]);
/** Every word of every kind of MODAL: a word of none (most words) is passed without trying each kind. */
const ANY_MODAL: ReadonlySet<string> = new Set(Object.values(MODALITY).flat());
const CONDITIONAL = set(MODALITY.conditional);
const INVERTED = set(INVERTED_CONDITION);
/** Heads whose attempt is an attack on the place. */
const TAKING_GROUND = new Set<EventKind>(['capture', 'entry', 'advance']);
const LEFT_PLACE = set(LEFT_PLACE_PASSIVE);
const FUTURE = set(MODALITY.future);
const PROXIMITY = set(MODALITY_PROXIMITY);
const LAST_MOMENTS = set(MODALITY_LAST_MOMENTS.nouns);
const FINAL_WORDS = set(MODALITY_LAST_MOMENTS.before);
const NEGOTIATING = set(NEGOTIATION_NOUNS);
const NEGOTIATION_ABOUT = set(NEGOTIATION_TOPIC);
const EXTENTS: [RegionExtent, Set<string>][] = (Object.keys(EXTENT) as RegionExtent[]).map((k) => [
	k,
	set(EXTENT[k])
]);
const EXTENT_WORDS: ReadonlySet<string> = new Set([...Object.values(EXTENT).flat(), 'rest']);
const BY_LEMMA = new Map<string, Predicate[]>();
for (const p of PREDICATES) for (const l of p.lemmas) BY_LEMMA.set(l, [...(BY_LEMMA.get(l) ?? []), p]);
/** The last words of the predicates' two-word modifiers ("air forces"): only after one of them is the pair before a
 *  head looked up, so the common word costs no string. */
const MODIFIER_PAIR_ENDS = new Set(
	PREDICATES.flatMap((p) => p.modifiers ?? [])
		.filter((m) => m.includes(' '))
		.map((m) => m.split(' ').pop()!)
);

const isVerb = (t: Token) => t.pos === 'VERB';
/** "the following": an adjective announcing a list, though a tagger may read it as a verb or
 *  the preposition ("following the clashes"). */
const announcedList = (tokens: Token[], k: number) =>
	tokens[k]!.lower === 'following' && tokens[k - 1]?.lower === 'the';

/** Whether token k ends a clause: punctuation, a conjunction that opens one, or "as" that is not "such as" / "as well as". */
function isBreak(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	if (CLAUSE_PUNCT.has(t.lower)) return !(t.lower === ':' && announcesList(tokens, k));
	// "since Tuesday", "after Friday": a time phrase, not a clause of its own ("but Saturday saw…" is one)
	if (CLAUSE_WORDS.has(t.lower) && t.pos !== 'ADV' && !announcedList(tokens, k))
		return !(TIME_PREPOSITIONS.has(t.lower) && TIME_WORDS.has(tokens[k + 1]?.lower ?? ''));
	// "As-Sweida": an article hyphened to a name, not the conjunction
	return (
		t.lower === 'as' &&
		!/^(such|well|as|so|known|same)$/.test(tokens[k - 1]?.lower ?? '') &&
		tokens[k + 1]?.lower !== 'well' &&
		!(tokens[k + 1]?.lower === '-' && tokens[k + 1]!.start === t.end)
	);
}

/** Whether the noun at k ends its phrase: no hyphen, possessive, noun or place right after it. */
function headsPhrase(tokens: Token[], at: Int32Array, k: number): boolean {
	const next = tokens[k + 1];
	if (!next) return true;
	if (next.lower === '-' || POSSESSIVE_MARKS.has(next.lower)) return false;
	return next.pos !== 'NOUN' && next.pos !== 'PROPN' && (at[k + 1] ?? -1) < 0;
}

/** The words after a comma that add to an object rather than open a clause. */
const ALSO = ['as', 'well', 'as'];
const alsoAfter = (tokens: Token[], k: number) => ALSO.every((w, i) => tokens[k + 1 + i]?.lower === w);
/** The last token of ", as well as" that closes the phrase opened at k, or -1 when the clause ends first. */
function alsoAhead(tokens: Token[], k: number, last: number): number {
	for (let j = k + 1; j <= last; j++) {
		if (tokens[j]!.lower === ',' && alsoAfter(tokens, j)) return j + ALSO.length;
		if (isBreak(tokens, j)) return -1;
	}
	return -1;
}

/** List glue after which the members are the very things a generic object names ("including", "such as", "namely"). */
const MEMBER_GLUE: ReadonlySet<string> = new Set(['including', 'such', 'namely', 'like']);
/** Adverbs that open the members of a generic object after a comma ("villages …, most notably X and Y"). */
const MEMBER_ADVERBS: ReadonlySet<string> = new Set([
	'notably',
	'particularly',
	'especially',
	'importantly',
	'chiefly',
	'mainly',
	'primarily'
]);
/** "villages …, the most notable being X and Y": "being" after a word of note opens the members. */
const NOTABLE: ReadonlySet<string> = new Set(['notable', 'prominent', 'important', 'significant']);
const notableBeing = (tokens: Token[], k: number) =>
	tokens[k]?.lower === 'being' && NOTABLE.has(tokens[k - 1]?.lower ?? '');
/** The "being" of "(the) (most) notable being" opened at x, or -1. */
function notablePhraseEnd(tokens: Token[], x: number): number {
	let j = x;
	while (j < x + 3 && /^(the|most)$/.test(tokens[j]?.lower ?? '')) j++;
	return notableBeing(tokens, j + 1) ? j + 1 : -1;
}
/** The comma before the members of a generic object ("areas cleared of fighters, most importantly X"), or -1
 *  when the clause ends first. */
function membersAhead(tokens: Token[], k: number, last: number): number {
	for (let j = k + 1; j < last; j++) {
		if (tokens[j]!.lower === ',') {
			const opener = tokens[j + 1]!.lower === 'most' ? tokens[j + 2]?.lower : tokens[j + 1]!.lower;
			if (MEMBER_GLUE.has(opener ?? '') || MEMBER_ADVERBS.has(opener ?? '')) return j;
		}
		if (isBreak(tokens, j)) return -1;
	}
	return -1;
}

/** After a generic object, the comma that opens its members past a clause telling how they were taken
 *  ("after expelling the defenders, most notably X"): "after" or "before", a gerund, words that name no
 *  place, no generic things and no other verb (the members of "after abandoning several towns, notably X"
 *  are the towns'), then the members' comma (membersAhead); or -1. */
function membersAfterStep(tokens: Token[], at: Int32Array, k: number): number {
	if (!STEP_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return -1;
	const gerund = tokens[k + 1];
	if (gerund?.pos !== 'VERB' || !gerund.lower.endsWith('ing')) return -1;
	const comma = membersAhead(tokens, k + 1, clauseOf(tokens, k + 1)[1]);
	for (let j = k + 2; j < comma; j++)
		if ((at[j] ?? -1) >= 0 || GENERIC_OBJECTS.has(tokens[j]!.lower) || isVerb(tokens[j]!)) return -1;
	return comma;
}
/** Prepositions of a step before the things taken; not "while", which opens a clause with its own subject
 *  ("while fighting raged"), nor "by", which does not end the clause the step would be passed over in. */
const STEP_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before']);

/** Whether a word for a settlement's core ("centre", "heart", "square") stands between a head and its place. */
function coreBefore(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (CORE_WORDS.has(tokens[k]!.lower)) return true;
	return false;
}

/** The "are" or "is" right after "of which" ("of which are", "of which the largest is") at most three words on, or -1. */
function ofWhichCopula(tokens: Token[], from: number): number {
	for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (tokens[k]!.lemma === 'be') return k;
	return -1;
}

/** Words from one head to the next that "and" joins ("strikes and other hostilities"): "and", "other", an adjective. */
const JOINED_HEAD_GAP = 3;

/** Prepositions that, right after "and", open a list's next member ("in X and in Y"), not a locator. */
const MEMBER_OPENERS: ReadonlySet<string> = new Set(['in', 'inside', 'at', 'across']);

/**
 * placeAt's table, kept from one call to the next: a new typed array per sentence cost more than filling
 * one (V8 gives an array of more than 16 entries a buffer of its own outside the heap). A table is read
 * only while readClauses runs (it and the FrameScans it makes), and none is kept after it.
 */
let placeTable = new Int32Array(256);

/** Which tokens each place covers: token index → place index (-1 none). Both are in text order: one walk. */
function placeAt(tokens: Token[], places: PlaceSpan[]): Int32Array {
	if (placeTable.length < tokens.length) placeTable = new Int32Array(2 * tokens.length);
	const at = placeTable.subarray(0, tokens.length).fill(-1);
	let p = 0;
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		while (p < places.length && places[p]!.end <= t.start) p++;
		// a token may touch two places ("Damascus-Aleppo"): the later one wins, as it did with a full scan
		for (let q = p; q < places.length && places[q]!.start < t.end; q++)
			if (places[q]!.end > t.start) at[k] = q;
	}
	return at;
}

interface Head {
	start: number;
	end: number;
	/** Token range of the head (light verbs: verb to noun). */
	from: number;
	to: number;
	predicate: {
		kind: EventKind;
		family: Family;
		slot: Slot;
		via?: string[];
		measure?: boolean;
		after?: string[];
		subjectLoses?: boolean;
		stateSubjectOnly?: boolean;
		stateObjectOnly?: boolean;
		forcesSubjectOnly?: boolean;
		passiveSubjectLoses?: boolean;
	};
	passive: boolean;
	/** The head is a noun ("the fall of", "clashes in"). */
	noun: boolean;
}

/** The longest apposition read between a place and its head ("Homs, a junction on the road … sea,"), in words. */
const APPOSITION_MAX_WORDS = 14;

/**
 * Where the relative clause a head follows opens ("Hama, which … war, fell"): the index of "which"/"who" after
 * a comma, with a comma closing the clause before the head; -1 when the head follows none.
 */
function relativeOpening(tokens: Token[], headFrom: number): number {
	let closed = false;
	for (let j = headFrom - 1; j >= Math.max(1, headFrom - 30); j--) {
		const w = tokens[j]!.lower;
		if (CLAUSE_PUNCT.has(w)) return -1;
		if (w === ',') closed = true;
		else if (PLACE_RELATIVE_WORDS.has(w) && tokens[j - 1]!.lower === ',') return closed ? j : -1;
	}
	return -1;
}

/**
 * The place a relative clause hangs on: with "which"/"who" at `opener` after a comma, the token of the place
 * named right before the comma ("Deir ez-Zor city, which …": a word of its kind may follow the name), or -1.
 */
function relativeAntecedent(
	tokens: Token[],
	at: Int32Array,
	places: PlaceSpan[],
	opener: number,
	openers: ReadonlySet<string> = RELATIVE_WORDS
): number {
	if (opener < 2 || !openers.has(tokens[opener]!.lower) || tokens[opener - 1]!.lower !== ',') return -1;
	let k = opener - 2;
	while (k > 0 && PLACE_KIND_WORDS.has(tokens[k]!.lower)) k--;
	if (at[k]! < 0 || places[at[k]!]!.line) return -1;
	// "In Hama province, where fighting raged, X was captured": a place after a preposition sets the scene, and
	// the clause's subject comes after its relative clause ("the area of X, where …" is the subject)
	if (tokens[opener]!.lower === 'where') {
		let b = spanStart(at, k) - 1;
		while (b >= 0 && DIRECTION_ADJECTIVES.has(tokens[b]!.lower)) b--;
		const before = tokens[b];
		if (before?.pos === 'ADP' && before.lower !== 'of') return -1;
	}
	return k;
}

/** The comma that closes an apposition right before a head ("…, fell", "…, have not fled": past its
 *  auxiliaries, adverbs and "not"), or -1. */
function commaBeforeHead(tokens: Token[], headFrom: number): number {
	let close = headFrom - 1;
	while (
		close > 0 &&
		(tokens[close]!.pos === 'AUX' || tokens[close]!.pos === 'ADV' || NOT_WORDS.has(tokens[close]!.lower))
	)
		close--;
	return tokens[close]?.lower === ',' ? close : -1;
}

/**
 * "Homs, a junction on the road from Damascus to the sea, has passed to the rebels": the place an apposition
 * set off by commas right before a subject-slot head describes (the places inside it only describe it), or
 * -1. The apposition is a noun phrase: an article opens it, and no verb stands in it but a participle after a
 * noun ("a junction linking …"); the place opens its clause (the sentence, or after a comma, "and", "but",
 * "that" or a reporting verb: "after taking Hama, the rebels pushed on, and Homs fell" holds no apposition).
 */
function appositionPlace(tokens: Token[], at: Int32Array, places: PlaceSpan[], headFrom: number): number {
	const close = commaBeforeHead(tokens, headFrom);
	if (close < 0) return -1;
	let open = close - 1;
	while (open > 0 && close - open <= APPOSITION_MAX_WORDS && tokens[open]!.lower !== ',') {
		const t = tokens[open]!;
		if (CLAUSE_PUNCT.has(t.lower) || t.pos === 'AUX') return -1;
		if (t.pos === 'VERB' && !(t.lower.endsWith('ing') && tokens[open - 1]?.pos === 'NOUN')) return -1;
		open--;
	}
	if (tokens[open]?.lower !== ',' || !APPOSITION_OPENERS.has(tokens[open + 1]?.lower ?? '')) return -1;
	let k = open - 1;
	while (k > 0 && PLACE_KIND_WORDS.has(tokens[k]!.lower)) k--;
	if ((at[k] ?? -1) < 0 || places[at[k]!]!.line) return -1;
	const before = tokens[spanStart(at, k) - 1];
	const opensClause =
		!before ||
		before.lower === ',' ||
		before.lower === 'that' ||
		before.lower === 'and' ||
		before.lower === 'but' ||
		(before.pos === 'VERB' && REPORTING.has(before.lemma));
	return opensClause ? k : -1;
}

/**
 * Whether the place ending at token `end` only locates the next one: a word of kind, "of" and a smaller
 * place follow ("the Damascus suburb of Harasta"; not "the Hamdaniyah district of Aleppo"), or a possessive
 * and a smaller place ("Aleppo's Sheikh Maqsoud district").
 */
function qualifiesNext(tokens: Token[], at: Int32Array, places: PlaceSpan[], end: number): boolean {
	return qualifiedPlace(tokens, at, places, end) >= 0;
}

/** The first token of the smaller place the place ending at `end` qualifies (qualifiesNext), or -1. */
function qualifiedPlace(tokens: Token[], at: Int32Array, places: PlaceSpan[], end: number): number {
	const possessive = POSSESSIVE_MARKS.has(tokens[end + 1]?.lower ?? '');
	if (!possessive && (!QUALIFYING_KINDS.has(tokens[end + 1]?.lower ?? '') || tokens[end + 2]?.lower !== 'of'))
		return -1;
	const next = possessive ? end + 2 : tokens[end + 3]?.lower === 'the' ? end + 4 : end + 3;
	if ((at[next] ?? -1) < 0) return -1;
	return (places[at[end]!]!.size ?? 0) > (places[at[next]!]!.size ?? 0) ? next : -1;
}

/**
 * The last token of the place an appositive describes, when the place starting at `first` is named inside
 * it (", a town in the countryside of Y": Y locates X), else -1.
 */
function describedPlace(tokens: Token[], at: Int32Array, first: number): number {
	for (let j = first - 1; j > 0 && j >= first - 10; j--) {
		if (at[j]! >= 0) return -1;
		if (tokens[j]!.lower !== ',') continue;
		// ", a town in …", ", the largest town in …", ", one of the towns of …"
		if (!/^(a|an|the|one)$/.test(tokens[j + 1]?.lower ?? '')) return -1;
		const kinded = tokens
			.slice(j + 2, first)
			.some((t) => PLACE_KIND_WORDS.has(t.lower) || PLACE_KIND_WORDS.has(t.lower.replace(/s$/, '')));
		return kinded && (at[j - 1] ?? -1) >= 0 ? j - 1 : -1;
	}
	return -1;
}

/** A possessive after a name: "Aleppo's", "Aleppo’s", and the bare apostrophe of "Homs'". */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** The first token of the place span that covers token k. */
function spanStart(at: Int32Array, k: number): number {
	let j = k;
	while (j - 1 >= 0 && at[j - 1] === at[k]) j--;
	return j;
}

/** The last token of the place span that covers token k. */
function spanEnd(at: Int32Array, k: number): number {
	let j = k;
	while (j + 1 < at.length && at[j + 1] === at[k]) j++;
	return j;
}

/** The last token of "X and Y" opening at `from` (each a place, "the" allowed before either), or -1. */
function pairEnd(tokens: Token[], at: Int32Array, from: number): number {
	let k = tokens[from]?.lower === 'the' ? from + 1 : from;
	if ((at[k] ?? -1) < 0) return -1;
	k = spanEnd(at, k) + 1;
	if (tokens[k]?.lower !== 'and') return -1;
	k = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
	return (at[k] ?? -1) >= 0 ? spanEnd(at, k) : -1;
}

/** Whether "with" stands right before the place that ends at token k - 1 ("With Homs in their hands"). */
function withBefore(tokens: Token[], inPlace: Int32Array, k: number): boolean {
	let j = k - 1;
	if (j < 0 || inPlace[j]! < 0) return false;
	while (j >= 0 && inPlace[j]! >= 0) j--;
	return tokens[j]?.lower === 'with';
}

/** Kinds of place in the plural after a list of names ("the X and Y regions"). */
const PLURAL_KINDS: ReadonlySet<string> = new Set([
	'regions',
	'provinces',
	'governorates',
	'areas',
	'countrysides'
]);

/**
 * The places a withdrawal's own forces are said to be in, before the head in its clause: a military noun,
 * at most one participle of posting, "in", then one place or a list of them ("troops stationed in X and Y
 * pulled out"). Empty when the clause says no such thing.
 */
function postedIn(
	tokens: Token[],
	at: Int32Array,
	head: Head,
	clauseStart: number
): { place: number; k: number; near: boolean; generic: boolean }[] {
	for (let j = clauseStart; j < head.from - 1; j++) {
		if (!MILITARY.has(tokens[j]!.lower)) continue;
		let k = j + 1;
		if (POSTED.has(tokens[k]?.lower ?? '')) k++;
		if (tokens[k]?.lower !== 'in') continue;
		const out: { place: number; k: number; near: boolean; generic: boolean }[] = [];
		k++;
		// "units in the Quneitra and Daraa regions"
		if (tokens[k]?.lower === 'the' && at[k + 1]! >= 0) k++;
		// "forces in northern Hama province": the side named before the place is part of it
		if (DIRECTION_ADJECTIVES.has(tokens[k]?.lower ?? '') && at[k + 1]! >= 0) k++;
		while (k < head.from && at[k]! >= 0) {
			out.push({ place: at[k]!, k, near: false, generic: false });
			k = spanEnd(at, k) + 1;
			if (/^(,|and)$/.test(tokens[k]?.lower ?? '') && at[k + 1]! >= 0) k++;
		}
		// the posted forces are the head's subject: only its auxiliaries, adverbs and a verb of doing ("carried
		// out", "implemented") stand between ("under pressure from fighters in X, army units withdrew" is not),
		// or the list's kind and what locates it ("in the X and Y regions of southern Syria")
		if (PLURAL_KINDS.has(tokens[k]?.lower ?? '')) k++;
		for (; k < head.from; k++) {
			const t = tokens[k]!;
			if (!/^(AUX|ADV|DET|ADJ|PART|ADP)$/.test(t.pos) && !LIGHT_DOING.has(t.lemma) && at[k]! < 0) return [];
		}
		if (out.length > 0) return out;
	}
	return [];
}

/** Whether "of", one of `determiners` at most, and a word of `group` follow token k ("the evacuation of
 *  civilians", "of its troops"). */
function groupAfterOf(
	tokens: Token[],
	k: number,
	group: ReadonlySet<string>,
	determiners: ReadonlySet<string>
): boolean {
	if (tokens[k + 1]?.lower !== 'of') return false;
	const next = determiners.has(tokens[k + 2]?.lower ?? '') ? tokens[k + 3] : tokens[k + 2];
	return next !== undefined && (group.has(next.lower) || group.has(next.lemma));
}
/** Words between "of" and the civilians it names. */
const THE: ReadonlySet<string> = new Set(['the']);
/** Words between "of" and the force it names. */
const OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his']);

/** The past forms IRREGULAR_FORMS knows, as a set: misTaggedVerb runs several times per token, and a set
 *  finds a fresh string by its hash where a property lookup must first intern it. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.keys(IRREGULAR_FORMS));
/** A past form the tagger read as a noun or adjective ("retook", "encircled") is still a verb. */
const misTaggedVerb = (t: Token) => t.pos !== 'VERB' && IRREGULAR_PAST.has(t.lower);

/** A past form the tagger read as a noun or adjective ("retreated", "recaptured" after a name or a date):
 *  in reporting, a word of a head's stem ending in -ed is the verb. */
const pastForm = (t: Token) => t.pos !== 'VERB' && t.lower.length > 5 && t.lower.endsWith('ed');

/** Words after which a participle follows ("had overrun X"): the tagger reads some participles that are
 *  also their own base ("overrun") as nouns there. */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had', 'been']);
/** A participle after PERFECT words (an adverb between allowed), not "have" as the main verb of a noun
 *  ("had clear sight of X", "had press briefings in X"): the word is no adjective and no noun or adjective
 *  follows it. */
function afterPerfect(tokens: Token[], k: number): boolean {
	const next = tokens[k + 1]?.pos;
	if (tokens[k]!.pos === 'ADJ' || next === 'NOUN' || next === 'ADJ') return false;
	const j = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
	return PERFECT.has(tokens[j]?.lower ?? '');
}

/**
 * A headline's present tense the tagger read as a noun: "Militants breach Syria's Hama", "rebels storm
 * Hama" (a plural subject right before, a place right after, or after a possessive).
 */
const headlineVerb = (tokens: Token[], k: number, inPlace: Int32Array) => {
	const before = tokens[k - 1];
	return (
		(tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') &&
		before !== undefined &&
		(before.pos === 'NOUN' || before.pos === 'PROPN') &&
		before.lower.endsWith('s') &&
		inPlace[k - 1]! < 0 &&
		((inPlace[k + 1] ?? -1) >= 0 ||
			(/^['’]s$/.test(tokens[k + 2]?.lower ?? '') && (inPlace[k + 3] ?? -1) >= 0))
	);
};

/** Whether the word at k is a noun: tagged one and not a verb the tagger misread, or after an article or possessive. */
const readAsNoun = (tokens: Token[], k: number, inPlace: Int32Array, asNoun: boolean) =>
	asNoun ||
	((tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') &&
		!misTaggedVerb(tokens[k]!) &&
		!pastForm(tokens[k]!) &&
		!headlineVerb(tokens, k, inPlace));

/** A progressive the tagger read as an adjective: "were sweeping through", "are advancing on". */
const progressive = (tokens: Token[], k: number) => {
	if (tokens[k]!.pos !== 'ADJ' || !tokens[k]!.lower.endsWith('ing')) return false;
	// "are striking", "are currently striking": adverbs may stand between
	let j = k - 1;
	while (j >= 0 && k - j <= 2 && tokens[j]!.pos === 'ADV') j--;
	return tokens[j]?.lemma === 'be';
};

/** The head lemma of a progressive: "sweeping" → "sweep", "advancing" → "advance", "hitting" → "hit". */
function progressiveLemma(t: Token): string | undefined {
	const stem = t.lower.slice(0, -3);
	return [stem, `${stem}e`, stem.slice(0, -1)].find((c) => BY_LEMMA.has(c));
}

/** The head lemma of a past form: "retreated" → "retreat", "captured" → "capture". */
const pastFormLemma = (t: Token) =>
	BY_LEMMA.has(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : t.lower.slice(0, -2);

/** Words after a verb of fighting within which a place may locate the fight with its side ("fought government
 *  forces and allied militias on Wednesday in villages north of X"). */
const SIDE_OBJECT_REACH = 16;
/** Whether forces are named from `from` to `to`, not as what a preposition governs ("according to the
 *  government, army reinforcements arrived": the reinforcements arrived). */
function forcesBefore(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		if (!FALLING_BACK.has(tokens[k]!.lower)) continue;
		const governed = tokens.slice(Math.max(from, k - 2), k).some((t) => t.pos === 'ADP');
		if (!governed) return true;
	}
	return false;
}

/** The first word of the noun phrase that ends at k ("army reinforcements", "their fresh reinforcements"). */
const phraseStart = (tokens: Token[], k: number) =>
	skipBack(tokens, k - 1, (t) => /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos)) + 1;

/** Whether a verb (not a word of allegiance) stands from k to the clause's end or a comma: "and Russian
 *  officers at X coordinated …" opens a clause of its own. */
function verbAhead(tokens: Token[], k: number): boolean {
	for (let x = k; x < tokens.length && !isBreak(tokens, x) && tokens[x]!.lower !== ','; x++)
		if ((tokens[x]!.pos === 'VERB' && !BACKING_WORDS.has(tokens[x]!.lower)) || tokens[x]!.pos === 'AUX')
			return true;
	return false;
}
/** Words after "and" within which a force's noun joins it to the side before ("and Iranian-backed militias"). */
const JOINED_FORCE_REACH = 4;
/** Whether a place, after a word that locates ("in", "near", "on the outskirts of"), follows the head at k in its clause. */
function locatedAfter(tokens: Token[], k: number, inPlace: Int32Array): boolean {
	let locator = false;
	for (let j = k + 1; j < Math.min(tokens.length, k + SIDE_OBJECT_REACH) && !isBreak(tokens, j); j++) {
		if (inPlace[j]! >= 0) return locator;
		// the side's own phrase only: "groups fighting Assad's government and [are] the force in Idlib" is not it
		// ("in hamlets south and west of X": an "and" between two directions joins them)
		const joinsDirections =
			tokens[j]!.lower === 'and' &&
			DIRECTIONS.has(tokens[j - 1]!.lower) &&
			DIRECTIONS.has(tokens[j + 1]?.lower ?? '');
		// "fighting the army and allied militias in X": an "and" that joins another force to the side
		const joinsForces =
			tokens[j]!.lower === 'and' &&
			tokens.slice(j + 1, j + 1 + JOINED_FORCE_REACH).some((t) => MILITARY.has(t.lower)) &&
			!verbAhead(tokens, j + 1);
		if (
			(tokens[j]!.pos === 'VERB' && !BACKING_WORDS.has(tokens[j]!.lower)) ||
			tokens[j]!.pos === 'AUX' ||
			(tokens[j]!.lower === 'and' && !joinsDirections && !joinsForces)
		)
			return false;
		if (LOCATOR.has(tokens[j]!.lower)) locator = true;
	}
	return false;
}

/** `asNoun`: the word follows a possessive or an article, so it is a noun whatever the tagger said. */
/** Whether one of `words` stands among the three words before k, a hyphened word ("large-scale") or a
 *  possessive ("Russia's") one word. */
function wordBefore(tokens: Token[], k: number, words: string[]): boolean {
	let n = 0;
	for (let j = k - 1; j >= 0 && n < 3; j--) {
		const w = tokens[j]!.lower;
		if (w === '-') {
			j--;
			continue;
		}
		if (POSSESSIVE_MARKS.has(w)) continue;
		if (words.includes(tokens[j]!.lower)) return true;
		n++;
	}
	return false;
}

function matchesPredicate(
	tokens: Token[],
	k: number,
	p: Predicate,
	inPlace: Int32Array,
	asNoun = false
): boolean {
	const t = tokens[k]!;
	const headline = !asNoun && headlineVerb(tokens, k, inPlace);
	const noun = readAsNoun(tokens, k, inPlace, asNoun);
	const verb =
		!asNoun &&
		(t.pos === 'VERB' ||
			misTaggedVerb(t) ||
			pastForm(t) ||
			afterPerfect(tokens, k) ||
			headline ||
			progressive(tokens, k) ||
			(t.pos === 'ADJ' && /(?:ed|en)$/.test(t.lower)));
	if (p.pos === 'verb' && !verb) return false;
	if (p.pos === 'noun' && !noun) return false;
	const next = tokens[k + 1]?.lower;
	if (p.particles && !(next && p.particles.includes(next))) return false;
	if (p.notBefore && next) {
		// the two words after it, joined once (not once per listed word: a string joined anew per comparison)
		const nextTwo = `${next} ${tokens[k + 2]?.lower}`;
		if (p.notBefore.some((w) => w === next || w === nextTwo)) return false;
	}
	if (p.after && !wordBefore(tokens, k, p.after)) return false;
	if (p.notAfter) {
		// past an opening quote (to "restore order …") and adverbs ("a video purportedly taken in X")
		let j = /^["“‘']$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
		// the adverbs passed over may be words of the list themselves ("still deployed")
		while (j > 0 && k - j <= 2 && tokens[j]!.pos === 'ADV' && !p.notAfter.includes(tokens[j]!.lower)) j--;
		if (p.notAfter.includes(tokens[j]?.lower ?? '')) return false;
	}
	if (p.objects && !tokens.slice(k + 1, k + 4).some((w) => p.objects!.includes(w.lower))) return false;
	if (p.inClause || p.notInClause) {
		const [from, to] = clauseOf(tokens, k);
		const clause = tokens.slice(from, to + 1);
		if (p.inClause && !clause.some((w) => p.inClause!.includes(w.lower))) return false;
		if (p.notInClause && clause.some((w) => p.notInClause!.includes(w.lower))) return false;
	}
	if (p.voice === 'passive' && !passiveAt(tokens, k)) return false;
	// "Tell Rifaat and surrounding areas", "the advancing rebels": a present participle between a determiner or
	// conjunction and a common noun describes the noun
	if (
		t.lower.endsWith('ing') &&
		tokens[k + 1]?.pos === 'NOUN' &&
		ATTRIBUTIVE_BEFORE.has(tokens[k - 1]?.lower ?? '')
	)
		return false;
	// "a captured armoured vehicle": a participle after a determiner describes a noun, it states no event
	if (verb && /ed$/.test(t.lower) && /^(a|an|the|its|their|his|her)$/.test(tokens[k - 1]?.lower ?? ''))
		return false;
	// "struck sites across newly captured areas of X": nor after a preposition and an adverb in -ly, before a
	// noun ("before long captured villages", "at once captured towns" tell captures)
	if (
		verb &&
		/ed$/.test(t.lower) &&
		tokens[k - 1]?.pos === 'ADV' &&
		/ly$/.test(tokens[k - 1]!.lower) &&
		tokens[k - 2]?.pos === 'ADP' &&
		tokens[k + 1]?.pos === 'NOUN'
	)
		return false;
	// "groups fighting Assad's government": the object is the other side, not a place; unless a place locates
	// the fight ("fighting government forces in Hama")
	if (
		p.family === 'hostilities' &&
		t.pos === 'VERB' &&
		SIDE_OBJECT.has(t.lemma) &&
		tokens[k + 1] &&
		/^(DET|PROPN|NOUN|PRON)$/.test(tokens[k + 1]!.pos) &&
		!locatedAfter(tokens, k, inPlace)
	)
		return false;
	if (p.modifiers) {
		const prev = tokens[k - 1]?.lower;
		const prev2 = tokens[k - 2]?.lower;
		if (
			!(prev && p.modifiers.includes(prev)) &&
			!(prev2 && p.modifiers.includes(prev2) && tokens[k - 1]?.pos !== 'VERB') &&
			// a modifier of two words right before the head ("air forces attacked")
			!(prev && prev2 && MODIFIER_PAIR_ENDS.has(prev) && p.modifiers.includes(`${prev2} ${prev}`))
		)
			return false;
	}
	return true;
}

function passiveAt(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	if (t.lower === t.lemma && !/(?:ed|en)$/.test(t.lower)) return false;
	if (tokens[k + 1]?.lower === 'by') return true;
	for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
		const w = tokens[j]!;
		if (w.lemma === 'be' || w.lemma === 'get') return !/ing$/.test(t.lower);
		if (!(w.pos === 'ADV' || w.pos === 'PART' || AUX_SKIP.has(w.lemma))) return false;
	}
	return false;
}

const POSSESSIVES = set(POSSESSIVE_WORDS);
const ROUTE_NOUNS = set(ROUTE_WORDS);
const ROAD_ENDS = set(ROAD_END_PARTICIPLES);
const GROWING = set(GROWING_LIGHT_VERBS);
const POSTED = set(POSTED_PARTICIPLES);
const AHEAD = set(AHEAD_VERBS);
const ANTICIPATING = set(ANTICIPATING_MODALS);
const INTENDING = set(INTENDING_VERBS);
const REPORTING = set(REPORTING_VERBS);
const LIGHT_DOING = set(DOING_VERBS);
const LOCATED = set(LOCATED_SUBJECTS);
const LOCATING = set(LOCATING_VERBS);

function findHeads(tokens: Token[], options: PipelineOptions, inPlace: Int32Array): Head[] {
	const heads: Head[] = [];
	const taken = new Set<number>();
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		const misTagged = misTaggedVerb(t);
		// light verb + control noun: "took (full) control of", "established dominance over"
		if (
			(LIGHT.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) ||
			(misTagged && LIGHT.has(IRREGULAR_FORMS[t.lower]!)) ||
			lightGerund(t) ||
			headlineLightVerb(tokens, k)
		) {
			// hedges and intensifiers ("at least de facto", "full", "near-total") do not count toward the gap
			let words = 0;
			for (let j = k + 1; j < tokens.length && words <= options.lightVerbGap; j++) {
				if (!CONTROL_HEDGES.has(tokens[j]!.lower)) words++;
				// the tagger reads "their hold" as a verb: after a possessive it is the noun
				const controlNoun =
					CONTROL.has(tokens[j]!.lemma) &&
					(tokens[j]!.pos === 'NOUN' || POSSESSIVES.has(tokens[j - 1]!.lower));
				if (controlNoun) {
					heads.push({
						start: t.start,
						end: tokens[j]!.end,
						from: k,
						to: j,
						predicate: { kind: 'capture', family: 'light-verb', slot: 'object' },
						passive: false,
						noun: false
					});
					for (let x = k; x <= j; x++) taken.add(x);
					break;
				}
				if (isVerb(tokens[j]!) || isBreak(tokens, j)) break;
			}
			if (taken.has(k)) continue;
		}
		// "under (the) (opposition's) control": the place before it came under a side's control; so did one that
		// came "into the hands of" a side, or is "now in rebel hands"
		const hands = t.lower === 'in' || t.lower === 'into';
		if ((t.lower === 'under' || hands) && !FORMER_HOLD.has(tokens[k - 1]?.lower ?? '')) {
			for (let j = k + 1; j <= Math.min(tokens.length - 1, k + (hands ? 4 : 5)); j++) {
				if (hands ? tokens[j]!.lower === 'hands' : CONTROL.has(tokens[j]!.lemma)) {
					// the head opens at its verb of change, so the subject is read from before it
					let from = k;
					for (let v = k - 1; v >= Math.max(0, k - 3); v--) if (changeVerb(tokens[v]!)) from = v;
					// "houses depots under regime control": with no verb of change, the thing before it is what is
					// held, not a place taken
					if (from === k && heldThingBefore(tokens, inPlace, k)) break;
					// "With X in their hands, the rebels would…": a place held as the setting of what follows
					if (from === k && hands && withBefore(tokens, inPlace, k)) break;
					// ("remained under government control" states no change: controlUnchanged drops it)
					heads.push({
						start: tokens[from]!.start,
						end: tokens[j]!.end,
						from,
						to: j,
						predicate: { kind: 'capture', family: 'under-control', slot: 'subject' },
						passive: false,
						noun: false
					});
					for (let x = k; x <= j; x++) taken.add(x);
					break;
				}
				if (isVerb(tokens[j]!) || isBreak(tokens, j)) break;
			}
			if (taken.has(k)) continue;
		}
		// "declared the city of Damascus free": the place stands between the verb and its state
		if (DECLARE.has(t.lemma) && tokens.slice(k + 1, k + 9).some((w) => DECLARED.has(w.lower))) {
			heads.push({
				start: t.start,
				end: t.end,
				from: k,
				to: k,
				predicate: { kind: 'capture', family: 'under-control', slot: 'object' },
				passive: false,
				noun: false
			});
			taken.add(k);
			continue;
		}
		// "in (full) control of X", "their control over X"; "control of X" after a light verb is handled above
		if (
			t.lemma === 'control' &&
			t.pos === 'NOUN' &&
			!taken.has(k) &&
			/^(of|over)$/.test(tokens[k + 1]?.lower ?? '') &&
			/^(in|their|its|his)$/.test(controlOwner(tokens, k) ?? '')
		) {
			heads.push({
				start: t.start,
				end: t.end,
				from: k,
				to: k,
				predicate: { kind: 'capture', family: 'light-verb', slot: 'object' },
				passive: false,
				noun: false
			});
			taken.add(k);
			continue;
		}
		if (taken.has(k)) continue;
		// a word inside a place's name ("the field artillery college") is not a predicate, nor is one naming a unit or school
		if (inPlace[k]! >= 0 || INSTITUTIONS.has(tokens[k + 1]?.lower ?? '')) continue;
		const lemma = misTagged ? IRREGULAR_FORMS[t.lower]! : t.lemma;
		// the model leaves words it does not know unlemmatised ("Airstrikes", "Clashes" read as names): try the singular
		const candidates =
			BY_LEMMA.get(lemma) ??
			BY_LEMMA.get(t.lower) ??
			(t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss')
				? (BY_LEMMA.get(t.lower.slice(0, -1)) ?? BY_LEMMA.get(t.lower.slice(0, -2)))
				: undefined) ??
			(pastForm(t) ? BY_LEMMA.get(pastFormLemma(t)) : undefined) ??
			(progressive(tokens, k) ? BY_LEMMA.get(progressiveLemma(t) ?? '') : undefined);
		if (!candidates) continue;
		// "Aleppo's capture", "the capture of": after a possessive or an article the word is a noun, whatever the
		// tag; but "a captured armoured vehicle" is a participle describing a thing, no event ("the besieged
		// Shehba region" describes a place, and states its siege)
		const describesThing = /ed$/.test(t.lower) && !(inPlace[k + 1]! >= 0);
		const asNoun = /^(['’]s|the|a|an)$/.test(tokens[k - 1]?.lower ?? '') && !describesThing;
		const p = candidates.find((c) => matchesPredicate(tokens, k, c, inPlace, asNoun));
		if (!p) continue;
		const noun = readAsNoun(tokens, k, inPlace, asNoun);
		// "this incursion into X", "these latest attacks": a demonstrative points back at an event the text
		// has told already, which its own sentence dates; retold here it is no new event
		// (after "this" or "these" the word is a noun whatever the tagger said: "this push into X"; "that" may
		// open a relative clause, "forces that pushed into X")
		if ((noun || /^th(is|ese)$/.test(tokens[k - 1]?.lower ?? '')) && pointsBack(tokens, k)) continue;
		const to = p.particles ? k + 1 : k;
		heads.push({
			start: t.start,
			end: tokens[to]!.end,
			from: k,
			to,
			predicate: p,
			passive: !noun && passiveAt(tokens, k),
			noun
		});
	}
	return heads.filter((h) => !(h.predicate.measure && measuredMove(tokens, heads, h, inPlace)));
}

/** The word that holds the control at k: "in", "their", … right before it, or before "full". */
const controlOwner = (tokens: Token[], k: number) =>
	tokens[k - 1]?.lower === 'full' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;

/** A demonstrative before the noun at k, or before one adjective in front of it ("this latest push"). */
function pointsBack(tokens: Token[], k: number): boolean {
	const before = tokens[k - 1];
	const at = before?.pos === 'ADJ' ? tokens[k - 2] : before;
	return DEMONSTRATIVES.has(at?.lower ?? '');
}

/** Whether a distance head measures the withdrawal verb just before it ("pulled back some 20 km from X"):
 *  only numbers and hedges ("some", "about") stand between them. */
function measuredMove(tokens: Token[], heads: Head[], distance: Head, inPlace: Int32Array): boolean {
	let k = distance.from - 1;
	const hedges = distance.predicate.after ?? [];
	while (k >= 0 && (tokens[k]!.pos === 'NUM' || hedges.includes(tokens[k]!.lower))) k--;
	// "the airbase is about 40 km from X", "Rastan, which lies 20 km from Homs", "the town is located 20 km
	// from X": where a place lies, no force's move ("rebels, which are 10 km from Homs", "fighters now lie
	// 10 km from X" are one)
	const verb = tokens[k];
	if (verb && (verb.lemma === 'be' || LOCATING.has(verb.lemma))) {
		if (verb.lemma === 'locate' || verb.lemma === 'situate') return true;
		if (LOCATED.has(tokens[k - 1]?.lower ?? '') || (inPlace[k - 1] ?? -1) >= 0) return true;
		if (tokens[k - 1]?.lower === 'which' && /^[,;]$/.test(tokens[k - 2]?.lower ?? '')) {
			let a = k - 3;
			while (a > 0 && PLACE_KIND_WORDS.has(tokens[a]!.lower)) a--;
			if ((inPlace[a] ?? -1) >= 0) return true;
		}
	}
	return heads.some((h) => h.to === k && h.predicate.family === 'withdraw');
}

/** Whether the place at token k is where people went: "to", "toward(s)" or "into" before it, past the words of
 *  its own phrase ("to safer areas near X", "toward the northwestern countryside of X"). */
function destinationBefore(tokens: Token[], k: number): boolean {
	const before = wordBeforePhrase(
		tokens,
		k,
		(w) => DESTINATION_PHRASE.has(w.lower) || w.pos === 'ADJ' || DIRECTION_ADJECTIVES.has(w.lower),
		6
	);
	return DESTINATION_WORDS.has(tokens[before]?.lower ?? '');
}

/** The index of the word before the phrase of the place starting at k (-1 when none): the words `inPhrase`
 *  accepts are passed over, at most `reach` of them (the preposition then has to stand within that many
 *  words of the place). */
function wordBeforePhrase(
	tokens: Token[],
	k: number,
	inPhrase: (t: Token) => boolean,
	reach = Infinity
): number {
	let j = k - 1;
	while (j >= 0 && k - j < reach && inPhrase(tokens[j]!)) j--;
	return j;
}
const DESTINATION_WORDS: ReadonlySet<string> = new Set(['to', 'toward', 'towards', 'into']);
/** Words inside a destination's phrase, before its place. */
const DESTINATION_PHRASE: ReadonlySet<string> = new Set([
	'the',
	'areas',
	'area',
	'parts',
	'regions',
	'region',
	'in',
	'of',
	'near',
	'around',
	'countryside',
	'city'
]);

/** The road-end participle whose list of ends the place starting at `first` is in ("the highway linking X and
 *  Y": for X or Y, the index of "linking"), or -1. */
function roadEndBefore(tokens: Token[], at: Int32Array, first: number): number {
	let j = first - 1;
	while (j >= 0 && (at[j]! >= 0 || LIST_GLUE.has(tokens[j]!.lower) || tokens[j]!.lower === 'the')) j--;
	return j > 0 && ROAD_ENDS.has(tokens[j]!.lower) && ROUTE_NOUNS.has(tokens[j - 1]!.lower) ? j : -1;
}

/** Whether the word at k is a noun of people a place name before it qualifies ("Homs residents", "Hama
 *  officials"): the name opens a clause of its own, not a member of a list (CIVILIAN_SUBJECTS, PEOPLE_AFTER_PLACE). */
function ownNounAfter(tokens: Token[], k: number): boolean {
	const t = tokens[k];
	return t !== undefined && (CIVILIAN.has(t.lower) || PEOPLE_AFTER.has(t.lower));
}

/** Words that may stand between "from" and the place it names ("from the nearby town of X"), a side's base
 *  named first included ("from their last stronghold, X", "from its bastion of X"). */
const FROM_PHRASE: ReadonlySet<string> = new Set([
	'the',
	'of',
	'city',
	'town',
	'village',
	'province',
	'countryside',
	'their',
	'its',
	'last',
	'main',
	'stronghold',
	'strongholds',
	'bastion',
	'base',
	'bases',
	'enclave',
	','
]);

/** The index of the "from" the place starting at k is named after, past the words of its own phrase, or -1;
 *  not after a distance ("8 km from X", "some miles away from X": near X, which is no origin). */
function fromBefore(tokens: Token[], k: number): number {
	const j = wordBeforePhrase(tokens, k, (t) => FROM_PHRASE.has(t.lower) || DIRECTION_ADJECTIVES.has(t.lower));
	return tokens[j]?.lower === 'from' && !DISTANCE_WORDS.has(tokens[j - 1]?.lower ?? '') ? j : -1;
}
const cameFrom = (tokens: Token[], k: number) => fromBefore(tokens, k) >= 0;
/** Words of a distance before "from" ("8 km from", "500 metres from", "a short distance from", "away from"). */
const DISTANCE_WORDS: ReadonlySet<string> = new Set([
	...DISTANCE_UNITS,
	'metre',
	'metres',
	'meter',
	'meters',
	'distance',
	'away'
]);

/**
 * Whether the word right before "under (X's) control" is a noun of things or people held, not a place or
 * a word for one (the caller has found no verb of change before it): "weapons depots under regime control"
 * tells what a side holds, and the place named before it in the sentence was not taken.
 */
function heldThingBefore(tokens: Token[], inPlace: Int32Array, k: number): boolean {
	const w = tokens[k - 1];
	if (!w || inPlace[k - 1]! >= 0 || w.pos !== 'NOUN') return false;
	// "Hama and its prison under rebel control": the thing is the place's own, and the place went with it
	if (POSSESSIVES.has(tokens[k - 2]?.lower ?? '')) return false;
	// a word for a place or ground ("the town under rebel control", "areas under its control") stays as it was
	return !(PLACE_KIND_WORDS.has(w.lower) || GENERIC_OBJECTS.has(w.lower) || QUALIFYING_KINDS.has(w.lower));
}

/** A verb of coming under control ("came", "fell", "were brought"), past forms the tagger misreads included. */
const changeVerb = (t: Token) =>
	UNDER_CHANGE.has(t.lemma) || UNDER_CHANGE.has(IRREGULAR_FORMS[t.lower] ?? '');

/**
 * A headline's light verb the tagger reads as a noun: "Rebels gain control of Hama", "HTS seizes control
 * over X". Only right before a noun of control and its "of"/"over", where a noun reading ("the rebels'
 * gains") cannot stand.
 */
function headlineLightVerb(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	if (t.pos !== 'NOUN' || !LIGHT.has(t.lemma)) return false;
	const after = tokens[k + 2]?.lower;
	return CONTROL.has(tokens[k + 1]?.lemma ?? '') && (after === 'of' || after === 'over');
}

/** A light verb's -ing form the tagger reads as an adjective or a noun ("reported taking control of X"). */
function lightGerund(t: Token): boolean {
	if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !t.lower.endsWith('ing')) return false;
	const stem = t.lower.slice(0, -3);
	// "taking" → take, "gaining" → gain, "getting" → get
	return LIGHT.has(stem) || LIGHT.has(`${stem}e`) || (/(.)\1$/.test(stem) && LIGHT.has(stem.slice(0, -1)));
}

/** Plural generic objects that announce a list after a colon ("four cities: X, Y"). */
const PLURAL_GENERICS: ReadonlySet<string> = new Set([
	...[...GENERIC_OBJECTS].filter((w) => w.endsWith('s')),
	'cities'
]);

/** Whether the colon at k opens a list a word before it announced ("captured the following areas: X, Y"). */
function announcesList(tokens: Token[], k: number): boolean {
	for (let j = k - 1; j >= Math.max(0, k - LIST_ANNOUNCER_REACH); j--) {
		const w = tokens[j]!.lower;
		// "took four towns within a day: X, Y and Z": a generic plural names what the list holds
		if (PLURAL_GENERICS.has(w)) return true;
		// "following" announces only as "the following" ("following the clashes:" is a clause of its own)
		if (LIST_ANNOUNCERS.has(w) && (w !== 'following' || announcedList(tokens, j))) return true;
		if (CLAUSE_PUNCT.has(tokens[j]!.lower)) return false;
	}
	return false;
}

/** The clause around token k: from the last break before it to the next break after it. */
function clauseOf(tokens: Token[], k: number): [number, number] {
	let a = k;
	while (a > 0 && !isBreak(tokens, a - 1)) a--;
	let b = k;
	while (b < tokens.length - 1 && !isBreak(tokens, b + 1)) b++;
	return [a, b];
}

type Modality = 'real' | 'unreal' | 'failed';

/**
 * "The battle for X looms", "the fight for X will decide the war", "the battle of X is the one that will
 * decide": a noun of fighting that opens its clause, whose verb tells it is still to come, is anticipated,
 * not fought. The walk passes the noun's place phrase; a copula lets a future word later in the clause
 * decide.
 */
function anticipatedBattle(tokens: Token[], head: Head, clauseStart: number): boolean {
	if (!head.noun || head.predicate.family !== 'hostilities') return false;
	for (let j = clauseStart; j < head.from; j++)
		if (!/^(DET|ADJ|PRON|PUNCT)$/.test(tokens[j]!.pos)) return false;
	let copula = false;
	for (let j = head.to + 1; j < Math.min(tokens.length, head.to + 16); j++) {
		const w = tokens[j]!;
		// the clause ends at a break or a comma: what follows has a subject of its own
		if (isBreak(tokens, j) || w.lower === ',') return false;
		// "will continue" is fighting under way, not ahead; "may have killed" reports it
		if (ANTICIPATING.has(w.lower) && tokens[j + 1]?.lemma !== 'continue') return true;
		if (AHEAD.has(w.lemma)) return true;
		if (copula) continue;
		if (w.lemma === 'be') copula = true;
		else if (isVerb(w)) return false;
	}
	return false;
}

/** A noun head whose modifiers put it ahead ("the expected attack on X", "an anticipated, large assault"),
 *  unless its own verb tells it came ("the expected assault began at dawn"). */
function prospective(tokens: Token[], head: Head): boolean {
	if (!head.noun) return false;
	for (let k = head.to + 1; k < tokens.length && !isBreak(tokens, k); k++)
		if (isVerb(tokens[k]!)) {
			if (BEGAN.has(tokens[k]!.lemma)) return false;
			break;
		}
	for (let j = head.from - 1; j >= 0; j--) {
		const w = tokens[j]!;
		// "a long-expected attack" that was launched is news
		if (PROSPECTIVE.has(w.lower)) return tokens[j - 1]?.lower !== '-';
		if (w.pos !== 'ADJ' && w.lower !== ',' && !participle(w)) return false;
	}
	return false;
}

/** "pledged air support", "planned an assault": a noun head right after a verb of intending (not "called the
 *  strikes the heaviest", not "pushed their offensive"), past its modifiers, is what is intended. */
function intendedObject(tokens: Token[], w: Token, j: number, head: Head): boolean {
	if (!head.noun || w.pos !== 'VERB' || !INTENDING.has(w.lemma)) return false;
	for (let x = j + 1; x < head.from; x++) {
		const pos = tokens[x]!.pos;
		if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'NUM' && pos !== 'PRON') return false;
	}
	return true;
}

/** Nouns of a push whose "to" names its aim ("an offensive to capture X"; the tagger may read "offensive" as
 *  an adjective, and no verb of these stands before "to" and a taking of ground). */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set([
	'offensive',
	'operation',
	'attack',
	'campaign',
	'assault',
	'push',
	'drive',
	'mission'
]);
/** Verbs of fighting whose "to" names what was fought for ("fought to retake X"). */
const FOUGHT_FOR: ReadonlySet<string> = new Set(['fight', 'battle']);

/** "If the front breaks, the rebels would take X", "Should HTS reach Aleppo, it would open…": a sentence that
 *  opens on a condition (its first word, or an inverted "should/were/had" before a subject) is a hypothesis
 *  throughout, its main clause after the comma too. */
function opensOnCondition(tokens: Token[]): boolean {
	// (a quotation that opens on "If" is someone's words; the narrative after it stands: "‘If we lose Hama, we
	// lose Syria,’ a loyalist said, hours before rebels took the city")
	const w = tokens[0];
	if (!w) return false;
	if (CONDITIONAL.has(w.lower)) return true;
	// "Were the rebels behind the capture of Hama?" asks, it does not suppose
	const next = tokens[1];
	return (
		INVERTED.has(w.lower) &&
		!!next &&
		next.pos !== 'VERB' &&
		next.pos !== 'AUX' &&
		next.pos !== 'PUNCT' &&
		// "Had enough of the war, soldiers…": a main verb
		next.pos !== 'ADV' &&
		next.lower !== 'enough' &&
		tokens[tokens.length - 1]?.lower !== '?'
	);
}

/**
 * "after the regime falls, foreign troops will leave", "they will go home once Hama falls": an event verb in
 * the present, its clause opened by a word of time, in a sentence that speaks of the future, is a time to
 * come. A headline's present stands ("Rebels enter Hama after army withdraws": no future in it).
 */
function timeToCome(tokens: Token[], head: Head): boolean {
	if (head.noun || head.passive) return false;
	// a present in -s only: a bare form may be a past ("after the army quit X", "hit")
	const verb = tokens[head.from]!;
	if (verb.lower !== verb.lemma + 's' && verb.lower !== verb.lemma + 'es') return false;
	// the word of time a few words before the verb, its subject between
	let opener = -1;
	for (let j = head.from - 1; j >= Math.max(0, head.from - 6); j--) {
		const w = tokens[j]!;
		if (TIME_CLAUSE_OPENERS.has(w.lower)) {
			opener = j;
			break;
		}
		if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') break;
	}
	if (opener < 0) return false;
	// the future of the same sentence part (not past a semicolon), and not someone's words about what comes
	// next ("… after army withdraws; commander says Homs will be next")
	let from = opener;
	while (from > 0 && tokens[from - 1]!.lower !== ';') from--;
	let to = head.to;
	while (to + 1 < tokens.length && tokens[to + 1]!.lower !== ';') to++;
	for (let j = from; j <= to; j++) {
		if ((j >= opener && j <= head.to) || !FUTURE_AUXILIARIES.has(tokens[j]!.lower)) continue;
		if (!tokens.slice(Math.max(from, j - 4), j).some((w) => REPORTING.has(w.lemma))) return true;
	}
	return false;
}

function modality(tokens: Token[], head: Head, clauseStart: number, options: PipelineOptions): Modality {
	const from = Math.max(clauseStart, head.from - options.modalityWindow);
	let failed = false;
	for (let j = head.from - 1; j >= from; j--) {
		const w = tokens[j]!;
		if (!ANY_MODAL.has(w.lemma) && !ANY_MODAL.has(w.lower)) continue;
		for (const [kind, words] of MODAL) {
			if (!words.has(w.lemma) && !words.has(w.lower)) continue;
			if (kind === 'failure') failed = true;
			else if (kind === 'attempt') failed ||= TAKING_GROUND.has(head.predicate.kind);
			else if (kind === 'conditional' || kind === 'denial' || kind === 'future') return 'unreal';
			else if (kind === 'intent') {
				// intent governs an infinitive: "aim to capture", "push to take", not "pushed into"
				// ("preparing for a counterattack": the attack is still to come), or a clause of what is wanted
				// right after it ("demanded that the army withdraw"; not a relative: "an assault that took X")
				if (
					tokens.slice(j + 1, head.from).some((x) => x.lower === 'to' || x.lower === 'for') ||
					tokens[j + 1]?.lower === 'that' ||
					w.pos === 'AUX' ||
					w.pos === 'NOUN' ||
					intendedObject(tokens, w, j, head)
				)
					return 'unreal';
			}
		}
	}
	for (let j = clauseStart; j < from; j++) if (CONDITIONAL.has(tokens[j]!.lower)) return 'unreal';
	if (opensOnCondition(tokens) || timeToCome(tokens, head)) return 'unreal';
	// "refuted claims by some outlets that rebels had seized X": a denial reaches over the words of what it
	// denies to the clause its "that" opens
	for (let j = head.from - 1; j >= Math.max(clauseStart, head.from - options.denialWindow); j--)
		if (DENYING.has(tokens[j]!.lemma) && deniedClause(tokens, j, head)) return 'unreal';
	if (answeredClaim(tokens, head)) return 'unreal';
	// "controlling Hama would give them…": a gerund as subject of a modal is a hypothesis; so is a taking of
	// ground named by a noun ("the capture of Homs could cut…"), though only before a modal auxiliary, and not
	// one the text dates ("the capture of Hama on Thursday could open the road": it happened)
	const gerund = tokens[head.from]!.lower.endsWith('ing');
	if (gerund || (head.noun && TAKING_GROUND.has(head.predicate.kind))) {
		for (let j = head.to + 1; j <= Math.min(tokens.length - 1, head.to + 5); j++) {
			const w = tokens[j]!;
			if (FUTURE.has(w.lower) && (gerund || w.pos === 'AUX')) return 'unreal';
			if (!gerund && TIME_WORDS.has(w.lower)) break;
			if (isVerb(w) || isBreak(tokens, j)) break;
		}
	}
	if (anticipatedBattle(tokens, head, clauseStart)) return 'unreal';
	if (prospective(tokens, head)) return 'unreal';
	// "the fiercest of all battles": every battle, none in particular
	if (
		head.noun &&
		head.predicate.family === 'hostilities' &&
		tokens[head.from - 1]?.lower === 'all' &&
		tokens[head.from - 2]?.lower === 'of'
	)
		return 'unreal';
	if (failed) return 'failed';
	// "launched an offensive to capture X", "an operation aimed at retaking X": the purpose of a push, not its
	// outcome; "fought to take X": fighting there, whatever came of it ("an offensive to advance on X" is the
	// advance itself)
	if (TAKING_GROUND.has(head.predicate.kind) && head.predicate.kind !== 'advance') {
		const link = tokens[head.from - 1]?.lower;
		const before = tokens[head.from - 2];
		if (link === 'to' && before && (PURPOSE_NOUNS.has(before.lemma) || PURPOSE_NOUNS.has(before.lower)))
			return 'unreal';
		if (link === 'at' && before?.lemma === 'aim') return 'unreal';
		if (link === 'to' && before && FOUGHT_FOR.has(before.lemma) && isVerb(before)) return 'failed';
	}
	// "closer to taking X", "on the verge of capturing X", "in the last moments of freeing X": near it, not yet
	const nearWord = tokens[head.from - 2];
	const lastMoment =
		LAST_MOMENTS.has(nearWord?.lemma ?? '') && FINAL_WORDS.has(tokens[head.from - 3]?.lower ?? '');
	if (tokens[head.from]!.lower.endsWith('ing') && (PROXIMITY.has(nearWord?.lemma ?? '') || lastMoment)) {
		const link = tokens[head.from - 1]!.lower;
		if (link === 'to' || link === 'of') return 'unreal';
	}
	// "negotiations are under way on the surrender of X": bargained for, not done (the talks' own phrase: not
	// "talks stalled over the capture of X", "talks ended with an agreement on the handover of X")
	if (
		head.noun &&
		tokens[head.from - 1]?.lower === 'the' &&
		NEGOTIATION_ABOUT.has(tokens[head.from - 2]?.lower ?? '')
	) {
		for (let j = head.from - 3; j >= clauseStart; j--) {
			const w = tokens[j]!;
			if (NEGOTIATING.has(w.lemma) || NEGOTIATING.has(w.lower)) return 'unreal';
			if (w.pos === 'VERB') break;
		}
	}
	if (tokens[head.from]!.negated || tokens[head.to]!.negated) return 'unreal';
	// the model's negation scope misses some: "have not yet entered", "had never taken"
	for (let j = head.from - 1; j >= Math.max(clauseStart, head.from - 3); j--)
		if (NOT_WORDS.has(tokens[j]!.lower)) return 'unreal';
	// "no clashes were reported", "without a fight": a negative determiner before a noun head
	const prev = tokens[head.from - 1]?.lower;
	if (prev && NEGATIVE.has(prev)) return 'unreal';
	return 'real';
}

/** How far before a head its claim verb may stand ("claimed to have seized", "claim they have taken"). */
const CLAIM_REACH_TOKENS = 4;
/** Words of a change of hands in what a denial denies ("denied that it had pulled out", "denied losing X"). */
const DENIED_CHANGE =
	/^(?:withdr\w*|pull\w*|retreat\w*|los[est]\w*|lost|fall\w*|fell|captur\w*|seiz\w*|control)$/;
/**
 * Whether `head` is a claim that the sentence tells was denied: "the Kurdish force rejected word of its pullout
 * from X, hours after the rebels had claimed to have seized the town" (the claim came first, the denial answers it). The
 * denial must deny a change of hands ("denied reports of abuses after it claimed to have taken X" does not).
 */
function answeredClaim(tokens: Token[], head: Head): boolean {
	let claim = -1;
	for (let j = head.from - 1; j >= Math.max(0, head.from - CLAIM_REACH_TOKENS); j--)
		if (tokens[j]!.lemma === 'claim') {
			claim = j;
			break;
		}
	if (claim < 0) return false;
	let after = -1;
	for (let j = claim - 1; j >= 0; j--) {
		const w = tokens[j]!;
		if (after < 0 && w.lower === 'after') after = j;
		else if (after >= 0 && DENYING.has(w.lemma) && w.pos === 'VERB')
			return tokens.slice(j + 1, after).some((t) => DENIED_CHANGE.test(t.lower));
	}
	return false;
}

/**
 * Whether the denial verb at `j` governs the clause of `head` through a "that": the "that" follows the verb
 * directly or through the noun phrase of what is denied ("denied reports by state media and other outlets
 * that"), and the head stands in the "that" clause itself, before any comma or other verb ("rejected the
 * offer and said that …", "denied reports that X, and said they took Y" deny neither).
 */
function deniedClause(tokens: Token[], j: number, head: Head): boolean {
	let k = j + 1;
	for (; k < head.from && tokens[k]!.lower !== 'that'; k++) {
		const t = tokens[k]!;
		const joinsNouns =
			t.lower === 'and' &&
			tokens[k + 1]?.lower !== 'that' &&
			/^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
		if (!joinsNouns && !/^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(t.pos)) return false;
	}
	if (k >= head.from) return false;
	for (let x = k + 1; x < head.from; x++) {
		const t = tokens[x]!;
		if (t.lower === ',' || t.lower === 'and' || t.pos === 'VERB') return false;
	}
	return true;
}

/** A table of markers of a few words each, matched at a token: `at` gives the first (in lexicon order) whose
 *  words stand at token j. A loop, not `find`/`every`: it runs for every token of a clause, and closures made
 *  per token cost more than the test; most tokens open no marker and need no comparison at all. */
function markerTable(phrases: readonly string[]) {
	const table = phrases.map((w) => w.split(' '));
	const first = new Set(table.map((words) => words[0]!));
	return (tokens: Token[], j: number): string[] | undefined => {
		if (!first.has(tokens[j]!.lower)) return undefined;
		for (const words of table) {
			let i = 0;
			while (i < words.length && tokens[j + i]?.lower === words[i]) i++;
			if (i === words.length) return words;
		}
		return undefined;
	};
}

/** The restatement marker at token j ("last week", "already"), or undefined. */
const markerAt = markerTable(RESTATEMENT_ANYWHERE);
const PAST_PERIOD = set(PAST_PERIODS);
const PROSPECTIVE = set(PROSPECTIVE_ADJECTIVES);
/** Verbs that tell a noun of fighting came about ("the expected assault began"). */
const BEGAN: ReadonlySet<string> = new Set(['begin', 'start', 'erupt', 'come', 'launch', 'unfold']);
/** The marker of the war's long past at token j ("over the years"), or undefined. */
const historyAt = markerTable(HISTORY_MARKERS);

/** Whether the period at j..end opens its clause (punctuation or an opening "in"/"during" at most before
 *  it) and stands on its own (not "last week's fall of X"). */
function openingPeriod(tokens: Token[], clauseStart: number, j: number, end: number): boolean {
	for (let k = clauseStart; k < j; k++)
		if (tokens[k]!.pos !== 'PUNCT' && !/^(in|during)$/.test(tokens[k]!.lower)) return false;
	return !POSSESSIVE_MARKS.has(tokens[end + 1]?.lower ?? '');
}

/** Tokens between a head and a marker at `from`..`to`, either side. */
function gap(head: Head, from: number, to: number): number {
	return head.to < from ? from - head.to : head.from > to ? head.from - to : 0;
}

/** A finite "followed"/"follows" whose direct object is a noun head: only its determiner, adjectives or
 *  possessor between them ("followed the rebels' seizure of X"; not "followed up with the capture of X", nor
 *  "followed by the seizure of X": that seizure came after, and is news). */
function followedBefore(tokens: Token[], head: Head, clauseStart: number): boolean {
	for (let j = head.from - 1; j >= Math.max(clauseStart, head.from - 5); j--) {
		const w = tokens[j]!;
		if (w.lower === 'followed' || w.lower === 'follows')
			return w.pos === 'VERB' && tokens[j + 1]?.lower !== 'by';
		if (!OBJECT_PHRASE_POS.has(w.pos) && w.lower !== "'" && w.lower !== '’') return false;
	}
	return false;
}
/** Parts of speech inside a noun phrase before its head noun (the rebels' new, 20 …). */
const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

const WAR_PERIOD = set(WAR_PERIOD_NOUNS);

/** Whether a clause tells of the war's long past ("over the years", "during the civil war"; not "for the first
 *  time during the war", which tells of now). */
function historyIn(tokens: Token[], clauseStart: number, clauseEnd: number): boolean {
	for (let j = clauseStart; j <= clauseEnd; j++) {
		if (historyAt(tokens, j)) return true;
		if (tokens[j]!.lower !== 'during' || tokens[j - 1]?.lower === 'time') continue;
		for (let i = j + 1; i <= Math.min(clauseEnd, j + 5); i++)
			if (WAR_PERIOD.has(tokens[i]!.lower)) return true;
	}
	return false;
}

function restated(
	tokens: Token[],
	at: Int32Array,
	head: Head,
	clauseStart: number,
	clauseEnd: number,
	options: PipelineOptions,
	heads: Head[]
): boolean {
	if (historyIn(tokens, clauseStart, clauseEnd)) return true;
	const changesHands =
		head.predicate.kind === 'capture' ||
		head.predicate.kind === 'entry' ||
		head.predicate.kind === 'withdrawal';
	// "came after the swift seizure of Hama": a change of hands in a clause opened by "after" is background
	if (changesHands && head.noun && SEQUENCE.has(tokens[clauseStart - 1]?.lower ?? '')) return true;
	// "the counterattack followed the rebels' seizure of X": what came after it is the news
	if (changesHands && head.noun && followedBefore(tokens, head, clauseStart)) return true;
	for (let j = clauseStart; j <= clauseEnd; j++) {
		const marker = markerAt(tokens, j);
		if (!marker) continue;
		const end = j + marker.length - 1;
		// a period back in time ("last week") restates other kinds too; not one something has gone on since
		// ("since last week, jets have pounded X"), nor one owning a noun ("last week's fall of X")
		const period = PAST_PERIOD.has(marker.join(' ')) && tokens[j - 1]?.lower !== 'since';
		if (!changesHands && !period) continue;
		// a time phrase modifies the verb before it: one after a comma that follows the marker is not its
		// ("who took Aleppo a week ago, entered Hama"); a period that opens the clause sets the time of every
		// head after it, comma or not ("Last week, the rebels launched an attack and took X"), up to a time
		// of its own ("…, and on Tuesday rebels entered Y")
		const opening = period && openingPeriod(tokens, clauseStart, j, end);
		const pastComma = (h: Head) =>
			!opening && h.from > end && tokens.slice(end + 1, h.from).some((t) => t.lower === ',');
		// "the rebels last week launched an assault, taking X": a participle after a comma has the time of the
		// verb it hangs on, when the marker is that verb's
		const governing = verbBeforeParticiple(tokens, at, head);
		const sharesTime = governing !== null && governing === end + 1;
		if (sharesTime) return true;
		if (pastComma(head)) continue;
		if (opening && head.from > end && !tokens.slice(end + 1, head.from).some((t) => TIME_WORDS.has(t.lower)))
			return true;
		// "areas previously held by the army": an adverb right before a verb that states no event is that verb's;
		// so is one before "under" ("villages previously under army control": who held them before)
		const next = tokens[end + 1];
		const owned = next && (isVerb(next) || next.lower === 'under');
		if (marker.length === 1 && owned && !heads.some((h) => h.from === end + 1)) continue;
		// a time phrase after a verb is that verb's ("who captured Aleppo last week are now in control of
		// Hama"); a one-word adverb ("previously", "already") goes with the nearest, before or after it
		if (marker.length > 1) {
			const before = heads
				.filter((h) => h.from >= clauseStart && h.to < j)
				.reduce<Head | null>((a, h) => (a && a.to >= h.to ? a : h), null);
			if (before) {
				if (before === head) return true;
				continue;
			}
		}
		// otherwise a marker dates the head nearest it ("took X and reached Y, previously captured by Z": Y's
		// capture is the old one), the earlier of two as near ("took X and Y last week")
		const mine = gap(head, j, end);
		const nearer = heads.some(
			(h) =>
				h !== head &&
				h.from >= clauseStart &&
				h.to <= clauseEnd &&
				!pastComma(h) &&
				(gap(h, j, end) < mine || (gap(h, j, end) === mine && h.from < head.from))
		);
		if (!nearer) return true;
	}
	for (let j = head.from - 1; j >= Math.max(clauseStart, head.from - options.restatementWindow); j--) {
		const w = tokens[j]!;
		// a comma closes the phrase: "who took Aleppo last week, stormed Hama" restates only Aleppo; so does a
		// time phrase that a verb before it owns (above)
		if (w.lower === ',') break;
		if ((markerAt(tokens, j)?.length ?? 0) > 1 && heads.some((h) => h.from >= clauseStart && h.to < j)) break;
		if (RESTATED.has(w.lower) && (changesHands || !SEQUENCE.has(w.lower))) return true;
	}
	return false;
}

function extentBefore(
	tokens: Token[],
	k: number,
	stop: number,
	options: PipelineOptions,
	/** The words that may say it, for a city (fewer than a region's, read further back). */
	city = false
): RegionExtent | undefined {
	const reach = city ? options.cityExtentWindow : options.extentWindow;
	for (let j = k - 1; j >= Math.max(stop, k - reach); j--) {
		const w = tokens[j]!.lower;
		const percent = percentAt(tokens, j);
		if (percent !== null) return PERCENT_EXTENT.find(([floor]) => percent >= floor)![1];
		if (city && !CITY_EXTENT.has(w)) continue;
		// "over half of Aleppo", "more than half": most of it
		if (w === 'half' && MORE_THAN.has(tokens[j - 1]?.lower ?? '')) return 'most';
		for (const [extent, words] of EXTENTS) if (words.has(w)) return extent;
	}
	return undefined;
}

/** The number of a percentage ending at token j ("80 %", "80 percent", "80 per cent"), else null. */
function percentAt(tokens: Token[], j: number): number | null {
	const w = tokens[j]!.lower;
	const n =
		w === '%' || w === 'percent'
			? tokens[j - 1]
			: w === 'cent' && tokens[j - 1]?.lower === 'per'
				? tokens[j - 2]
				: undefined;
	const value = n ? Number(n.lower) : NaN;
	return Number.isFinite(value) ? value : null;
}

// attach's tests of another head at k, at module level: closures made per call of attach cost more than the tests
/** "drone attacks hit X", "shells struck X": a strike verb after a strike noun tells the same strike. */
const sameFamilyHead = (head: Head, headFamily: Map<number, Family>, k: number) =>
	head.predicate.family === 'strike' && headFamily.get(k) === 'strike';
/** "airstrikes and other hostilities were reported in X": two heads joined by "and" share the place. */
const AIR_COVER = set(AIR_COVER_NOUNS);
const joinedHead = (tokens: Token[], head: Head, k: number) =>
	k - head.to <= JOINED_HEAD_GAP &&
	tokens.slice(head.to + 1, k).some((t) => t.lower === 'and' || t.lower === 'or') &&
	tokens.slice(head.to + 1, k).every((t) => /^(and|or|other)$/.test(t.lower) || t.pos === 'ADJ');
/** "an operation with Russian air support in X", "stormed the town under air cover": air cover that goes with
 *  a ground fight is part of its frame, and the fight's place after it is the fight's too (the cover is also a
 *  strike there, read as its own head). */
const airCoverOf = (tokens: Token[], head: Head, k: number) =>
	head.predicate.family !== 'strike' &&
	AIR_COVER.has(tokens[k]!.lemma) &&
	/^(air|aerial)$/.test(tokens[k - 1]?.lower ?? '') &&
	tokens.slice(head.to + 1, k - 1).some((t) => t.lower === 'with' || t.lower === 'under');
/** "displaced by the fighting in X", "fled from the clashes in X": the fighting is why they left, and its
 *  place is where they left. */
const causeOfFlight = (tokens: Token[], head: Head, k: number) =>
	head.predicate.kind === 'displacement' &&
	tokens.slice(head.to + 1, k).some((t) => t.lower === 'by' || t.lower === 'from');

/**
 * attach's walks over one head's frame, forward and back from the head and along the lists they find,
 * sharing what they found (`out`) and where the clause ends (`last`). Methods, not closures made per
 * call of attach: making (and, under tsx, naming) four closures per head cost more than the walks.
 */
class FrameScan {
	readonly out: { place: number; k: number; near: boolean; generic: boolean }[] = [];
	// the clause's last token; "…, the largest of which are X and Y" takes the object past "which"
	last: number;
	constructor(
		readonly tokens: Token[],
		readonly at: Int32Array,
		readonly head: Head,
		readonly slot: Slot,
		readonly clause: [number, number],
		readonly options: PipelineOptions,
		readonly headAt: Set<number>,
		readonly places: PlaceSpan[],
		readonly headFamily: Map<number, Family>
	) {
		this.last = clause[1];
	}
	forward(from: number, limit: number) {
		const { tokens, at, head, slot, options, headAt, places, headFamily, out } = this;
		const via = head.predicate.via;
		let near = false;
		let generic = false;
		/** A second object after ", as well as" ending at `from`: a window of its own, and nothing of the
		 *  first one's frame ("positions close to X, as well as the town of Y": Y itself was taken). */
		const secondObject = (from: number) => {
			near = false;
			generic = false;
			limit = from + options.objectWindow;
			return from;
		};
		// a particle that is itself a word of direction ("spread to X") opens the way at once
		let viaSeen = !via || via.includes(tokens[head.to]!.lower);
		let k = from;
		for (; k <= Math.min(this.last, limit); k++) {
			const t = tokens[k]!;
			if (via?.includes(t.lower)) viaSeen = true;
			// "seized several sites nearby. These include X": the members of a generic object are what was
			// seized, however far the generic words ran
			if (
				generic &&
				(MEMBER_GLUE.has(t.lower) || t.lemma === 'include' || t.lower === ':' || notableBeing(tokens, k))
			) {
				near = false;
				generic = false;
				limit = k + options.objectWindow;
				continue;
			}
			// "seized a dozen hamlets, the biggest of which are X and Y": so are those "of which" names
			const copula =
				generic && t.lower === 'of' && tokens[k + 1]?.lower === 'which' ? ofWhichCopula(tokens, k + 2) : -1;
			if (copula > 0) {
				near = false;
				generic = false;
				k = copula;
				this.last = clauseOf(tokens, copula + 1)[1];
				limit = k + options.objectWindow;
				continue;
			}
			// a place before the word of direction is where the move started from ("from Idlib toward X")
			if (!viaSeen && at[k]! >= 0) {
				k = spanEnd(at, k);
				continue;
			}
			// a road names where, not what: "along the M5", "the Damascus-Aleppo highway"
			if (at[k]! >= 0 && places[at[k]!]!.line) {
				k = spanEnd(at, k);
				continue;
			}
			// "the Damascus suburb of Harasta", "the Idlib town of Saraqib": the first name only says where the second is
			if (at[k]! >= 0 && qualifiesNext(tokens, at, places, spanEnd(at, k))) {
				k = spanEnd(at, k);
				continue;
			}
			// "a push launched from the town of X", "firing from X": where the fighting came from, not where it was;
			// "groups arrived from X", "advancing from X": where a move set out from, not where it went
			const family = head.predicate.family;
			if (
				at[k]! >= 0 &&
				((slot === 'around' && family === 'hostilities') || family === 'reach' || family === 'advance') &&
				cameFrom(tokens, k)
			) {
				k = spanEnd(at, k);
				continue;
			}
			if (at[k]! >= 0) {
				// a place right after "from", "to", "gateway to", "between", "km from" is a reference
				const prev = tokens[k - 1];
				const prev2 = tokens[k - 2];
				// "close to X", "next to X": near the place, not a reference to it
				const closeTo = prev?.lower === 'to' && CLOSE_WORDS.has(prev2?.lower ?? '');
				// "towns like X", "bases like the X": members of the generic things, not a comparison
				const article = prev?.lower === 'the' ? 1 : 0;
				const membersLike =
					tokens[k - 1 - article]?.lower === 'like' &&
					GENERIC_OBJECTS.has(tokens[k - 2 - article]?.lower ?? '');
				const reference =
					!closeTo &&
					!membersLike &&
					((prev && REFERENCE.has(prev.lower) && !isParticle(head, prev)) ||
						(prev2 && REFERENCE.has(prev2.lower) && prev?.lower === 'the' && !isParticle(head, prev2)));
				if (reference) return;
				out.push({ place: at[k]!, k, near: near || closeTo, generic });
				this.listAfter(k);
				return;
			}
			// "strikes on a highway linking X and Y": the places after are the road's ends, not where it was struck
			if (ROAD_ENDS.has(t.lower) && ROUTE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return;
			// "the fall of the old government, in X": what fell is the state, and X only where it was told (the
			// state's word heading the phrase: not "regime-held X", "Assad's hometown")
			if (
				slot === 'object' &&
				head.noun &&
				k <= head.to + 4 &&
				STATE.has(t.lower) &&
				COLLAPSE_HEADS.has(tokens[head.from]!.lemma) &&
				headsPhrase(tokens, at, k)
			)
				return;
			// "took checkpoints on the road and a depot near X, as well as positions in Y": the things taken go on
			// after ", as well as", a second object with a window of its own
			if (slot === 'object' && t.lower === ',' && alsoAfter(tokens, k)) {
				k = secondObject(k + ALSO.length);
				continue;
			}
			// a verb right after "and" shares the head's object ("stormed and seized Aleppo"); any other verb, or
			// another head, owns what follows it ("after capturing towns and closing in on Hama")
			const coordinated = k === head.to + 2 && /^(and|or|,)$/.test(tokens[head.to + 1]?.lower ?? '');
			if (
				isBreak(tokens, k) ||
				(!coordinated &&
					isVerb(t) &&
					!PASS_VERBS.has(t.lower) &&
					// "battled the army and allied militias near X": a word of allegiance before a noun describes it
					!(BACKING_WORDS.has(t.lower) && tokens[k + 1]?.pos === 'NOUN') &&
					!announcedList(tokens, k) &&
					!notableBeing(tokens, k) &&
					k > head.to &&
					slot !== 'around')
			) {
				// "roadblocks linking X to Y, as well as positions in Z": a participle right after the things taken
				// tells where they lie, and ends at the comma too
				const describesObject =
					!isBreak(tokens, k) &&
					slot === 'object' &&
					participle(t) &&
					!headAt.has(k) &&
					tokens[k - 1]?.pos === 'NOUN';
				const resume = describesObject ? alsoAhead(tokens, k, this.last) : -1;
				if (resume >= 0) {
					k = secondObject(resume);
					continue;
				}
				// "took villages cleared of fighters, most notably X and Y": the generic things' members follow
				const members = describesObject && generic ? membersAhead(tokens, k, this.last) : -1;
				if (members < 0) return;
				k = members;
				continue;
			}
			if (slot === 'object' && k > head.to && headAt.has(k) && !coordinated) return;
			// around: another head's place is its own ("attacks … the factions managed to capture X");
			// a comma right after a noun head closes it ("not reported on the clashes, residents in X")
			if (
				slot === 'around' &&
				((headAt.has(k) &&
					!sameFamilyHead(head, headFamily, k) &&
					!joinedHead(tokens, head, k) &&
					!airCoverOf(tokens, head, k) &&
					!causeOfFlight(tokens, head, k)) ||
					(t.lower === ',' &&
						k === head.to + 1 &&
						!/^(including|such|in|near|around|particularly|notably|mainly|mostly|especially|largely)$/.test(
							tokens[k + 1]?.lower ?? ''
						)))
			)
				return;
			// "took dozens of villages from the army, including X": the side the generic things were taken
			// from is passed over, and their members follow
			if (generic && t.lower === 'from') {
				const side = sideTakenFrom(tokens, at, k, this.last);
				if (side > k) {
					k = side;
					continue;
				}
			}
			// "hamlets lying between X and Y, such as Z": the pair only says where the generic things lie; their
			// members, if any, follow
			if (slot === 'object' && generic && t.lower === 'between') {
				const past = pairEnd(tokens, at, k + 1);
				if (past > k) {
					k = past;
					continue;
				}
			}
			// an object frame ends at a reference word ("advanced toward Homs, a gateway to Damascus");
			// hostilities and strikes name their sides first ("fighting between the army and rebels north of Hama")
			if (
				slot === 'object' &&
				REFERENCE.has(t.lower) &&
				!isParticle(head, t) &&
				// "villages along the X road, including Y": where the things taken lie; their members follow
				!(generic && ROUTE_NOUNS.has(t.lower)) &&
				// "villages to the north of X": where they lie, not a goal
				!(
					generic &&
					t.lower === 'to' &&
					tokens[k + 1]?.lower === 'the' &&
					DIRECTIONS.has(tokens[k + 2]?.lower ?? '')
				) &&
				t.lower !== 'with' &&
				!(t.lower === 'than' && QUANTITY_THAN.has(tokens[k - 1]?.lower ?? '')) &&
				// "positions close to X": near it (the place's own test below), no goal
				!(t.lower === 'to' && CLOSE_WORDS.has(tokens[k - 1]?.lower ?? ''))
			) {
				// "checkpoints linking X to Y, as well as positions in Z": the reference ends at the comma, and the
				// things taken go on after it
				const resume = alsoAhead(tokens, k, this.last);
				if (resume < 0) return;
				k = secondObject(resume);
				continue;
			}
			// "points in and around X": inside it too, not only near
			const inAnd = tokens[k - 1]?.lower === 'and' && tokens[k - 2]?.lower === 'in';
			if (NEAR_WORDS.has(t.lower) && !inAnd) near = true;
			// "territory near X", "positions around X": a generic object located by the place, not the place
			if (generic && DIRECTIONS.has(t.lower)) near = true;
			// "villages in X": settlements are not inside a town; they lie in its countryside
			if (t.lower === 'in' && settlementsBefore(tokens, head.to + 1, k)) near = true;
			// "16 villages of the city of X": a count of settlements belonging to one town lies around it ("the two
			// towns of X and Y" names them)
			if (t.lower === 'of' && countedSettlementsAt(tokens, k - 1) && oneTownAfter(tokens, at, places, k + 1))
				near = true;
			// "control three sides of X": the ground around it, closing in ("the two sides" are the warring ones)
			if (t.lower === 'sides' && tokens[k + 1]?.lower === 'of') near = true;
			if (GENERIC_OBJECTS.has(t.lower)) generic = true;
		}
		// "took villages after routing the defenders, most notably X": a step on the way to the generic things
		// taken, told in a clause of its own, is passed over to their members
		const stepped = slot === 'object' && generic && k > this.last ? membersAfterStep(tokens, at, k) : -1;
		if (stepped >= 0) {
			this.last = clauseOf(tokens, stepped + 1)[1];
			this.forward(stepped + 1, stepped + options.objectWindow);
		}
	}
	listAfter(k: number) {
		const { tokens, at, out, last } = this;
		const j = spanEnd(at, k);
		let locator = false;
		// "villages around Daraa, including the town of Nawa": a member named after "including" is one of
		// the generic things taken, not a place they lie near
		let named = false;
		for (let x = j + 1; x <= last; x++) {
			const t = tokens[x]!;
			// "X and Homs's Baba Amr district": the first name only says where the member is
			const qualified = at[x]! >= 0 ? qualifiedPlace(tokens, at, this.places, spanEnd(at, x)) : -1;
			if (qualified >= 0) {
				x = qualified - 1;
				continue;
			}
			if (at[x]! >= 0) {
				const place = at[x]!;
				// "took X on Friday and Homs residents fled": a name before a noun of its own (people, officials)
				// qualifies that noun, which opens a clause of its own; the list has ended
				if (ownNounAfter(tokens, spanEnd(at, x) + 1)) return;
				const ofGeneric = named && (out[0]?.generic ?? false);
				// members of a list share how it was introduced ("70 locations in Aleppo and Idlib provinces")
				if (!locator && !out.some((o) => o.place === place))
					out.push({
						place,
						k: x,
						near: ofGeneric ? false : (out[0]?.near ?? false),
						generic: ofGeneric ? false : (out[0]?.generic ?? false)
					});
				x = spanEnd(at, x);
				locator = false;
				continue;
			}
			// "the X, Y and Z areas of Damascus": right after a member, the members' own noun, then the place
			// they lie in (not "large parts of Idlib", which says how much of the next member)
			if (!locator && at[x - 1]! >= 0 && PART_NOUNS.has(t.lower) && tokens[x + 1]?.lower === 'of') {
				locator = true;
				x++;
				continue;
			}
			// "Aleppo and large parts of Idlib province": how much of the next member
			if (
				!locator &&
				(EXTENT_WORDS.has(t.lower) ||
					(t.lower === 'of' && EXTENT_WORDS.has(tokens[x - 1]?.lower ?? '')) ||
					(t.lower === 'the' && EXTENT_WORDS.has(tokens[x + 1]?.lower ?? '')))
			)
				continue;
			// "in Sarmin and western Aleppo", "in X and in Y", "in X, as well as in Y": after "and" a direction or
			// a preposition opens the next member; it locates nothing
			const afterGlue =
				/^(and|or)$/.test(tokens[x - 1]?.lower ?? '') ||
				(tokens[x - 1]?.lower === 'as' && tokens[x - 2]?.lower === 'well');
			const opensMember = afterGlue && (MEMBER_OPENERS.has(t.lower) || DIRECTION_ADJECTIVES.has(t.lower));
			if (opensMember || directionMember(tokens, at, x)) continue;
			if (
				LOCATOR.has(t.lower) &&
				!(
					t.lower === 'of' &&
					locator === false &&
					/^(town|towns|village|villages|city|cities)$/.test(tokens[x - 1]?.lower ?? '')
				)
			) {
				locator = true;
				continue;
			}
			if (
				locator &&
				(t.lower === 'the' ||
					/^(province|countryside|governorate|region|city|town|of|rural|edge|outskirts|al|-)$/.test(
						t.lower
					) ||
					t.pos === 'NUM' ||
					t.pos === 'ADJ')
			)
				continue;
			// "shelling reached X and then towns like Y and Z": a generic noun opens members of its own
			if (t.lower === 'like' && GENERIC_OBJECTS.has(tokens[x - 1]?.lower ?? '')) {
				named = true;
				continue;
			}
			// "X, with nearby villages such as Y and Z": a generic noun that announces more members, and
			// the participle before it
			if (GENERIC_OBJECTS.has(t.lower) && MEMBER_GLUE.has(tokens[x + 1]?.lower ?? '')) continue;
			if (
				participle(t) &&
				GENERIC_OBJECTS.has(tokens[x + 1]?.lower ?? '') &&
				MEMBER_GLUE.has(tokens[x + 2]?.lower ?? '')
			)
				continue;
			// "villages around Daraa on Friday, including Nawa": a time phrase inside the list
			if (TIME_WORDS.has(t.lower)) continue;
			if (
				TIME_OPENERS.has(t.lower) &&
				(TIME_WORDS.has(tokens[x + 1]?.lower ?? '') || TIME_WORDS.has(tokens[x + 2]?.lower ?? ''))
			)
				continue;
			// "villages around X, the most notable being Y and Z": the members of the generic things
			const being = notablePhraseEnd(tokens, x);
			if (being > 0) {
				x = being;
				named = true;
				continue;
			}
			if (LIST_GLUE.has(t.lower) || (t.lower === 'to' && tokens[x - 1]?.lower === 'addition')) {
				if (t.lower === ',' || t.lower === 'and' || t.lower === 'or') locator = false;
				if (MEMBER_GLUE.has(t.lower)) named = true;
				continue;
			}
			// "Idlib and the nearby town of Sarmin": adjectives may qualify the next member, an adverb too when
			// it qualifies one ("the strategically important towns of X and Y")
			if (!locator && (t.pos === 'ADJ' || (t.pos === 'ADV' && tokens[x + 1]?.pos === 'ADJ'))) continue;
			// a member the gazetteer lacks ("Karnaz, Tal Foo, Hayalin"): its name is passed over, and the
			// list goes on if glue follows it
			const skipped = unknownMember(tokens, at, x, last);
			if (skipped >= x) {
				x = skipped;
				continue;
			}
			// "… at X, radar sites near Y, and research centres in Z": a member that is a thing of its own
			// in a place; the place after it is the member
			const inside = thingInMember(tokens, at, x, last);
			if (inside > x) {
				x = inside;
				continue;
			}
			return;
		}
	}
	backward(from: number, limit: number) {
		const { tokens, at, head, slot, clause, headAt, places, headFamily, out } = this;
		// "a depot in X was struck": the place that only locates what was struck is where the strike fell
		let locating = -1;
		for (let k = from; k >= Math.max(clause[0], limit); k--) {
			const t = tokens[k]!;
			if (at[k]! >= 0 && places[at[k]!]!.line) continue;
			if (at[k]! >= 0) {
				const first = spanStart(at, k);
				// "From X, the militia launched attacks on …": where the fighting set out from, put first (its "from"
				// opening the clause or following a comma), is not where it was ("forces from the X Military Council
				// clashed": a name, and fighting may be there)
				const from =
					head.predicate.family === 'hostilities' || head.predicate.family === 'strike'
						? fromBefore(tokens, first)
						: -1;
				if (from >= 0 && (from === clause[0] || tokens[from - 1]?.lower === ',')) {
					k = first;
					continue;
				}
				// "cut the highway linking X and Y, stoking clashes": the road's ends, not where the clashes were
				const participle = roadEndBefore(tokens, at, first);
				if (participle >= 0) {
					k = participle;
					continue;
				}
				// "X in Idlib province fell": the region after "in" locates X; take X. So does a place after a
				// direction and "of" ("Tell Marqab, which lies south of Kafr Lusin and is in army hands")
				const before = tokens[first - 1]?.lower;
				const directionOf = before === 'of' && DIRECTIONS.has(tokens[first - 2]?.lower ?? '');
				if (before && ((LOCATOR.has(before) && before !== 'of') || directionOf)) {
					if (locating < 0) locating = k;
					k = first;
					continue;
				}
				// "attacked X, a town in the countryside of Y province, and clashes…": Y only says where X is
				const described = describedPlace(tokens, at, first);
				if (described >= 0) {
					out.push({ place: at[described]!, k: spanStart(at, described), near: false, generic: false });
					return;
				}
				out.push({ place: at[k]!, k: first, near: false, generic: false });
				this.listBefore(first);
				return;
			}
			if (isBreak(tokens, k) || (isVerb(t) && !PASS_VERBS.has(t.lower) && slot !== 'around')) break;
			if (slot === 'around' && headAt.has(k) && !sameFamilyHead(head, headFamily, k)) break;
		}
		// a site taken or entered is not its town taken ("a base in X was captured"): only strikes fall on it;
		// and only a site the subject names, not a place a participle of it tells ("civilians fleeing X were
		// shelled"), unless it tells where they stood ("fighters massed in X were struck")
		if (
			locating >= 0 &&
			head.passive &&
			head.predicate.family === 'strike' &&
			!tokens.slice(clause[0], locating).some((t) => isVerb(t) && !POSTED.has(t.lower))
		)
			out.push({ place: at[locating]!, k: spanStart(at, locating), near: false, generic: false });
	}
	listBefore(k: number) {
		const { tokens, at, clause, out } = this;
		for (let x = k - 1; x >= clause[0]; x--) {
			const t = tokens[x]!;
			if (at[x]! >= 0) {
				const place = at[x]!;
				let first = x;
				while (first - 1 >= 0 && at[first - 1] === place) first--;
				const before = tokens[first - 1]?.lower;
				if (!(before && LOCATOR.has(before) && before !== 'of') && !out.some((o) => o.place === place))
					out.push({ place, k: first, near: false, generic: false });
				x = first;
				continue;
			}
			if (LIST_GLUE.has(t.lower)) continue;
			return;
		}
	}
}

/**
 * Whether the subject of "fell back" at `k` is forces: "troops defending X", "the YPG holding X", "X's
 * defenders". Read back from the verb through the subject's own phrase (its places and participles); a
 * comma, a "that" or another verb ends it ("the army said X fell back into rebel hands": X fell).
 */
function forcesFallingBack(tokens: Token[], at: Int32Array, k: number, clauseStart: number): boolean {
	for (let j = k - 1; j >= clauseStart; j--) {
		const t = tokens[j]!;
		if (at[j]! >= 0) {
			j = spanStart(at, j);
			continue;
		}
		if (FALLING_BACK.has(t.lower)) return true;
		if (t.lower === ',' || t.lower === 'that' || t.pos === 'AUX') return false;
		if (isVerb(t) && !/(?:ing|ed)$/.test(t.lower)) return false;
	}
	return false;
}

/** Words a list of things taken may hold between the verb of taking and a weapon's noun ("seized Russian
 *  equipment, including air defence systems and rocket artillery"). */
const MATERIEL_LIST_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const MATERIEL_LIST_WORDS = new Set([',', 'and', 'or', '-', 'of', 'including']);

/** Whether a weapon's noun at the head is among the things a verb of taking before it took ("seized the
 *  airport, its warplanes and rockets"); not when an "and" before it opens a clause with a verb of its own
 *  ("seized X and Russian airstrikes on Y killed 12", "… and artillery pounded Y"). */
function takenMateriel(tokens: Token[], head: Head, clauseStart: number): boolean {
	const ownVerb = verbAhead(tokens, head.to + 1);
	for (let j = head.from - 1; j >= clauseStart; j--) {
		const t = tokens[j]!;
		if (TAKING.has(t.lemma) || TAKING.has(t.lower)) return true;
		if (t.lower === 'and' && ownVerb) return false;
		if (!MATERIEL_LIST_POS.has(t.pos) && !MATERIEL_LIST_WORDS.has(t.lower)) return false;
	}
	return false;
}

/** "forced the militants to leave": the leaving verb is an infinitive a forcing verb governs (within five words). */
function madeToLeave(tokens: Token[], head: Head): boolean {
	if (tokens[head.from - 1]?.lower !== 'to') return false;
	for (let k = head.from - 2; k >= Math.max(0, head.from - 7); k--)
		if (FORCING.has(tokens[k]!.lemma)) return true;
	return false;
}

/**
 * "collapsed in northern Syria", "collapsed overnight in the north", "collapsed all over the northwest":
 * the head's own "in" (across, over, throughout) phrase, after adverbs at most, names a side of somewhere;
 * an "in" later in the clause is about something else ("collapsed, ending fighting in the north").
 */
function inASide(tokens: Token[], head: Head, to: number): boolean {
	let k = head.to + 1;
	while (k <= to && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'all')) k++;
	if (!AREA_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
	const side = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
	const word = tokens[side]?.lower ?? '';
	return side <= to && (DIRECTIONS.has(word) || DIRECTION_ADJECTIVES.has(word));
}

/**
 * The places a head's frame holds: the first place in its slot, then the places listed with it.
 * Returns place indices with whether each is near rather than at the place.
 */
function attach(
	tokens: Token[],
	at: Int32Array,
	head: Head,
	slot: Slot,
	clause: [number, number],
	options: PipelineOptions,
	headAt: Set<number>,
	places: PlaceSpan[],
	headFamily: Map<number, Family> = new Map()
): { place: number; k: number; near: boolean; generic: boolean }[] {
	const scan = new FrameScan(tokens, at, head, slot, clause, options, headAt, places, headFamily);
	const { out } = scan;
	if (slot === 'object') {
		scan.forward(head.to + 1, head.to + options.objectWindow);
		// "Deir ez-Zor city, which government forces had abandoned": the object a relative clause leaves out
		// (its subject stands between "which" and the verb) is the name the clause hangs on
		if (out.length === 0 && !head.noun && head.from > clause[0]) {
			const named = relativeAntecedent(tokens, at, places, clause[0] - 1);
			if (named >= 0) out.push({ place: at[named]!, k: spanStart(at, named), near: false, generic: false });
		}
	} else if (slot === 'subject') {
		// "Hama, which had been held by the army, fell": past a relative clause set off by commas, the subject is
		// the name the clause hangs on, not a place inside the clause
		const opener = relativeOpening(tokens, head.from);
		const relative = relativeAntecedent(tokens, at, places, opener, PLACE_RELATIVE_WORDS);
		const k = relative >= 0 ? relative : appositionPlace(tokens, at, places, head.from);
		if (k >= 0) {
			const first = spanStart(at, k);
			out.push({ place: at[k]!, k: first, near: false, generic: false });
			scan.listBefore(first);
		} else {
			// "The city, which lies between X and Y, fell": the places of a relative clause only describe the
			// subject before it (here no place: none is found rather than a wrong one); the search stops at the
			// comma that closes the clause ("The monitor, which is based in Britain, said Hama fell" goes on to Hama)
			let close = head.from - 1;
			if (opener >= 0) while (close > opener && tokens[close]!.lower !== ',') close--;
			const limit = head.from - options.subjectWindow;
			scan.backward(head.from - 1, opener >= 0 ? Math.max(close + 1, limit) : limit);
			// "withdrew from Deir ez-Zor city, which came under SDF control": the subject of a relative clause
			// that closes the sentence is the name it hangs on ("Aleppo, which fell in 2016, was taken …" goes
			// on past its clause: that clause's subject is the main clause's)
			const named =
				out.length === 0 && !tokens.slice(head.to + 1).some((t) => t.lower === ',')
					? relativeAntecedent(tokens, at, places, clause[0] - 1)
					: -1;
			if (named >= 0) out.push({ place: at[named]!, k: spanStart(at, named), near: false, generic: false });
		}
	} else {
		// around: the nearest place on either side, after first when a preposition leads to it
		scan.forward(head.to + 1, head.to + options.aroundWindow);
		if (out.length === 0) scan.backward(head.from - 1, head.from - options.aroundWindow);
	}
	// "Among the villages seized by the rebels were X, Y and Z", "Areas now under rebel control include X and
	// Y": what the head names is listed after the copula
	const copula = out.length === 0 && slot !== 'around' ? listingVerb(tokens, head) : -1;
	if (copula >= 0) scan.forward(copula + 1, copula + options.objectWindow);
	return out;
}

/** Verbs that hand places over to a side named after them ("leaving them in X's hands", "left it under X's control"). */
const HANDING_OVER: ReadonlySet<string> = new Set(['leave', 'hand', 'cede', 'abandon']);

/** A taking whose subject is a pronoun object of a verb of handing over, right before it ("leaving them in SDF
 *  hands"). */
function handedOver(tokens: Token[], head: Head): boolean {
	const pronoun = tokens[head.from - 1]?.lower;
	return (pronoun === 'them' || pronoun === 'it') && handingBefore(tokens, head);
}

/** How many words before a taking its verb of handing over may stand ("leaving the city in the hands of X"). */
const HANDING_WINDOW = 4;

/** Whether a verb of handing over governs a taking ("leaving them in SDF hands", "left the town under the
 *  control of X"): the one who took the place is named in or after the taking, not the one who left it. */
function handingBefore(tokens: Token[], head: Head): boolean {
	for (let j = head.from - 1; j >= Math.max(0, head.from - HANDING_WINDOW); j--) {
		const t = tokens[j]!;
		if (HANDING_OVER.has(t.lemma) || HANDING_OVER.has(IRREGULAR_FORMS[t.lower] ?? '')) return true;
		if (isBreak(tokens, j) || t.lower === ',') return false;
	}
	return false;
}

/** How far after a head the verb that lists what it names may stand ("Among the towns seized by the factions
 *  on Tuesday were …"), in words. */
const LISTING_VERB_WINDOW = 10;

/** The verb after a head in its subject's phrase that lists what the head names, with no other verb between
 *  them: "include" ("areas now under rebel control include …"), or the copula of a sentence that opens on
 *  "Among the <nouns>" ("… were X and Y"); or -1. */
function listingVerb(tokens: Token[], head: Head): number {
	if (head.noun) return -1;
	// "towns under rebel control include X" describes who holds them, as "X is under rebel control" does; a
	// word of change makes it news ("towns now under rebel control include X")
	if (tokens[head.from]!.lower === 'under' && !CHANGE_WORDS.has(tokens[head.from - 1]?.lower ?? ''))
		return -1;
	let first = 0;
	while (first < head.from && tokens[first]!.pos === 'PUNCT') first++;
	const among = tokens[first]?.lower === 'among';
	for (let j = head.to + 1; j <= Math.min(tokens.length - 1, head.to + LISTING_VERB_WINDOW); j++) {
		const t = tokens[j]!;
		if (t.lemma === 'include' || (among && t.lemma === 'be')) return j;
		if (isVerb(t) || CLAUSE_PUNCT.has(t.lower) || t.lower === ',') return -1;
	}
	return -1;
}

/** How many words a side may take after "from" ("from the Syrian government's forces"). */
const SIDE_PHRASE_TOKENS = 5;

/** The last token of a side named right after "from" at k ("from regime troops"), or -1 when a place or
 *  anything but a short noun phrase ending in a military noun follows. */
function sideTakenFrom(tokens: Token[], at: Int32Array, k: number, end: number): number {
	for (let x = k + 1; x <= Math.min(end, k + SIDE_PHRASE_TOKENS); x++) {
		const t = tokens[x]!;
		if (at[x]! >= 0 || isBreak(tokens, x) || isVerb(t)) return -1;
		if (MILITARY.has(t.lower) && !MILITARY.has(tokens[x + 1]?.lower ?? '')) return x;
	}
	return -1;
}

/** How many common words may name a thing a list member places ("scientific research centres in X"). */
const MAX_THING_MEMBER_WORDS = 4;

/** The end of the words of a list member at `x` that names a thing in or near a place (after glue, an article
 *  and a run of common nouns and adjectives, then "in"/"at"/"near", an article and a place that glue or the clause's end
 *  follows: "research centres in X,", "radar sites near Y, and"), or -1. A thing in a place passes its
 *  preposition too (the place is the member); one near a place stops before it (the place only locates it);
 *  one in or near a place the gazetteer lacks is passed over whole.
 *  "residents in X fled" is no member: a verb follows the place. */
function thingInMember(tokens: Token[], at: Int32Array, x: number, end: number): number {
	const before = tokens[x - 1]?.lower;
	if (before !== ',' && before !== 'and') return -1;
	// "and a hospital in X": an article may open the member after "and" (after a bare comma, ", a town near X"
	// describes the member before it)
	let k = tokens[x]!.pos === 'DET' && before === 'and' ? x + 1 : x;
	const first = k;
	while (
		k <= end &&
		k - first < MAX_THING_MEMBER_WORDS &&
		(tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ') &&
		at[k]! < 0
	)
		k++;
	const preposition = tokens[k]?.lower ?? '';
	const inside = INSIDE_WORDS.has(preposition);
	if (k === first || tokens[k - 1]!.pos !== 'NOUN' || !(inside || NEAR_WORDS.has(preposition))) return -1;
	const place = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
	if (place > end) return -1;
	// a place the gazetteer lacks ("installations near Al-Foo, and …"): the member is passed over whole
	let unnamed = place;
	while (
		unnamed <= end &&
		at[unnamed]! < 0 &&
		unknownNameWord(tokens[unnamed]!, tokens[unnamed - 1], tokens[unnamed + 1])
	)
		unnamed++;
	if (at[place]! < 0 && unnamed === place) return -1;
	const after = at[place]! >= 0 ? spanEnd(at, place) + 1 : unnamed;
	const next = tokens[after];
	// (a hyphen after the place joins it to a longer name: "the Palmyra-Damascus road")
	if (
		after <= end &&
		next &&
		(next.lower === '-' || (!LIST_GLUE.has(next.lower) && next.pos !== 'PUNCT' && !isBreak(tokens, after)))
	)
		return -1;
	// the list this member opens must end the clause: "officials in X, Y and Z said …", "residents in X,
	// fearing …", "prisons in X and Y were opened" tell what people or things there did, not a member
	let j = at[place]! >= 0 ? after : unnamed;
	while (
		j <= end &&
		(at[j]! >= 0 || LIST_GLUE.has(tokens[j]!.lower) || tokens[j]!.pos === 'PROPN' || tokens[j]!.lower === '-')
	)
		j++;
	// (it ends the clause at punctuation other than a comma, or where the next such member opens; a comma
	// before a clause of its own, ", who …", ends no list)
	const ends =
		(j > end && tokens[j - 1]!.lower !== ',') ||
		(j <= end && tokens[j]!.pos === 'PUNCT' && tokens[j]!.lower !== ',') ||
		(j <= end && LIST_GLUE.has(tokens[j - 1]!.lower) && thingInMember(tokens, at, j, end) >= 0);
	if (!ends) return -1;
	if (at[place]! < 0) return unnamed - 1;
	return inside ? k : k - 1;
}

/** Whether a token is a word of a name the gazetteer lacks: a proper noun, a hyphen, and the parts the tagger
 *  reads otherwise in a name hyphened to an article ("Al-Jabin": "Al" before the hyphen, "Jabin" a common noun). */
function unknownNameWord(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
	return (
		t.pos === 'PROPN' ||
		t.lower === '-' ||
		(prev?.lower === '-' && t.pos === 'NOUN') ||
		(next?.lower === '-' && ARTICLE_FORMS.has(t.lower))
	);
}

/** The last token of a name the gazetteer lacks that stands as a list member at `x` (after glue, a run of
 *  proper nouns and hyphens that glue follows), or -1 when there is none. */
function unknownMember(tokens: Token[], at: Int32Array, x: number, end: number): number {
	const before = tokens[x - 1]?.lower;
	// (the list glue passes over an article and its hyphen: "Al-" of "Al-Jabin" may stand before x)
	const afterArticle = before === '-' && ARTICLE_FORMS.has(tokens[x - 2]?.lower ?? '');
	// the first member after "including" or "such as" may be the one the gazetteer lacks, when its name is
	// a place's by its form ("Tal Foo", "Foo al-Bar"): a person may follow "including" too ("including Abu Foo")
	const opensList = MEMBER_GLUE.has(before ?? '') || (before === 'as' && tokens[x - 2]?.lower === 'such');
	if (before !== ',' && before !== 'and' && before !== 'or' && !afterArticle && !opensList) return -1;
	let k = x;
	// a known name inside the member's longer one ("Tal al-Nasiriyah" is not al-Nasiriyah) is part of it
	while (
		k <= end &&
		k - x < MAX_UNKNOWN_MEMBER_TOKENS &&
		(unknownNameWord(tokens[k]!, tokens[k - 1], tokens[k + 1]) || (k > x && at[k]! >= 0))
	)
		k++;
	if (k === x) return -1;
	if (opensList && !placeLikeName(tokens, x, k)) return -1;
	const after = tokens[k]?.lower;
	return k <= end && (after === ',' || after === 'and' || after === 'or') ? k - 1 : -1;
}

/** Whether tokens [from, to) read as a place's name by their form: a place word first ("Tal", "Kafr") or an
 *  article hyphened to a word ("al-Nasiriyah"). */
function placeLikeName(tokens: Token[], from: number, to: number): boolean {
	if (opensPlaceName(tokens[from]!.lower)) return true;
	for (let k = from; k < to - 1; k++)
		if (ARTICLE_FORMS.has(tokens[k]!.lower) && tokens[k + 1]!.lower === '-') return true;
	return false;
}

/**
 * "across Hama, southeastern Aleppo and Idlib": a direction after a comma opens the next member when the list
 * goes on after its place ("and", or a comma and another place); one the list stops after locates the member
 * before it ("in Sarmin, eastern Idlib, on Monday").
 */
function directionMember(tokens: Token[], at: Int32Array, x: number): boolean {
	if (tokens[x - 1]?.lower !== ',' || !DIRECTION_ADJECTIVES.has(tokens[x]!.lower) || (at[x + 1] ?? -1) < 0)
		return false;
	const after = spanEnd(at, x + 1) + 1;
	const next = tokens[after]?.lower;
	if (next === ',' && (at[after + 1] ?? -1) >= 0) return true;
	if (next !== 'and' && next !== 'or') return false;
	// "Sarmin, eastern Idlib and Atarib, western Aleppo": the member after "and" is located the same way, so
	// this direction located the one before it too
	const member = at[after + 1] ?? -1;
	if (member < 0) return true;
	const end = spanEnd(at, after + 1);
	return !(
		tokens[end + 1]?.lower === ',' &&
		DIRECTION_ADJECTIVES.has(tokens[end + 2]?.lower ?? '') &&
		(at[end + 3] ?? -1) >= 0
	);
}

/** Longest unknown list member passed over, in tokens (an article and its hyphen are two: "Deir al - Ghazal
 *  al - Gharbi" is seven): longer runs are not names. */
const MAX_UNKNOWN_MEMBER_TOKENS = 7;

/** A strike noun the subject suffers: "under heavy bombardment", "amid Russian air strikes". */
function suffered(tokens: Token[], head: Head): boolean {
	if (!head.noun) return false;
	let k = head.from - 1;
	while (k >= 0 && /^(ADJ|DET|NUM)$/.test(tokens[k]!.pos)) k--;
	return k >= 0 && SUFFERED_UNDER.has(tokens[k]!.lower);
}

/** Whether a strike noun is the means "with" gives ("opened the assault with car bombs", "attacked Aleppo
 *  with drones"), past its own modifiers: the clause's subject wields it. */
function wieldedWith(tokens: Token[], head: Head): boolean {
	if (!head.noun) return false;
	const k = skipBack(tokens, head.from - 1, (t) => /^(ADJ|DET|NUM|NOUN)$/.test(t.pos));
	return tokens[k]?.lower === 'with';
}

/**
 * A preposition the head's place follows by its frame ("withdrew from X") or by its own rule ("expelled …
 * from X"): not a reference.
 */
const isParticle = (head: Head, t: Token) =>
	(FRAME_PREPOSITIONS.get(head.predicate.family)?.has(t.lower) ?? false) ||
	(head.predicate.via?.includes(t.lower) ?? false);

/** Determiners of something already told: "the fighting", "these strikes". */
const GIVEN = new Set(['the', 'these', 'those', 'this', 'that']);
/** Prepositions of a backdrop ("died amid continuing battles": the battles are the circumstance of what the
 *  sentence tells, with no place of their own). */
const BACKDROP = new Set(['amid', 'amidst']);

/** The index of the first token at or before `j` that `skip` does not pass over (-1 past the start). */
function skipBack(tokens: Token[], j: number, skip: (t: Token) => boolean): number {
	while (j >= 0 && skip(tokens[j]!)) j--;
	return j;
}

/** A participle the tagger read as a verb before a noun ("continuing battles", "surrounding villages"). */
const participle = (t: Token) => t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower);

/** "of" at `j` after a noun of time ("two days of", "hours of"): a measure, not what opens a phrase. */
const measureOfTime = (tokens: Token[], j: number) =>
	tokens[j]?.lower === 'of' && DURATION_NOUNS.has(tokens[j - 1]?.lemma ?? '');

/** A noun head told before or as a backdrop ("killed in the fighting so far", "amid clashes"): no new event of its own. */
function givenNoun(tokens: Token[], head: Head): boolean {
	if (!head.noun) return false;
	// modifiers in between, participles too ("amid continuing battles", "the renewed fighting")
	const j = skipBack(tokens, head.from - 1, (t) => t.pos === 'ADJ' || t.pos === 'ADV' || participle(t));
	const word = tokens[j]?.lower ?? '';
	return GIVEN.has(word) || BACKDROP.has(word);
}

/** Nouns after a withdrawal noun that make it a plan or a deal, not a leaving ("a withdrawal deal from X"). */
const NOT_A_LEAVING: ReadonlySet<string> = new Set([
	'plan',
	'plans',
	'deal',
	'agreement',
	'talks',
	'order',
	'orders'
]);

/** Modifiers before a noun head, a measure of time too ("two days of fierce"): skipped back to what opens it. */
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NUM', 'DET']);

/** Nouns that name the members of a list as parts of a place after "of" ("the X and Y suburbs of Damascus"). */
const PART_NOUNS: ReadonlySet<string> = new Set([
	'areas',
	'parts',
	'districts',
	'neighbourhoods',
	'neighborhoods',
	'suburbs',
	'quarters'
]);

/** Nouns a prelude's head may have before it ("after a Syrian army withdrawal": two). */
const PRELUDE_NAME_WORDS = 2;

/**
 * A noun head opened by a word of sequence ("after fierce clashes", "following two days of battles"): what
 * led up to the rest of the sentence.
 */
function prelude(tokens: Token[], head: Head): boolean {
	let j = head.from - 1;
	// "after two days of fighting": the tagger reads the -ing word after a measure of time as a verb
	const measuredGerund = /ing$/.test(tokens[head.from]!.lower) && measureOfTime(tokens, j);
	if (!head.noun && !measuredGerund) return false;
	const modifier = (t: Token) => MODIFIER_POS.has(t.pos);
	// "after a Syrian army withdrawal": the side's name before the noun is part of its phrase
	for (let nouns = 0; j >= 0 && nouns < PRELUDE_NAME_WORDS; nouns++) {
		j = skipBack(tokens, j, modifier);
		if (tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN') j--;
		else break;
	}
	for (;;) {
		j = skipBack(tokens, j, modifier);
		// "days of", "hours of": a measure of the fighting, not what opens it
		if (measureOfTime(tokens, j) && tokens[j - 1]?.pos === 'NOUN') j -= 2;
		else break;
	}
	const word = tokens[j]?.lower ?? '';
	return word !== 'since' && SEQUENCE.has(word);
}

/** A prelude that says where it was fought ("after clashes near the border, …") is not the change's fight;
 *  nor is one the text has told already ("after the fighting"). */
function unlocatedPrelude(tokens: Token[], head: Head): boolean {
	if (givenNoun(tokens, head)) return false;
	for (let k = head.to + 1; k < tokens.length && tokens[k]!.lower !== ','; k++)
		if (LOCATING_WORDS.has(tokens[k]!.lower)) return false;
	return true;
}

/** Words that place a prelude's fighting somewhere of its own. */
const LOCATING_WORDS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'around', 'outside', 'along', 'on']);

/** Whether anything after the head in its clause could be its object ("from", a place). */
function hasObjectAfter(tokens: Token[], at: Int32Array, head: Head, clause: [number, number]): boolean {
	for (let k = head.to + 1; k <= clause[1]; k++) if (tokens[k]!.lower === 'from' || at[k]! >= 0) return true;
	return false;
}

/**
 * Whether the object of the place at `k`..`end` is a facility inside it ("the central prison in Hama", "the
 * city's security branches"), not the place itself ("the town of Morek"). "Positions in X" is left as X:
 * for a village that is how its fall is told.
 */
function thingInside(tokens: Token[], head: Head, k: number, end: number): boolean {
	// "the city's security branches", "Hama's central prison": the facility after the place's possessive
	if (/^['’]s$/.test(tokens[end + 1]?.lower ?? ''))
		for (let j = end + 2; j <= end + 1 + FACILITY_REACH && j < tokens.length; j++)
			if (FACILITY_NOUNS.has(tokens[j]!.lower)) return true;
	// "in Hama", "in southern Syria" (the side a word of the place's own)
	const inside = SIDE_WORD.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
	if (!INSIDE_WORDS.has(tokens[inside]?.lower ?? '')) return false;
	for (let j = head.to + 1; j < inside; j++) if (FACILITY_NOUNS.has(tokens[j]!.lower)) return true;
	return false;
}
/** A side of a place as an adjective ("southern", "north-western"). */
const SIDE_WORD = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$/;

/** Words a facility noun may stand after a place's possessive ("Hama's main central prison"). */
const FACILITY_REACH = 3;

/** Whether the head's object, between `from` and `to`, is inhabited places ("villages and checkpoints around X"). */
function settlementsBefore(tokens: Token[], from: number, to: number): boolean {
	for (let j = from; j < to; j++) if (SETTLEMENT_NOUNS.has(tokens[j]!.lower)) return true;
	return false;
}

/**
 * Whether the words from `k` name one town or city and no list ("the city of X", not "X and Y", not "the X
 * area, Y and Z"): the place whose countryside a count of villages "of" it lies in.
 */
function oneTownAfter(tokens: Token[], at: Int32Array, places: PlaceSpan[], k: number): boolean {
	let j = k;
	while (j < tokens.length && at[j]! < 0 && /^(the|city|town|of)$/.test(tokens[j]!.lower)) j++;
	if (at[j]! < 0) return false;
	const place = places[at[j]!]!;
	if (place.region || (place.size ?? 0) < TOWN_SIZE) return false;
	const after = spanEnd(at, j) + 1;
	const joiner = tokens[after]?.lower;
	return !((joiner === ',' || joiner === 'and') && at[after + 1]! >= 0);
}

/** Whether a word is a count: digits or a number word ("12", "twelve"). */
const isCount = (word: string) => /^\d+$/.test(word) || Object.hasOwn(NUMBER_WORDS, word);

/** Whether a counted plural of settlements ends at `k` ("16 villages", "twelve towns"). */
function countedSettlementsAt(tokens: Token[], k: number): boolean {
	if (!SETTLEMENT_NOUNS.has(tokens[k]?.lower ?? '')) return false;
	for (let j = k - 1; j >= Math.max(0, k - 1 - COUNTED_REACH); j--) {
		const word = tokens[j]!.lower;
		if (isCount(word)) return true;
	}
	return false;
}

/** A town or larger holds a countryside of its own (./lexicon/syntax.ts PLACE_SIZE). */
const TOWN_SIZE = PLACE_SIZE.town!;

/** Words a count may stand within after its head ("seized control of more than 20 villages"). */
const COUNT_REACH = 4;
/** Words between a count and what it counts ("nine more settlements", "dozens of villages"). */
const COUNTED_REACH = 2;

/**
 * "took control of 18 villages", "took dozens of towns": the head's object is a count of settlements
 * and no name, a gain somewhere in the region in view.
 */
function countsSettlements(tokens: Token[], head: Head, clause: [number, number]): boolean {
	const last = Math.min(clause[1], head.to + COUNT_REACH);
	for (let k = head.to + 1; k <= last; k++) {
		const word = tokens[k]!.lower;
		if (!isCount(word)) continue;
		for (let j = k + 1; j <= Math.min(clause[1], k + 1 + COUNTED_REACH); j++)
			if (COUNTED_SETTLEMENTS.has(tokens[j]!.lower)) return true;
		return false;
	}
	return false;
}

/** "remained in control of X", "are still in control of", "retained control of": a hold that did not change. */
function controlUnchanged(tokens: Token[], head: Head): boolean {
	const family = head.predicate.family;
	if (family !== 'light-verb' && family !== 'under-control') return false;
	for (let j = Math.max(0, head.from - 3); j <= head.to; j++)
		if (UNCHANGED.has(tokens[j]!.lemma)) return true;
	// "Tell Marqab, which lies south of the river and is under army control": a present "is under" (or "is in
	// army hands") with no word of change ("now", "fully") describes who holds it
	if (!/^(is|are)$/.test(tokens[head.from]!.lower)) return false;
	let under = false;
	for (let j = head.from; j <= head.to; j++) if (/^(under|in)$/.test(tokens[j]!.lower)) under = true;
	if (!under) return false;
	for (let j = Math.max(0, head.from - 2); j <= head.to; j++)
		if (CHANGE_WORDS.has(tokens[j]!.lower)) return false;
	return true;
}

/**
 * "Warplanes bombed X in an attack that killed ten", "took Hama in a dawn assault": a fighting noun
 * after "in a(n)" that follows a strike or a change of hands in the sentence says how that was done, not a
 * clash of its own.
 */
function tellsManner(tokens: Token[], head: Head, heads: Head[], clauseStart: number): boolean {
	if (head.predicate.family !== 'hostilities' || !head.noun) return false;
	let j = head.from - 1;
	while (j >= 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN')) {
		// "in a separate assault on Hama" is another fight
		if (ANOTHER_ONE.has(tokens[j]!.lower)) return false;
		j--;
	}
	if (!/^(a|an)$/.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.lower !== 'in') return false;
	return heads.some(
		(h) =>
			h.from >= clauseStart &&
			h.to < head.from &&
			(h.predicate.family === 'strike' || h.predicate.kind === 'capture' || h.predicate.kind === 'entry')
	);
}

/** Whether "by" follows a noun head in its phrase and names its agent ("Hama's capture by the rebels"). */
function byAfter(tokens: Token[], head: Head): boolean {
	for (let j = head.to + 1; j < Math.min(tokens.length, head.to + 6); j++) {
		if (tokens[j]!.lower === 'by') return true;
		if (isVerb(tokens[j]!) || isBreak(tokens, j) || tokens[j]!.lower === ',') return false;
	}
	return false;
}

/** Whether fighting is what moves ("hostilities reached X", "fighting spread to X", "clashes moved closer to X"). */
function fightingSubject(tokens: Token[], at: Int32Array, head: Head, clauseStart: number): boolean {
	// "hostilities in X reached Y, extending into Z"; "after days of fighting, rebels reached Y, extending …" is the rebels'
	const verb = verbBeforeParticiple(tokens, at, head);
	if (verb !== null)
		return (
			verb >= 0 && fightingSubject(tokens, at, { ...head, from: verb, to: verb }, clauseOf(tokens, verb)[0])
		);
	let words = 0;
	for (let j = head.from - 1; j >= clauseStart && words < FIGHTING_SUBJECT_REACH; j--, words++) {
		const t = tokens[j]!;
		if (FIGHTING_SUBJECTS.has(t.lower)) return true;
		// "fighting in eastern Hama has reached X": a place the subject is in is passed over, to its preposition
		if (at[j]! >= 0) {
			let k = spanStart(at, j) - 1;
			while (k >= clauseStart && (tokens[k]!.pos === 'ADJ' || DIRECTIONS.has(tokens[k]!.lower))) k--;
			if (k >= clauseStart && LOCATING_PREPOSITIONS.has(tokens[k]!.lower)) {
				j = k;
				continue;
			}
		}
		// "fighting between the army and the rebels has spread to X": the sides it is between are passed over
		if (t.pos === 'NOUN' || t.pos === 'PROPN') {
			let b = j - 1;
			while (
				b >= clauseStart &&
				b > j - FIGHTING_SUBJECT_REACH &&
				tokens[b]!.lower !== 'between' &&
				tokens[b]!.lower !== ','
			)
				b--;
			if (
				b >= clauseStart &&
				tokens[b]!.lower === 'between' &&
				FIGHTING_SUBJECTS.has(tokens[b - 1]?.lower ?? '')
			)
				return true;
		}
		// another subject or a comma first: "after days of fighting, rebels reached X" is the rebels' advance
		if (t.lower === ',' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return false;
	}
	return false;
}
/** Words back from a head within which its fighting subject may stand, a locating phrase aside. */
const FIGHTING_SUBJECT_REACH = 10;
/** Prepositions of a phrase that says where the subject is ("fighting in X", "clashes around Y"). */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'around', 'near', 'across', 'inside']);

/**
 * "By 30 November they had taken X, consolidating their hold on Y": a participle after a comma does what the
 * main clause's subject does, here "they" before the sentence's first verb ("It was a rout, …, abandoning X"
 * and a quote's "we" lend no side).
 */
function participleOfPronoun(tokens: Token[], head: Head): boolean {
	if (!tokens[head.from]!.lower.endsWith('ing') || tokens[head.from - 1]?.lower !== ',') return false;
	for (let j = 0; j < head.from; j++) {
		const w = tokens[j]!;
		if (w.lower === 'they') return true;
		if (isVerb(w)) return false;
	}
	return false;
}

/** Where the subject of a head stands, or -1: the nearest noun before it in its clause, as the head of its
 *  phrase (for collapse, flee, withdraw). */
function subjectAt(tokens: Token[], head: Head, clauseStart: number): number {
	// "Many residents, a group seen as loyal to the president, fled": the noun an apposition set off by commas
	// describes is the subject, not a noun inside it
	const described = appositionSubject(tokens, head.from);
	if (described >= 0) return described;
	// "the president took a car and fled": a verb after "and" shares the subject of the verb before its object
	const first = sharedSubjectVerb(tokens, head.from, clauseStart);
	for (let j = first >= 0 ? first - 1 : head.from - 1; j >= clauseStart; j--) {
		const w = tokens[j]!;
		// "officers loyal to the regime fled": the officers fled, not the regime
		if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON') return phraseOwner(tokens, j).noun;
		// "the government was reported to have collapsed": the subject is the reporting verb's ("have" and
		// "be" the tagger reads as verbs are the head's auxiliaries)
		const auxiliary = w.lemma === 'have' || w.lemma === 'be';
		if (isVerb(w) && !auxiliary && !(RAISING_VERBS.has(w.lemma) && tokens[j + 1]?.lower === 'to')) return -1;
	}
	return -1;
}

/** How many words an object phrase between two coordinated verbs may have. */
const SHARED_SUBJECT_OBJECT_WORDS = 5;

/**
 * The first of two verbs that share a subject ("the president took a car and fled": took), or -1: the head
 * right after "and" (adverbs between: "and then fled"), a verb before it with at most a short object phrase
 * between. The nearest noun before the head is then that verb's object, not the head's subject.
 */
function sharedSubjectVerb(tokens: Token[], headFrom: number, clauseStart: number): number {
	let j = headFrom - 1;
	while (j > clauseStart && tokens[j]!.pos === 'ADV') j--;
	if (tokens[j]?.lower !== 'and') return -1;
	for (let k = j - 1, n = 0; k >= clauseStart && n <= SHARED_SUBJECT_OBJECT_WORDS; k--, n++) {
		const w = tokens[k]!;
		if (isVerb(w)) return n > 0 && w.lemma !== 'have' && w.lemma !== 'be' ? k : -1;
		if (!OBJECT_PHRASE_POS.has(w.pos)) return -1;
	}
	return -1;
}

/**
 * Whether the words right before the noun at `k` make it another's: a name or adjective not the state's own
 * ("the French government", "the ceasefire regime", "the Salvation Government"), or an owner not the
 * state's ("Gaddafi's regime"). Only OWN_STATE_WORDS may stand there ("the Syrian government", "President
 * Bashar al-Assad's cabinet"); a word joined by a hyphen is a measure, not a name ("Assad's 53-year rule").
 */
function foreignQualified(tokens: Token[], k: number): boolean {
	let before = k - 1;
	if (POSSESSIVE_MARKS.has(tokens[before]?.lower ?? '')) before--;
	const w = tokens[before];
	if (!w || !(w.pos === 'ADJ' || w.pos === 'PROPN' || w.pos === 'NOUN')) return false;
	if (tokens[before - 1]?.lower === '-') return false;
	return !OWN_STATE.has(w.lower) && !FALLEN.has(w.lower);
}

/**
 * The head noun of the subject an apposition right before the head describes, or -1: with "a/an/the …" or
 * "which/who/that …" between two commas, the second just before the head (or its auxiliaries and adverbs:
 * "…, have fled"), the noun phrase before the first comma, when it opens the sentence, follows "that", or is
 * a reporting verb's object ("Monitors said many Alawites, a sect …, fled"). Its head is
 * the noun before "of"/"to"/"for" ("Supporters of the president, who …, fled": supporters); a phrase that
 * follows a comma itself is a list's member, not a noun and its apposition ("Soldiers, the police, the
 * guards, fled"). The apposition may hold clause breaks of its own ("seen as loyal to …"), so the search
 * leaves the head's clause.
 */
function appositionSubject(tokens: Token[], headFrom: number): number {
	const close = commaBeforeHead(tokens, headFrom);
	if (close < 0) return -1;
	let open = -1;
	for (let j = close - 1; j > Math.max(0, close - 30); j--) {
		const w = tokens[j]!.lower;
		if (CLAUSE_PUNCT.has(w)) return -1;
		if (w !== ',') continue;
		const opener = tokens[j + 1]!.lower;
		if (!APPOSITION_OPENERS.has(opener) && !RELATIVE_WORDS.has(opener) && opener !== 'that') return -1;
		open = j;
		break;
	}
	if (open < 1) return -1;
	if (tokens[open - 1]!.pos !== 'NOUN' && tokens[open - 1]!.pos !== 'PROPN') return -1;
	const { noun, first } = phraseOwner(tokens, open - 1);
	const before = tokens[first - 1];
	const opensClause =
		!before || before.lower === 'that' || (before.pos === 'VERB' && REPORTING.has(before.lemma));
	return opensClause ? noun : -1;
}

/**
 * Whether a head tells the state brought down, by what it names as fallen: a noun of its end with the state
 * as its owner ("the regime's collapse", "Assad's ouster") or its "of" phrase ("the overthrow of President
 * Assad's government"), or an active verb of bringing down with the state as object ("toppled the regime").
 * The phrase's last noun is what fell, and only the state's own words may stand before it: "the fall of
 * Assad's forces" is the forces', "the French government" another state's, "the government of Prime
 * Minister X" someone else's. Not a local fall ("the fall of the regime in Aleppo", "ousted the regime
 * from X"), nor one the clause weighs ("predicted the fall of the regime", "its collapse would …", "is only
 * a matter of time", a question).
 */
function stateBroughtDown(tokens: Token[], at: Int32Array, head: Head, clause: [number, number]): boolean {
	const headToken = tokens[head.from]!;
	let next: number;
	// ("toppling" after "the" is a noun, though tagged and lemmatised as the verb)
	if (
		head.noun &&
		head.from === head.to &&
		(STATE_FALL.has(headToken.lemma) || STATE_FALL.has(headToken.lower))
	) {
		const owner = tokens[head.from - 2];
		if (POSSESSIVE_MARKS.has(tokens[head.from - 1]?.lower ?? '') && owner) {
			if (!FALLEN.has(owner.lower)) return false;
			next = head.to + 1;
		} else {
			if (tokens[head.to + 1]?.lower !== 'of') return false;
			const fell = fallenPhrase(tokens, head.to + 2);
			if (fell < 0) return false;
			next = fell;
		}
	} else if (
		// (not after "to": "advanced to topple the regime" is a goal)
		!head.noun &&
		!head.passive &&
		BRING_DOWN.has(headToken.lemma) &&
		tokens[head.from - 1]?.lower !== 'to'
	) {
		const fell = fallenPhrase(tokens, head.to + 1);
		if (fell < 0) return false;
		next = fell;
	} else return false;
	// a place, a name or a side of the country after "in", "across" …: a local fall ("in Aleppo", "in
	// Paris", "in the north"; not "in just days")
	const after = tokens[next];
	if (after && LOCAL_FALL.has(after.lower)) {
		const where = tokens[next + 1]?.pos === 'DET' ? next + 2 : next + 1;
		const w = tokens[where];
		const placed =
			w !== undefined &&
			!OWN_STATE.has(w.lower) &&
			(at[where]! >= 0 || w.pos === 'PROPN' || DIRECTIONS.has(w.lower));
		if (after.lower === 'from' || after.lower === 'there' || placed) return false;
	}
	const weighs = (t: Token) => FALL_WEIGHING.has(t.lower) || FALL_WEIGHING.has(t.lemma);
	if (tokens.slice(clause[0], head.from).some(weighs)) return false;
	// "named the fall of the regime as the goal": "as" gives what the fall is to the speaker (the clause reader
	// breaks before it, and it is not one of the words counted); it places nothing
	const as = tokens[next]?.lower === 'as';
	const last = as
		? Math.min(tokens.length - 1, next + WEIGHING_AFTER)
		: Math.min(clause[1], next + WEIGHING_AFTER - 1);
	for (let j = next; j <= last; j++) {
		// "the fall of Assad as rebels neared the palace": a verb after "as" opens a clause of its own
		if (as && (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX')) break;
		if (weighs(tokens[j]!)) return false;
		if (tokens[j]!.pos === 'ADP' && !(as && j === next)) break;
	}
	return tokens[tokens.length - 1]?.lower !== '?';
}

/**
 * Where the phrase that names what fell, from `from`, ends (the index after it), or -1 when it is not the
 * state: its last noun must be the state's (FALLEN_STATE), not another's (`foreignQualified`), and no "of"
 * may follow ("the government of Prime Minister X").
 */
function fallenPhrase(tokens: Token[], from: number): number {
	let last = -1;
	let k = from;
	for (; k < tokens.length; k++) {
		const w = tokens[k]!;
		// "regime-held Morek": a noun joined to a word after it describes what follows; "al-Assad" is a name
		if (w.lower === '-') {
			const joined = tokens[k + 1];
			last = joined && (joined.pos === 'NOUN' || joined.pos === 'PROPN') ? k + 1 : -1;
			k++;
			continue;
		}
		if (!OBJECT_PHRASE_POS.has(w.pos) && !POSSESSIVE_MARKS.has(w.lower)) break;
		if (w.pos === 'NOUN' || w.pos === 'PROPN') last = k;
	}
	if (last < 0 || !FALLEN.has(tokens[last]!.lower) || foreignQualified(tokens, last)) return -1;
	return tokens[k]?.lower === 'of' ? -1 : k;
}

/**
 * The noun a noun phrase ending at `end` hangs from, and where that owner's phrase begins: back over the
 * phrase, then over "of/to/for" (and a tying word before it: "loyal to", "affiliated with") to the noun
 * before, as often as they chain ("supporters of the president": supporters; "officers loyal to the
 * regime": officers). A count, a formation or a span of time opens the phrase but heads nothing
 * ("hundreds of soldiers", "columns of troops", "decades of Assad rule").
 */
function phraseOwner(tokens: Token[], end: number): { noun: number; first: number } {
	let noun = end;
	let k = end;
	for (;;) {
		while (k > 0 && OBJECT_PHRASE_POS.has(tokens[k - 1]!.pos)) k--;
		const link = tokens[k - 1]?.lower ?? '';
		const tied = TYING_WORDS.has(tokens[k - 2]?.lower ?? '');
		// "with" hangs a phrase only after a tying word ("affiliated with"; not "over by dusk with the
		// president fleeing")
		if (!(OWNING_PREPOSITIONS.has(link) || (link === 'with' && tied))) break;
		const ownerAt = tied ? k - 3 : k - 2;
		const owner = tokens[ownerAt];
		if (!owner || (owner.pos !== 'NOUN' && owner.pos !== 'PROPN' && owner.pos !== 'PRON')) break;
		// "the head of state", "the leader of the regime": the state's own; "the president of the Red
		// Crescent", "the government of Prime Minister X": a state's word owns no one else's phrase
		if (HEAD_WORDS.has(owner.lower)) break;
		if (STATE.has(owner.lower) && !STATE.has(tokens[noun]!.lower)) break;
		k = ownerAt;
		if (MEASURE_NOUNS.has(owner.lemma) || MEASURE_NOUNS.has(owner.lower)) {
			while (k > 0 && OBJECT_PHRASE_POS.has(tokens[k - 1]!.pos)) k--;
			break;
		}
		noun = ownerAt;
	}
	return { noun, first: k };
}

/** A region the sentence opens in, before the head ("In Daraa province, …"): its index, or -1. */
function framingRegion(tokens: Token[], at: Int32Array, places: PlaceSpan[], head: Head): number {
	const k = openingPlace(tokens, at, places, head);
	return k >= 0 && places[at[k]!]!.region ? at[k]! : -1;
}

/** Where the place a sentence opens in ("In X, …", "Across X, …") starts, before the head; -1 when it
 *  opens otherwise. */
function openingPlace(tokens: Token[], at: Int32Array, places: PlaceSpan[], head: Head): number {
	let j = 0;
	while (j < head.from && !/^(in|across|throughout)$/i.test(tokens[j]!.lower)) {
		if (tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'PUNCT') return -1;
		j++;
	}
	const place = at[j + 1] ?? -1;
	return place >= 0 && !places[place]!.focus ? j + 1 : -1;
}

/** Words that open a clause hanging on another: a head after one is not in the clause a place opens. */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
	'as',
	'while',
	'when',
	'after',
	'before',
	'because',
	'since',
	'until',
	'that',
	'which',
	'who',
	'where'
]);

/** "In X, the army withdrew": the opening place, when a comma closes its phrase before the head. */
function framingPlace(tokens: Token[], at: Int32Array, places: PlaceSpan[], head: Head): number {
	const start = openingPlace(tokens, at, places, head);
	if (start < 0) return -1;
	const place = at[start]!;
	let k = spanEnd(at, start) + 1;
	if (/^(province|governorate|countryside|city)$/.test(tokens[k]?.lower ?? '')) k++;
	if (tokens[k]?.lower !== ',' || k >= head.from) return -1;
	// "In X, officials said the army withdrew": where it was said, not what was left; "In X, officials met as
	// troops clashed": the head hangs on a clause of its own ("In X, fighters freed prisoners, and troops
	// withdrew" still tells of X)
	for (let j = k + 1; j < head.from; j++)
		if (REPORTING.has(tokens[j]!.lemma) || SUBORDINATE_OPENERS.has(tokens[j]!.lower)) return -1;
	return place;
}

/** Whether the object right after the head (past articles and adjectives) is civilians: "expelled residents". */
function civilianObject(tokens: Token[], head: Head): boolean {
	let j = head.to + 1;
	while (tokens[j] && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j++;
	return CIVILIAN.has(tokens[j]?.lower ?? '');
}

/**
 * A participle right after a comma ("…, reaching Y") has the subject of the verb before the comma: that verb's
 * index, -1 when there is none, null when the head is no such participle.
 */
function verbBeforeParticiple(tokens: Token[], at: Int32Array, head: Head): number | null {
	if (tokens[head.from - 1]?.lower !== ',' || !tokens[head.from]!.lower.endsWith('ing')) return null;
	// a place's name is no verb ("Tell X" tagged as one)
	for (let j = head.from - 2; j >= 0; j--) if (tokens[j]!.pos === 'VERB' && at[j]! < 0) return j;
	return -1;
}

/**
 * Whether the head's subject, places and their prepositions passed over ("families from Aleppo"), is civilians.
 * Any civilian word before the head in its clause counts, the nouns of a phrase after it passed over too
 * ("evacuations by bus … reaching Y", "people displaced from the region arrive in Y"); a military word or a
 * verb ends the walk.
 */
function civilianSubject(tokens: Token[], at: Int32Array, head: Head, clauseStart: number): boolean {
	// "families left X, reaching Y": the families reached Y
	const verb = verbBeforeParticiple(tokens, at, head);
	if (verb !== null && verb >= 0)
		return civilianSubject(tokens, at, { ...head, from: verb, to: verb }, clauseOf(tokens, verb)[0]);
	for (let j = head.from - 1; j >= clauseStart; j--) {
		if (at[j]! >= 0) {
			j = spanStart(at, j);
			if (tokens[j - 1]?.pos === 'ADP') j--;
			continue;
		}
		const w = tokens[j]!;
		if (CIVILIAN.has(w.lower)) return true;
		if (w.lower === ',') return false;
		// a noun phrase after a preposition ("by bus", "by Turkish-backed groups") is passed over; any other
		// noun is the subject and decides (a participle after it, "people forced out of X", modifies it)
		if ((w.pos === 'NOUN' || w.pos === 'PROPN') && !MILITARY.has(w.lower)) {
			let b = j - 1;
			// the noun's phrase: its modifiers, a place named in it, a hyphened adjective ("Turkish-backed")
			while (b >= clauseStart) {
				const m = tokens[b]!;
				if (at[b]! >= 0) b = spanStart(at, b);
				else if (CIVILIAN.has(m.lower)) return true;
				else if (
					!/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(m.pos) &&
					m.lower !== '-' &&
					!(isVerb(m) && m.lower.endsWith('ed') && tokens[b - 1]?.lower === '-')
				)
					break;
				b--;
			}
			if (b >= clauseStart && tokens[b]!.pos === 'ADP') {
				j = b;
				continue;
			}
			if (b >= clauseStart && CIVILIAN.has(tokens[b]!.lower)) return true;
			return false;
		}
		// "people forced out of X arrive": a participle right after its noun modifies it
		const before = tokens[j - 1]?.pos;
		const modifier = isVerb(w) && w.lower.endsWith('ed') && (before === 'NOUN' || before === 'PROPN');
		if (MILITARY.has(w.lower) || (isVerb(w) && !modifier)) return false;
	}
	return false;
}

/** Whether the nearest force named before a noun head in its clause is aircraft ("warplanes intensified their
 *  attacks"), not ground forces ("troops, backed by jets, launched attacks"). */
function byAircraft(tokens: Token[], head: Head, clauseStart: number): boolean {
	for (let j = head.from - 1; j >= clauseStart; j--) {
		const w = tokens[j]!.lower;
		// "backed by jets", "with helicopters": support named in passing, not the subject
		if (AIRCRAFT.has(w) && !/^(by|with)$/.test(tokens[j - 1]?.lower ?? '')) return true;
		// "the air forces widened their attacks": an air arm, though "forces" alone are ground forces; not one
		// that names something else ("Air Force Intelligence agents", "air force depots")
		if (
			AIR_ARM_ENDS.has(w) &&
			AIR_ARMS.has(`${tokens[j - 1]?.lower} ${w}`) &&
			!/^(by|with)$/.test(tokens[j - 2]?.lower ?? '') &&
			!/^(NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? '')
		)
			return true;
		if (MILITARY.has(w) || FIGHTERS.has(tokens[j]!.lemma)) return false;
	}
	return false;
}

/** Whether "the rest" (others, the remainder) that fled are what is left of fighters the sentence told fell
 *  ("gunmen were killed and the rest fled"), with no civilians named before them. */
function fallenFighters(tokens: Token[], head: Head): boolean {
	let subject = head.from - 1;
	while (subject >= 0 && !REMAINDER.has(tokens[subject]!.lower)) subject--;
	let fighters = false;
	let fell = false;
	for (let j = 0; j < subject; j++) {
		if (CIVILIAN.has(tokens[j]!.lower)) return false;
		if (FIGHTERS.has(tokens[j]!.lemma) || FIGHTERS.has(tokens[j]!.lower)) fighters = true;
		if (CASUALTY.has(tokens[j]!.lemma)) fell = true;
	}
	return fighters && fell;
}

export function readClauses(tokens: Token[], places: PlaceSpan[], options: PipelineOptions): Reading[] {
	const at = placeAt(tokens, places);
	const readings: Reading[] = [];
	const heads = findHeads(tokens, options, at);
	const headAt = new Set<number>();
	const headFamily = new Map<number, Family>();
	for (const h of heads)
		for (let k = h.from; k <= h.to; k++) {
			headAt.add(k);
			headFamily.set(k, h.predicate.family);
		}
	const unplacedHostilities: Head[] = [];
	const unplacedWithdrawals: Head[] = [];
	const unplacedStrikes: { head: Head; kind: EventKind }[] = [];
	const handovers: Head[] = [];
	const countedGains: { head: Head; family: Family }[] = [];
	for (const head of heads) {
		const clause = clauseOf(tokens, head.from);
		// "captured tanks, field artillery and ammunition": weapons taken, no strike
		if (head.predicate.family === 'strike' && head.noun && takenMateriel(tokens, head, clause[0])) continue;
		const mode = modality(tokens, head, clause[0], options);
		if (mode === 'unreal') continue;
		if (tellsManner(tokens, head, heads, clause[0])) continue;
		if (controlUnchanged(tokens, head)) continue;
		let { kind, family, slot } = head.predicate;
		// "jets widened their attacks on X": attacks that aircraft make are strikes from the air
		if (
			family === 'hostilities' &&
			head.noun &&
			AIRCRAFT_ATTACKS.has(tokens[head.from]!.lemma) &&
			byAircraft(tokens, head, clause[0])
		) {
			kind = 'airstrike';
			family = 'strike';
		}
		const whoAt = subjectAt(tokens, head, clause[0]);
		const who = whoAt >= 0 ? tokens[whoAt]!.lower : null;
		if (head.predicate.stateSubjectOnly && !(who && STATE.has(who))) continue;
		if (head.predicate.forcesSubjectOnly && !(who && COLLAPSE_WHO.has(who))) continue;
		// "the town's defenders fell back to X", "troops holding X fell back": forces falling back retreat; no
		// place fell ("the town fell back to the army" did)
		if (
			head.predicate.kind === 'capture' &&
			tokens[head.from]!.lemma === 'fall' &&
			tokens[head.from + 1]?.lower === 'back' &&
			forcesFallingBack(tokens, at, head.from, clause[0])
		)
			continue;
		// "the fall of the Assad government", "rebels toppled the regime": the state's end, on the country
		if (mode === 'real' && stateBroughtDown(tokens, at, head, clause)) {
			readings.push({
				place: -1,
				kind: 'collapse',
				family: 'collapse',
				head: { start: head.start, end: head.end },
				agentAfter: false,
				restated: false,
				near: false,
				collapsed: 'state'
			});
			continue;
		}
		if (head.predicate.stateObjectOnly) continue;
		const headToken = tokens[head.from]!;
		// the lemma the head was found by ("melted" read as an adjective is still "melt")
		const lemma = misTaggedVerb(headToken)
			? IRREGULAR_FORMS[headToken.lower]!
			: BY_LEMMA.has(headToken.lemma)
				? headToken.lemma
				: pastForm(headToken)
					? pastFormLemma(headToken)
					: progressive(tokens, head.from)
						? (progressiveLemma(headToken) ?? headToken.lower)
						: headToken.lower;
		// the state collapsing, or its head fleeing, is a collapse, not the fall of a town
		// soldiers fleeing a town withdraw from it; only the state's own flight is a collapse
		// (or a predicate of a collapse of its own: "the president departed for an unknown place")
		if (
			(COLLAPSE_HEADS.has(lemma) || head.predicate.kind === 'collapse') &&
			who &&
			COLLAPSE_WHO.has(who) &&
			!head.noun &&
			(lemma !== 'flee' || STATE.has(who)) &&
			// "the army fell back (from X, to Y)": a retreat, not a fall
			!(lemma === 'fall' && tokens[head.from + 1]?.lower === 'back')
		) {
			// "collapsed in Homs": a place after the head, in or of which it collapsed (one before it is another
			// clause's: "took control of Damascus, and the government collapsed")
			const placed = attach(tokens, at, head, 'around', clause, options, headAt, places, headFamily);
			// a side of it between ("crumbled in northwest Syria") still places it: there, not the whole country
			const inPlace = placed.filter((p) => {
				if (p.k <= head.to) return false;
				const side = tokens[p.k - 1]?.lower ?? '';
				let k = DIRECTIONS.has(side) || DIRECTION_ADJECTIVES.has(side) ? p.k - 2 : p.k - 1;
				if (k < p.k - 1 && tokens[k]?.lower === 'the') k--; // "in the southern Idlib countryside"
				return tokens[k]?.lower === 'of' || AREA_PREPOSITIONS.has(tokens[k]?.lower ?? '');
			});
			const headSpan = { start: head.start, end: head.end };
			// the national army is the state's; other forces collapse only where the text places them
			const national = (STATE.has(who) || who === 'army') && !foreignQualified(tokens, whoAt);
			const collapsed = national ? 'state' : 'subject';
			// the places it names ("collapsed in Homs"), else the country (-1) for the state itself
			// (forces "defeated" with no place said where are no fall of the state, nor is a collapse "in the
			// north", a side of the country the gazetteer has no region for)
			const where = inPlace.length
				? inPlace.map((p) => p.place)
				: national && !head.predicate.forcesSubjectOnly && !inASide(tokens, head, clause[1])
					? [-1]
					: [];
			for (const place of where)
				readings.push({
					place,
					kind: 'collapse',
					family: 'collapse',
					head: headSpan,
					agentAfter: false,
					restated: false,
					near: false,
					collapsed
				});
			continue;
		}
		// "missiles left by the army": what a force left behind, no place it left
		if (family === 'withdraw' && head.passive && MATERIEL.has(tokens[head.from - 1]?.lower ?? '')) continue;
		// who leaves decides what leaving is: forces withdraw, civilians are displaced (a passive "evacuated by
		// the army" names the leaver after "by", and its subject is the place left)
		const leaving = Object.hasOwn(LEAVING, lemma) ? LEAVING[lemma] : undefined;
		// "dozens of gunmen were killed and the rest fled (retreated)": the rout of a group the sentence told
		// fell, which its change of hands already tells: no displacement, no withdrawal of its own
		const routed = (leaving || family === 'withdraw') && !head.passive && who !== null && REMAINDER.has(who);
		if (routed && fallenFighters(tokens, head)) continue;
		const insurgentsLeave =
			who !== null && INSURGENTS.has(who) && (leaving === 'displacement' || madeToLeave(tokens, head));
		if (leaving && !head.passive && !(who !== null && MILITARY.has(who)) && !insurgentsLeave) {
			if (leaving !== 'displacement' && !(who !== null && CIVILIAN.has(who))) continue;
			kind = 'displacement';
			family = 'displacement';
			slot = 'around';
		}
		// "expelled residents from X": civilians put out of a place are displaced; it did not change hands
		if (
			head.predicate.passiveSubjectLoses &&
			(head.passive ? who !== null && CIVILIAN.has(who) : civilianObject(tokens, head))
		) {
			kind = 'displacement';
			family = 'displacement';
		}
		// "displaced families from Aleppo arrived in Afrin": civilians moving are no side's advance; nor is help
		// arriving ("reinforcements reached X")
		if (
			(family === 'reach' || family === 'advance') &&
			(civilianSubject(tokens, at, head, clause[0]) ||
				(family === 'reach' &&
					who !== null &&
					SUPPORT.has(who) &&
					// "rebels, bolstered by reinforcements, reached X": the forces they came with reached it
					!forcesBefore(tokens, clause[0], phraseStart(tokens, whoAt))))
		)
			continue;
		// "hostilities reached Aleppo city", "fighting spread to Hama": fighting that moves is fighting there
		if ((family === 'reach' || family === 'advance') && fightingSubject(tokens, at, head, clause[0])) {
			kind = 'clash';
			family = 'hostilities';
		}
		// "the evacuation of civilians from X": a withdrawal noun whose leavers are civilians is their displacement;
		// so are "mass evacuations from X" when no force is said to leave ("a mass evacuation of its troops" is a
		// withdrawal; so may a mass withdrawal be)
		if (
			family === 'withdraw' &&
			head.noun &&
			(groupAfterOf(tokens, head.to, CIVILIAN, THE) ||
				(tokens[head.from - 1]?.lower === 'mass' &&
					tokens[head.from]!.lower.startsWith('evacuation') &&
					!groupAfterOf(tokens, head.to, MILITARY, OWNERS)))
		) {
			kind = 'displacement';
			family = 'displacement';
			slot = 'around';
		}
		// a place found by its preposition stays after the head in either voice ("was expelled from X")
		if (
			head.passive &&
			slot === 'object' &&
			!head.predicate.via &&
			(family !== 'withdraw' || LEFT_PLACE.has(lemma))
		) {
			slot = 'subject';
			if (family === 'active') family = 'passive';
		}
		// "the SDF was expelled from Manbij (by the SNA)": the subject of a passive put out of a place lost it
		const expelled = head.passive && head.predicate.passiveSubjectLoses === true && kind === 'capture';
		const agentAfter =
			(head.passive && !expelled) ||
			family === 'under-control' ||
			family === 'intransitive' ||
			(head.noun && byAfter(tokens, head));
		// "Homs's fall cuts the capital off", "the city's fall isolates X": a noun of a fall that a place owns
		// takes no object after it but by "of"; the place is what it befell (a side's "takeover in X", "their
		// advance toward X" take their objects as before)
		const owned =
			head.noun &&
			slot === 'object' &&
			kind === 'capture' &&
			tokens[head.to + 1]?.lower !== 'of' &&
			POSSESSIVE_MARKS.has(tokens[head.from - 1]?.lower ?? '') &&
			((at[head.from - 2] ?? -1) >= 0 || PLACE_KIND_WORDS.has(tokens[head.from - 2]?.lower ?? ''));
		let found = owned ? [] : attach(tokens, at, head, slot, clause, options, headAt, places, headFamily);
		// "displaced to areas in X", "fled toward X": where they went is not where they were displaced from
		if (family === 'displacement') found = found.filter((f) => !destinationBefore(tokens, f.k));
		// a noun head with no "of X" may follow its place: "Aleppo's capture", "the Hama offensive"
		if (found.length === 0 && head.noun && slot === 'object') {
			const prev = tokens[head.from - 1];
			const prevPlace = POSSESSIVE_MARKS.has(prev?.lower ?? '') ? at[head.from - 2] : at[head.from - 1];
			if (prevPlace !== undefined && prevPlace >= 0)
				found = [{ place: prevPlace, k: head.from - 1, near: false, generic: false }];
		}
		// "units stationed in X and Y carried out a redeployment": a leaving that names no place left the one its
		// forces were posted in; "troops in X repelled an attack", "fighters in X clashed with the army": the
		// fight was where they stood
		const postedFamily = family === 'withdraw' || family === 'hostilities' || family === 'failed-attempt';
		if (found.length === 0 && postedFamily) found = postedIn(tokens, at, head, clause[0]);
		// "In X province, regime forces withdrew", "In X, troops clashed with rebels", "In X, jets struck a
		// market": the place the sentence opens in is the one left, fought in or struck
		if (found.length === 0 && (postedFamily || family === 'strike')) {
			const framing = framingPlace(tokens, at, places, head);
			if (framing >= 0) found = [{ place: framing, k: head.from, near: false, generic: false }];
		}
		// "X fell after government troops withdrew", "held X by nightfall after a hurried pull-out of army units": a
		// withdrawal without a place left the place the sentence's change of hands names (a noun only as what led
		// up to the change: "until the handover of power" is no leaving)
		if (
			found.length === 0 &&
			family === 'withdraw' &&
			(head.noun
				? prelude(tokens, head) && !NOT_A_LEAVING.has(tokens[head.to + 1]?.lower ?? '')
				: !hasObjectAfter(tokens, at, head, clause))
		)
			unplacedWithdrawals.push(head);
		// "breached X and were clashing with the army": fighting placed nowhere, told after the sentence's change of
		// hands, was there (noun or verb alike)
		// (not one that names fighting only by its aim, "an offensive on X", when it names none: that is background)
		if (
			found.length === 0 &&
			family === 'hostilities' &&
			!head.predicate.via &&
			(!hasObjectAfter(tokens, at, head, clause) || (prelude(tokens, head) && unlocatedPrelude(tokens, head)))
		)
			unplacedHostilities.push(head);
		// "retreating under heavy bombardment", "a counterattack backed by Russian air strikes": strikes placed
		// nowhere fell where the sentence's fighting or change of hands was
		if (found.length === 0 && family === 'strike' && !hasObjectAfter(tokens, at, head, clause))
			unplacedStrikes.push({ head, kind });
		// "retreated from X and Y, leaving them in SDF hands": what the pronoun hands over is what the
		// sentence's withdrawal left
		if (found.length === 0 && kind === 'capture' && handedOver(tokens, head)) handovers.push(head);
		// "took 18 villages" with no name: a part of the region the sentence before was about
		if (
			found.length === 0 &&
			kind === 'capture' &&
			mode !== 'failed' &&
			countsSettlements(tokens, head, clause)
		)
			countedGains.push({ head, family });
		if (mode === 'failed') {
			kind = 'clash';
			family = 'failed-attempt';
		}
		const isRestated = restated(tokens, at, head, clause[0], clause[1], options, heads);
		for (const f of found) {
			let k = kind;
			let near = f.near;
			// "captured territory near Aleppo", "seized positions on the outskirts": pressure, not the fall
			// (an entry near X stays an entry, located near X)
			let countryside = false;
			if (k === 'capture' && f.near && !places[f.place]!.region) {
				k = 'advance';
				near = true;
				countryside =
					(places[f.place]!.size ?? 0) >= TOWN_SIZE && settlementsBefore(tokens, head.to + 1, f.k);
			}
			// "reached the centre of X", "arrived in the main square of X": they are inside X, an entry
			// (not a distance from it: "fought 12 km from the centre of X", "reached 12 km from the centre of X"
			// were not inside)
			if (
				family === 'reach' &&
				k === 'advance' &&
				!near &&
				!head.predicate.measure &&
				!tokens.slice(head.to + 1, f.k).some((t) => DISTANCE_WORDS.has(t.lower)) &&
				coreBefore(tokens, head.to + 1, f.k)
			)
				k = 'entry';
			// "captured the prison in Hama": a foothold in the settlement, not all of it
			if (k === 'capture' && !places[f.place]!.region && thingInside(tokens, head, f.k, spanEnd(at, f.k)))
				near = true;
			// "70 locations in Aleppo province": places within a region are a part of it, unless a word says more;
			// so are "Hama countryside towns" (the region names where the towns are), and a site in it ("seized
			// the arms depots in Daraa province")
			// "expanded their hold on X province": more of it, not all of it
			const extentStop = head.to + 1 <= f.k ? head.to + 1 : clause[0];
			const extent = places[f.place]!.region
				? (extentBefore(tokens, f.k, extentStop, options) ??
					(f.generic ||
					GENERIC_OBJECTS.has(tokens[spanEnd(at, f.k) + 1]?.lower ?? '') ||
					(family === 'light-verb' && GROWING.has(tokens[head.from]!.lemma)) ||
					(k === 'capture' && thingInside(tokens, head, f.k, spanEnd(at, f.k)))
						? 'part'
						: undefined))
				: // "took half of Aleppo", "control most of the city of X": how much of a city, when the text says
					places[f.place]!.size === PLACE_SIZE.city && !near
					? extentBefore(tokens, f.k, extentStop, options, true)
					: undefined;
			readings.push({
				place: f.place,
				kind: k,
				family,
				head: { start: head.start, end: head.end },
				agentAfter,
				restated: isRestated,
				near,
				...(extent ? { extent } : {}),
				...((who && PRONOUNS.has(who)) || participleOfPronoun(tokens, head) ? { pronounSubject: true } : {}),
				...(family === 'strike' && suffered(tokens, head) ? { actorInOwnPhrase: true } : {}),
				...((head.predicate.subjectLoses && !head.passive) || expelled ? { subjectLoses: true } : {}),
				...(countryside ? { countryside: true } : {}),
				...(k === 'capture' && handingBefore(tokens, head) ? { handedOver: true } : {})
			});
		}
	}
	// "took Homs after only a day of fighting": fighting told after a change of hands, and placed nowhere, was where it happened;
	// "X fell after government troops withdrew": so was a withdrawal without an object; and so was fighting
	// told before it as its prelude ("Following clashes with the army, the rebels took X")
	// each change of hands by its first place: "took X, along with Y and Z, after clashes" fought for X (the
	// members listed with it fell with it)
	const changes = readings.filter(
		(r, i) =>
			(r.kind === 'capture' || r.kind === 'entry' || r.kind === 'withdrawal') &&
			readings.findIndex((o) => o.head.start === r.head.start) === i
	);
	for (const [unplaced, kind, family] of [
		[unplacedHostilities, 'clash', 'hostilities'],
		[unplacedWithdrawals, 'withdrawal', 'withdraw']
	] as const) {
		for (const head of unplaced)
			for (const c of changes)
				if ((c.head.end <= head.start || prelude(tokens, head)) && c.kind !== kind)
					readings.push({
						place: c.place,
						kind,
						family,
						head: { start: head.start, end: head.end },
						agentAfter: false,
						restated: c.restated,
						near: c.near,
						// "after a hurried pull-out of army units": its side is its own phrase's, if it names one (the
						// sentence's taker is not the one that left)
						...(head.noun && kind === 'withdrawal' ? { actorInOwnPhrase: true } : {})
					});
	}
	const left = handovers.length > 0 ? readings.filter((r) => r.kind === 'withdrawal' && r.place >= 0) : [];
	for (const head of handovers)
		for (const w of left)
			if (w.head.end <= head.start)
				readings.push({
					place: w.place,
					kind: 'capture',
					family: head.predicate.family,
					head: { start: head.start, end: head.end },
					agentAfter: true,
					restated: w.restated,
					near: w.near,
					handedOver: true
				});
	// (not the country a collapse of the state is put on: strikes "since the fall of the regime" hit no place)
	const grounds = readings.filter((r) => r.family !== 'strike' && r.kind !== 'advance' && r.place >= 0);
	for (const { head, kind } of unplacedStrikes)
		for (const g of grounds)
			readings.push({
				place: g.place,
				kind,
				family: 'strike',
				head: { start: head.start, end: head.end },
				agentAfter: false,
				restated: g.restated,
				near: g.near,
				// "opened their assault with car bombs": the means of the clause's subject, who is its side
				...(wieldedWith(tokens, head) ? {} : { actorInOwnPhrase: true })
			});
	// a sentence that places nothing: its fighting, strikes and withdrawals were where the one before was
	const focus = places.findIndex((p) => p.focus);
	const placesNothing = focus >= 0 && readings.length === 0;
	if (placesNothing)
		for (const [unplaced, kind, family] of [
			[unplacedHostilities, 'clash', 'hostilities'],
			[unplacedStrikes.map((s) => s.head), null, 'strike'],
			[unplacedWithdrawals, 'withdrawal', 'withdraw']
		] as const)
			unplaced.forEach((head, i) => {
				if (givenNoun(tokens, head)) return;
				const clause = clauseOf(tokens, head.from);
				readings.push({
					place: focus,
					kind: kind ?? unplacedStrikes[i]!.kind,
					family,
					head: { start: head.start, end: head.end },
					agentAfter: false,
					restated: restated(tokens, at, head, clause[0], clause[1], options, heads),
					near: false,
					...(family === 'strike' && !wieldedWith(tokens, head) ? { actorInOwnPhrase: true } : {})
				});
			});
	// a count of villages taken in a region is a part of it; around a town it does not say the town fell. The
	// region is the one the sentence before was about, or the one this sentence opens in ("In Daraa province,
	// local groups captured a dozen positions")
	for (const { head, family } of countedGains) {
		const region = placesNothing && places[focus]!.region ? focus : framingRegion(tokens, at, places, head);
		if (region < 0) continue;
		const clause = clauseOf(tokens, head.from);
		readings.push({
			place: region,
			kind: 'capture',
			family,
			head: { start: head.start, end: head.end },
			agentAfter: false,
			restated: restated(tokens, at, head, clause[0], clause[1], options, heads),
			near: false,
			extent: 'part'
		});
	}
	// one reading per (place, kind), one strike per place (the first, most specific: "drone attacks hit X"); an advance on a place the same sentence says was taken or entered is the same event
	const out: Reading[] = [];
	const seen = new Set<string>();
	const decisive = new Set(
		readings.filter((r) => r.kind === 'capture' || r.kind === 'entry').map((r) => r.place)
	);
	for (const r of readings) {
		if (r.kind === 'advance' && decisive.has(r.place)) continue;
		const key = `${r.place} ${r.family === 'strike' ? 'strike' : r.kind}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(r);
	}
	return out;
}

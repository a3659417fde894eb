// The sides a text names: the actors file's names, and the names a report composes from a patron
// ("Turkish-backed factions", "Ankara-aligned fighters"), found in one pass over a sentence.
import type { Faction } from '../domain/types';
import { allMatches } from '../text/all-matches';
import type { Span } from '../text/sentences';
import {
	ADVERSARY_WORDS,
	EXPELLING_VERBS,
	BACKING_WORDS,
	FIGHTING_VERBS,
	FOUGHT_WITH_STEMS,
	GROUP_NOUNS,
	PREPOSITIONS_BEFORE_SIDE,
	STRIKE_MODIFIERS,
	STRIKE_NOUNS,
	SUBJECT_OPENERS
} from './lexicon/syntax';

export interface ActorPattern {
	actor: string;
	faction: Faction;
	/** Names of the side as written ("Syrian National Army", "SNA"). */
	patterns: string[];
	/** Its patrons as a report writes them before "-backed" ("Turkish", "Ankara"): "<patron>-backed
	 *  (armed) <group noun>" names this side whatever the group noun (./lexicon/syntax.ts). */
	backers?: string[];
	/** Words that make any group noun after them this side ("anti-regime", "pro-government", "Assad"):
	 *  "<qualifier> (armed) <group noun>". */
	qualifiers?: string[];
	/** Names that speak for the side and never act for it ("Syrian Defence Ministry", "General Command"):
	 *  a quote they give ("our forces took X") is the side's; a head next to them is not theirs. */
	speakers?: string[];
	/** Words that, before a strike noun, name the side's own strikes ("government missile strikes", "Russian
	 *  raids"): "<striker> (air|missile|…)? <strike noun>" names this side, as the actor of the strike only. */
	strikers?: string[];
}

/** Where a side is named in a sentence. */
export interface NamedSide {
	at: number;
	actor: ActorPattern;
	/** Named as the object of a preposition ("clashes with regime forces", "from the army"). */
	oblique: boolean;
	/** Named as what the subject stands against ("groups opposing the regime", "fighters hostile to the
	 *  army"): never the subject, nor the side the subject belongs to; oblique too. */
	adversary: boolean;
	/** A relative clause hangs on it ("rebels who …"). */
	relative: boolean;
	/** One of the side's `speakers`: it gives quotes, it does not act. */
	speaker: boolean;
	/** Named by its strikes ("Russian raids"): the side of those strikes, and of nothing else in the sentence
	 *  ("despite Russian raids, the fighters took X" is not the government's capture). */
	strike: boolean;
}

/** A name as an expression: apostrophes optional, a hyphen also written as a space ("anti government fighters"). */
const escape = (p: string) =>
	p
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/['’]/g, "['’]?")
		.replace(/-/g, '[-\\s]');
const key = (p: string) =>
	p
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[-\s]+/g, ' ');

interface ActorMatcher {
	re: RegExp;
	byName: Map<string, ActorPattern>;
	/** Keys of the names that only speak for their side. */
	speakerNames: Set<string>;
	/** The sides with patrons, each with its whole-match test of a composed name. */
	composed: { test: RegExp; actor: ActorPattern }[];
	/** The sides with strikers, each with its whole-match test of a strike phrase. */
	strikes: { test: RegExp; actor: ActorPattern }[];
}

/** All actor names in one expression, compiled once per actor list. */
const ACTOR_MATCHERS = new WeakMap<ActorPattern[], ActorMatcher>();

/** Words as alternatives of an expression, each matched whatever the spaces and apostrophes between its parts. */
const alt = (words: Iterable<string>) => [...words].map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

/** "<patron>-backed (armed) <group noun>" and "<qualifier> (armed) <group noun>", as one expression. */
function composedName({ backers = [], qualifiers = [] }: ActorPattern): string {
	const before = [
		...(backers.length ? [`(?:${alt(backers)})[-\\s](?:${alt(BACKING_WORDS)})`] : []),
		// "the regime's forces", "the government's troops": a qualifier may be a possessive
		...(qualifiers.length ? [`(?:${alt(qualifiers)})(?:['’]s)?`] : [])
	];
	return `(?:${before.join('|')})\\s+(?:armed\\s+|Syrian\\s+)?(?:${alt(GROUP_NOUNS)})`;
}

/** "<striker> (air|missile|…)? <strike noun>": the side's strikes ("government missile strikes"). */
const strikeName = ({ strikers = [] }: ActorPattern): string =>
	`(?:${alt(strikers)})\\s+(?:(?:${alt(STRIKE_MODIFIERS)})\\s+)?(?:${alt(STRIKE_NOUNS)})`;

function actorMatcher(actors: ActorPattern[]): ActorMatcher {
	let m = ACTOR_MATCHERS.get(actors);
	if (!m) {
		const byName = new Map<string, ActorPattern>();
		const speakerNames = new Set<string>();
		for (const a of actors) for (const p of a.patterns) if (!byName.has(key(p))) byName.set(key(p), a);
		for (const a of actors)
			for (const p of a.speakers ?? [])
				if (!byName.has(key(p))) {
					byName.set(key(p), a);
					speakerNames.add(key(p));
				}
		const literal = [...new Set(actors.flatMap((a) => [...a.patterns, ...(a.speakers ?? [])]))]
			.sort((a, b) => b.length - a.length)
			.map(escape);
		const composed = actors
			.filter((a) => a.backers?.length || a.qualifiers?.length)
			.map((actor) => ({ source: composedName(actor), actor }));
		const strikes = actors
			.filter((a) => a.strikers?.length)
			.map((actor) => ({ source: strikeName(actor), actor }));
		// composed names first: "Turkish-backed armed factions" is longer than any literal name inside it
		const alternatives = [...composed.map((c) => c.source), ...strikes.map((c) => c.source), ...literal];
		m = {
			re: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'),
			byName,
			speakerNames,
			composed: composed.map((c) => ({ test: new RegExp(`^(?:${c.source})$`, 'i'), actor: c.actor })),
			strikes: strikes.map((c) => ({ test: new RegExp(`^(?:${c.source})$`, 'i'), actor: c.actor }))
		};
		ACTOR_MATCHERS.set(actors, m);
	}
	return m;
}

/** What may stand between such a word and the side: an article, a capitalised word ("the Assad regime"). */
const BEFORE_THE_SIDE = "\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+)?$";
/** A side named after a preposition is not a subject ("clashes with regime forces", "from the army"). */
const OBLIQUE_BEFORE = new RegExp(`\\b(?:${alt(PREPOSITIONS_BEFORE_SIDE)})${BEFORE_THE_SIDE}`, 'u');
/** A word, whatever the case of its first letter ("Forces", "forces"). */
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${escape(w.slice(1))}`;
/** A group named by its side after "of", standing where a clause opens: "the troops of the regime withdrew",
 *  "after the forces of the regime left", "…, the units of the army having pulled out". Such a side names the
 *  group, which may be the subject; not a group that is an object ("routing the forces of the regime",
 *  "clashes with the forces of the regime"). */
const GROUP_OF_SUBJECT = `(?:[Tt]he\\s+(?:[\\p{L}'’-]+\\s+)?)?(?:${[...GROUP_NOUNS].map(anyCase).join('|')})\\s+of${BEFORE_THE_SIDE}`;
const GROUP_OF_IN_CLAUSE = new RegExp(
	`(?:[,;:–—]|\\b(?:${[...SUBJECT_OPENERS].map(anyCase).join('|')}))\\s*${GROUP_OF_SUBJECT}`,
	'u'
);
const GROUP_OF_AT_START = new RegExp(`^\\W*${GROUP_OF_SUBJECT}`, 'u');
/** …but not one joined to a side named just before ("rebels and the forces of the regime clashed"): the two
 *  are one subject, which the side named first speaks for, as before. */
const GROUP_OF_JOINED = new RegExp(`^\\s*,?\\s*and\\s+${GROUP_OF_SUBJECT}`, 'u');
/** A word of fighting and "with", whatever its case ("Clashes with the army …", "battled with"). */
const FOUGHT_WITH = `(?:${FOUGHT_WITH_STEMS.map((w) => `${anyCase(w)}\\w*`).join('|')})\\s+with`;
/** A side named after a word of opposition, or after a verb that drives it out, is what the subject stands
 *  against ("groups opposing the regime", "the groups clashed with regime forces and took X", "factions
 *  dislodged the SDF from X and took Y"): neither the subject nor its side. A verb of
 *  fighting without "with" counts only right after a group noun ("units battling the SDF"; in "after days of
 *  fighting government forces withdrew" the forces withdrew). */
const ADVERSARY_BEFORE = new RegExp(
	`(?:\\b(?:${alt(ADVERSARY_WORDS)}|${alt(EXPELLING_VERBS)})|\\b(?:${alt(GROUP_NOUNS)})\\s+(?:${alt(FIGHTING_VERBS)})|\\b${FOUGHT_WITH})${BEFORE_THE_SIDE}`,
	'u'
);
/** "Battling the army, the fighters pushed into X": a verb of fighting that opens the sentence has the side
 *  after it as its object. Tested on the sentence's start up to the side. */
const OPENING_FIGHT = new RegExp(
	`^\\W*(?:${[...FIGHTING_VERBS].map(anyCase).join('|')})${BEFORE_THE_SIDE}`,
	'u'
);
/** How far before a side its introducing words are read, and how far into a sentence an opening
 *  participle's object may stand, in characters. */
const SIDE_LOOKBACK = 40;
/** A side that holds the place named after it ("the SDF-held Tal Rifaat pocket", "regime-controlled areas",
 *  "the PKK/YPG-occupied town"): it is where the subject goes against, never the subject, nor a passive's agent
 *  ("the YPG-held pocket was encircled" names no encircler). Hyphened only: "the SNA held talks and entered X"
 *  is the SNA's. */
const HOLDER_AFTER = /^[-‐](?:held|controlled|occupied|run|ruled|dominated|administered)\b/iu;
/** A side joined by "and" to the side named just before ("the lines of the regime and Hezbollah militias"):
 *  one phrase with it, standing where it stands (an object's, or a subject's as "HTS and SNA fighters"); not
 *  after a comma, nor one a verb follows ("from the army and the SNA took X": a clause of its own). */
const JOINED_TO_LAST = /^\s*and\s+(?:the\s+)?$/;
/** What may follow a joined side that ends its phrase: a group noun, then punctuation. */
const PHRASE_ENDS_AFTER = new RegExp(`^(?:\\s+(?:${alt(GROUP_NOUNS)}))?\\s*[,.;:)]`);
/** A relative pronoun right after a side: "rebels who …", "the factions, which …". */
const RELATIVE_AFTER = /^\s*,?\s*(?:who|which|that)\b/i;
/** An abbreviation in brackets right after a name of the same side: "the People's Protection Units (YPG)" is one mention. */
const BRACKETED_AFTER_NAME = /^\s*\(\s*$/;

/**
 * The sides named in the sentences of the article last read, by start (one end kept per start): build-events
 * asks again for the sentences before a sentence, and reads an undated article once for each day it tries
 * (on the allsets corpus 8,007 calls read 1,411 sentences). Cleared when another text or actor list comes.
 */
const LAST_READ: {
	text: string;
	actors: ActorPattern[] | null;
	byStart: Map<number, { end: number; named: NamedSide[] }>;
} = { text: '', actors: null, byStart: new Map() };

/**
 * Where sides are named in a sentence, read once per sentence of an article (LAST_READ). The answer may be
 * shared with other calls: it is read, never changed.
 */
export function actorsIn(text: string, sentence: Span, actors: ActorPattern[]): NamedSide[] {
	if (text !== LAST_READ.text || actors !== LAST_READ.actors) {
		LAST_READ.text = text;
		LAST_READ.actors = actors;
		LAST_READ.byStart.clear();
	}
	const kept = LAST_READ.byStart.get(sentence.start);
	if (kept?.end === sentence.end) return kept.named;
	const named = sidesNamed(text, sentence, actors);
	LAST_READ.byStart.set(sentence.start, { end: sentence.end, named });
	return named;
}

function sidesNamed(text: string, sentence: Span, actors: ActorPattern[]): NamedSide[] {
	const { re, byName, speakerNames, composed, strikes } = actorMatcher(actors);
	const out: NamedSide[] = [];
	let previousEnd = -1;
	for (const m of allMatches(re, text.slice(sentence.start, sentence.end))) {
		// the name's key, made once per match (three lookups use it)
		const name = key(m[0]);
		const struck = byName.has(name) ? undefined : strikes.find((c) => c.test.test(m[0]))?.actor;
		const actor = byName.get(name) ?? composed.find((c) => c.test.test(m[0]))?.actor ?? struck;
		const at = sentence.start + m.index!;
		// not inside a hyphenated word: "anti-regime forces" are not "regime forces"
		if (text[at - 1] === '-') continue;
		const end = at + m[0].length;
		if (!actor) continue;
		const before = text.slice(Math.max(sentence.start, at - SIDE_LOOKBACK), at);
		const last = out[out.length - 1];
		const adversary =
			ADVERSARY_BEFORE.test(before) ||
			HOLDER_AFTER.test(text.slice(end, end + 16)) ||
			(at - sentence.start <= SIDE_LOOKBACK && OPENING_FIGHT.test(text.slice(sentence.start, at)));
		// the bracketed abbreviation stands where its name stands ("held by the People's Protection Units (YPG)")
		const bracketed =
			last?.actor === actor && previousEnd >= 0 && BRACKETED_AFTER_NAME.test(text.slice(previousEnd, at));
		const joined =
			!!last &&
			previousEnd >= 0 &&
			JOINED_TO_LAST.test(text.slice(previousEnd, at)) &&
			PHRASE_ENDS_AFTER.test(text.slice(end, end + 20));
		out.push({
			at,
			actor,
			oblique:
				bracketed || (joined && last.oblique)
					? last.oblique
					: adversary ||
						(OBLIQUE_BEFORE.test(before) &&
							!(
								(GROUP_OF_IN_CLAUSE.test(before) ||
									(at - sentence.start <= SIDE_LOOKBACK && GROUP_OF_AT_START.test(before))) &&
								!(previousEnd >= 0 && GROUP_OF_JOINED.test(text.slice(previousEnd, at)))
							)),
			adversary: bracketed || (joined && last.adversary) ? last.adversary : adversary,
			relative: RELATIVE_AFTER.test(text.slice(end, end + 8)),
			speaker: speakerNames.has(name),
			strike: struck !== undefined
		});
		previousEnd = end;
	}
	return out;
}

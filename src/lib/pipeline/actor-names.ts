// The sides a text names: the actors file's names, and the names a report composes from a patron
// ("Turkish-backed factions", "Ankara-aligned fighters"), found in one pass over a sentence.
import type { Faction } from '../domain/types';
import { allMatches } from '../text/all-matches';
import type { Span } from '../text/sentences';
import { BACKING_WORDS, GROUP_NOUNS } from './lexicon/syntax';

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
}

/** Where a side is named in a sentence. */
export interface NamedSide {
	at: number;
	actor: ActorPattern;
	/** Named as the object of a preposition ("clashes with regime forces", "from the army"). */
	oblique: boolean;
	/** Named as what the subject stands against ("groups opposing the regime", "fighters hostile to the
	 *  army"): never the subject, nor the side the subject belongs to. */
	adversary: boolean;
	/** A relative clause hangs on it ("rebels who …"). */
	relative: boolean;
}

const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]?");
const key = (p: string) => p.toLowerCase().replace(/['’]/g, '');

interface ActorMatcher {
	re: RegExp;
	byName: Map<string, ActorPattern>;
	/** The sides with patrons, each with its whole-match test of a composed name. */
	composed: { test: RegExp; actor: ActorPattern }[];
}

/** All actor names in one expression, compiled once per actor list. */
const ACTOR_MATCHERS = new WeakMap<ActorPattern[], ActorMatcher>();

const alt = (words: Iterable<string>) => [...words].map(escape).join('|');

/** "<patron>-backed (armed) <group noun>" and "<qualifier> (armed) <group noun>", as one expression. */
function composedName({ backers = [], qualifiers = [] }: ActorPattern): string {
	const before = [
		...(backers.length ? [`(?:${alt(backers)})[-\\s](?:${alt(BACKING_WORDS)})`] : []),
		...(qualifiers.length ? [`(?:${alt(qualifiers)})`] : [])
	];
	return `(?:${before.join('|')})\\s+(?:armed\\s+|Syrian\\s+)?(?:${alt(GROUP_NOUNS)})`;
}

function actorMatcher(actors: ActorPattern[]): ActorMatcher {
	let m = ACTOR_MATCHERS.get(actors);
	if (!m) {
		const byName = new Map<string, ActorPattern>();
		for (const a of actors) for (const p of a.patterns) if (!byName.has(key(p))) byName.set(key(p), a);
		const literal = [...new Set(actors.flatMap((a) => a.patterns))]
			.sort((a, b) => b.length - a.length)
			.map(escape);
		const composed = actors
			.filter((a) => a.backers?.length || a.qualifiers?.length)
			.map((actor) => ({ source: composedName(actor), actor }));
		// composed names first: "Turkish-backed armed factions" is longer than any literal name inside it
		const alternatives = [...composed.map((c) => c.source), ...literal];
		m = {
			re: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'),
			byName,
			composed: composed.map((c) => ({ test: new RegExp(`^${c.source}$`, 'i'), actor: c.actor }))
		};
		ACTOR_MATCHERS.set(actors, m);
	}
	return m;
}

/** A side named after one of these is the object of a preposition ("clashes with regime forces", "from the army"), not a subject. */
const OBLIQUE_BEFORE =
	/\b(?:with|against|from|of|on|between|to|over|by|opposing|fighting|battling|confronting)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;
/** A side named after one of these is what the subject stands against. */
const ADVERSARY_BEFORE =
	/\b(?:against|opposing|opposed\s+to|hostile\s+to|fighting|battling|confronting)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;
/** A relative pronoun right after a side: "rebels who …", "the factions, which …". */
const RELATIVE_AFTER = /^\s*,?\s*(?:who|which|that)\b/i;
/** An abbreviation in brackets right after a name: "the Syrian Democratic Forces (SDF)" is one mention. */
const BRACKETED_AFTER_NAME = /^\s*\(\s*$/;

/** Where sides are named in a sentence, read once per sentence. */
export function actorsIn(text: string, sentence: Span, actors: ActorPattern[]): NamedSide[] {
	const { re, byName, composed } = actorMatcher(actors);
	const out: NamedSide[] = [];
	let previousEnd = -1;
	for (const m of allMatches(re, text.slice(sentence.start, sentence.end))) {
		const actor = byName.get(key(m[0])) ?? composed.find((c) => c.test.test(m[0]))?.actor;
		const at = sentence.start + m.index!;
		// not inside a hyphenated word: "anti-regime forces" are not "regime forces"
		if (text[at - 1] === '-') continue;
		const end = at + m[0].length;
		if (!actor) continue;
		const before = text.slice(Math.max(sentence.start, at - 40), at);
		const last = out[out.length - 1];
		// the bracketed abbreviation stands where its name stands ("control of the Syrian Democratic Forces (SDF)")
		const bracketed = last && previousEnd >= 0 && BRACKETED_AFTER_NAME.test(text.slice(previousEnd, at));
		out.push({
			at,
			actor,
			oblique: bracketed ? last.oblique : OBLIQUE_BEFORE.test(before),
			adversary: bracketed ? last.adversary : ADVERSARY_BEFORE.test(before),
			relative: RELATIVE_AFTER.test(text.slice(end, end + 8))
		});
		previousEnd = end;
	}
	return out;
}

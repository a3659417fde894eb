// The lookup structure for recognition: skeleton keys → candidate entries, with each entry's loose keys.
import type { GazetteerEntry } from '../domain/types';
import { looseKey, looseKeysMatch, skeletonKey } from '../text/match-key';

const JOINED_NAMES = /\s(?:and|&)\s|\sو/;

export interface GazetteerIndex {
	entries: Map<string, GazetteerEntry>;
	/** skeleton key → entry ids */
	bySkeleton: Map<string, string[]>;
	/** entry id → loose keys of all its names */
	looseKeys: Map<string, string[]>;
	/** skeleton key → its entries' ids with their loose keys (bySkeleton and looseKeys joined once, for lookupKeys) */
	candidatesBySkeleton: Map<string, { id: string; keys: string[] }[]>;
	/** Longest name in words, bounding the n-grams tried in text. */
	maxWords: number;
	/** Skeleton of a name's first word → the most words a name starting with it has. */
	firstWords: Map<string, number>;
	/**
	 * The first 1, 2, … words of every skeleton key ("kfr", "kfr nbl"): a run of words in text whose
	 * skeleton does not open any key need not be looked up, nor any longer run from the same word.
	 */
	skeletonPrefixes: Set<string>;
}

/** Names of an entry that the matcher tries: its name, aliases and Arabic name. */
export function entryNames(entry: GazetteerEntry): string[] {
	return [entry.name, ...entry.aliases, ...(entry.name_ar ? [entry.name_ar] : [])];
}

export function buildGazetteerIndex(entries: GazetteerEntry[]): GazetteerIndex {
	const index: GazetteerIndex = {
		entries: new Map(),
		bySkeleton: new Map(),
		looseKeys: new Map(),
		candidatesBySkeleton: new Map(),
		maxWords: 1,
		firstWords: new Map(),
		skeletonPrefixes: new Set()
	};
	for (const entry of entries) {
		index.entries.set(entry.id, entry);
		const keys = new Set<string>();
		for (const name of entryNames(entry)) {
			// "Nubl and Zahraa" names two places: each is matched on its own
			if (JOINED_NAMES.test(name)) continue;
			const loose = looseKey(name);
			if (!loose) continue;
			keys.add(loose);
			const skeleton = skeletonKey(name);
			const ids = index.bySkeleton.get(skeleton) ?? [];
			if (!ids.includes(entry.id)) ids.push(entry.id);
			index.bySkeleton.set(skeleton, ids);
			const words = skeleton.split(' ');
			index.maxWords = Math.max(index.maxWords, words.length);
			index.firstWords.set(words[0]!, Math.max(index.firstWords.get(words[0]!) ?? 0, words.length));
			for (let n = 1; n <= words.length; n++) index.skeletonPrefixes.add(words.slice(0, n).join(' '));
		}
		index.looseKeys.set(entry.id, [...keys]);
	}
	for (const [skeleton, ids] of index.bySkeleton) {
		const candidates = [];
		for (const id of ids) {
			const keys = index.looseKeys.get(id);
			if (keys) candidates.push({ id, keys });
		}
		index.candidatesBySkeleton.set(skeleton, candidates);
	}
	return index;
}

/** An entry a span of text may name: 0 its exact loose key, 1 a near spelling. */
export interface NameHit {
	id: string;
	distance: number;
}

/** The keys of names looked up whole ("Aleppo province", asked for at every such cue), made once (bounded). */
const NAME_KEYS = new Map<string, { skeleton: string; loose: string }>();
const NAME_KEYS_LIMIT = 200_000;

/** Candidates for a span of text: entries sharing its skeleton whose loose keys are close to it, best first. */
export function lookupName(index: GazetteerIndex, text: string): readonly NameHit[] {
	let keys = NAME_KEYS.get(text);
	if (!keys) {
		if (NAME_KEYS.size >= NAME_KEYS_LIMIT) NAME_KEYS.clear();
		NAME_KEYS.set(text, (keys = { skeleton: skeletonKey(text), loose: looseKey(text) }));
	}
	return lookupKeys(index, keys.skeleton, keys.loose);
}

const NO_HITS: readonly NameHit[] = Object.freeze([]);

/**
 * lookupKeys' answers for an index, by skeleton then loose key: the same names come back in every
 * article, and each answer costs an edit distance per candidate of another spelling. Bounded, so memory
 * stays flat; an index is never changed once built, so a kept answer is the one a new search would give.
 */
const ANSWERS = new WeakMap<
	GazetteerIndex,
	{ bySkeleton: Map<string, Map<string, readonly NameHit[]>>; kept: number }
>();
const ANSWERS_LIMIT = 200_000;

/**
 * As lookupName, for keys already computed (the hot path in running text). The answer may be shared
 * with other calls: it is read, never changed.
 */
export function lookupKeys(index: GazetteerIndex, skeleton: string, loose: string): readonly NameHit[] {
	const candidates = index.candidatesBySkeleton.get(skeleton);
	if (!candidates) return NO_HITS;
	let answers = ANSWERS.get(index);
	if (!answers) ANSWERS.set(index, (answers = { bySkeleton: new Map(), kept: 0 }));
	let byLoose = answers.bySkeleton.get(skeleton);
	if (!byLoose) answers.bySkeleton.set(skeleton, (byLoose = new Map()));
	let hits = byLoose.get(loose);
	if (!hits) {
		if (answers.kept >= ANSWERS_LIMIT) {
			answers.bySkeleton.clear();
			answers.bySkeleton.set(skeleton, byLoose);
			byLoose.clear();
			answers.kept = 0;
		}
		hits = hitsAmong(candidates, loose);
		byLoose.set(loose, hits);
		answers.kept++;
	}
	return hits;
}

function hitsAmong(candidates: { id: string; keys: string[] }[], loose: string): readonly NameHit[] {
	const out: NameHit[] = [];
	for (const { id, keys } of candidates) {
		if (keys.includes(loose)) out.push({ id, distance: 0 });
		else if (closeToAny(loose, keys)) out.push({ id, distance: 1 });
	}
	// most runs of words find one candidate or none (the hot path in running text)
	return out.length > 1 ? out.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1)) : out;
}

function closeToAny(loose: string, keys: string[]): boolean {
	for (const k of keys) if (looseKeysMatch(loose, k)) return true;
	return false;
}

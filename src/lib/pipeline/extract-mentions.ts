// Stage 2: article text → mentions of gazetteer names (longest match first), with their candidates.
// Recognition is by gazetteer matching, not general NER: every name and alias, through the
// transliteration-normalised keys of src/lib/text/match-key.ts.
import type { Article, Diagnostic, Mention, StageResult } from '../domain/types';
import { lookupKeys, lookupName, type GazetteerIndex, type NameHit } from '../gazetteer/gazetteer-index';
import { isGenericOnly, mayOpenName, runKeys, wordForms, type WordForms } from '../text/match-key';
import { blankLineStart } from '../text/line-prefix';
import { allMatches } from '../text/all-matches';
import { maskMarkup } from '../text/mask-markup';
import { ARABIC_WORD, CAPITALISED, RUNS_ON, tokenize } from '../text/tokens';

export interface ExtractMentionsContext {
	index: GazetteerIndex;
	/** Words that are never a place on their own, whatever the gazetteer says (e.g. "Sarmad" the person). */
	stopwords: Set<string>;
	/** The article text with markup masked (offsets unchanged), computed once per article by the caller. */
	masked?: string;
}

/**
 * Names the gazetteer spells in lower case only ("buffer zone", "demilitarized zone"): common words, so they
 * name the place only after "the", as the reports of the Golan's buffer zone do ("a buffer zone" is any).
 * Built once per gazetteer: null when it has none.
 */
const LOWER_CASE_NAMES = new WeakMap<
	GazetteerIndex,
	{ pattern: RegExp; ids: Map<string, string[]> } | null
>();

function lowerCaseNames(index: GazetteerIndex): { pattern: RegExp; ids: Map<string, string[]> } | null {
	let found = LOWER_CASE_NAMES.get(index);
	if (found !== undefined) return found;
	const ids = new Map<string, string[]>();
	for (const entry of index.entries.values())
		for (const alias of [entry.name, ...entry.aliases]) {
			const phrase = alias.replace(/^the /, '');
			if (
				phrase !== phrase.toLowerCase() ||
				!/^\p{Ll}[\p{Ll} -]*\p{Ll}$/u.test(phrase) ||
				!phrase.includes(' ')
			)
				continue;
			const list = ids.get(phrase) ?? [];
			if (!list.includes(entry.id)) list.push(entry.id);
			ids.set(phrase, list);
		}
	const phrases = [...ids.keys()].sort((a, b) => b.length - a.length);
	// (not one placed by what follows: "the buffer zone near Manbij", "between Idlib and Aleppo", "the zone Ankara
	// wants": another zone than the gazetteer's)
	found = phrases.length
		? {
				pattern: new RegExp(
					`\\bthe (${phrases.join('|')})\\b(?!\\s+(?:near|around|between|along|outside|close\\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\\s+of)\\b|\\s+\\p{Lu})`,
					'gu'
				),
				ids
			}
		: null;
	LOWER_CASE_NAMES.set(index, found);
	return found;
}

/** Arabic one-letter prefixes (and, by, for) glued to a name: وحلب, بحلب. */
const ARABIC_PREFIX = /^[وبلف](?=\S{3})/;

/** "HOMS —", "HAMA, Syria" or "HAMA:" opening a line: a capitalised dateline, not an acronym. */
function isDateline(text: string, start: number, end: number): boolean {
	return blankLineStart(text, start, /[\s>]/) !== null && /^\s*[—–,:-]/.test(text.slice(end, end + 3));
}

const HYPHEN = 0x2d;

/** A name that a newsroom word follows ("Al Mayadeen's correspondent", "Aleppo Today TV") is a channel or a
 *  paper named after a place, not the place: the report's news is elsewhere in the sentence. */
const MEDIA_AFTER =
	/^(?:['’]s?)?(?:\s+today)?\s+(?:correspondents?|reporters?|tv|television|channel|broadcaster)\b(?!\s+(?:building|station|offices?|headquarters))/i;
/** "the Damascus regime", "the Damascus government": the state named by its capital, not the city (a
 *  governorate's "Hama government building" is a place in Hama, and so is the capital's one). */
const STATE_AFTER =
	/^\s+(?:regime|government|authorities)\b(?!\s+(?:building|buildings|offices?|headquarters|compound|palace))/i;

/** Common English words that may open a capitalised run ("The", "Her", "Each") and lie one letter from some
 *  name's first word: a near spelling never starts with one. */
const FUNCTION_WORDS = new Set([
	'the',
	'this',
	'that',
	'these',
	'those',
	'then',
	'than',
	'there',
	'their',
	'they',
	'her',
	'his',
	'its',
	'our',
	'each',
	'both',
	'but',
	'now'
]);

/**
 * What one word's forms give against a gazetteer and its stopwords, looked up once and kept with the forms
 * (WordForms.derived): the same capitalised words come back in every article, and each of these lookups
 * hashes a key into a large table. An index is never changed once built, nor is a context's set of
 * stopwords (pipeline-context.ts makes it once), so a kept answer is the one a new lookup would give; a
 * new index or set (another object) is asked again.
 */
interface Derived {
	index: GazetteerIndex;
	stopwords: Set<string>;
	/** index.firstWords of the skeleton: the most words a name it opens has (0: none). */
	first: number;
	/** Whether index.skeletonPrefixes holds the skeleton (0 not yet asked, 1 yes, 2 no). */
	prefix: 0 | 1 | 2;
	/** lookupKeys of the word alone, once asked. */
	hits: readonly NameHit[] | null;
	/** Whether the word, lower-cased, is a stopword (null: not yet asked). */
	stop: boolean | null;
}

function derivedOf(f: WordForms, index: GazetteerIndex, stopwords: Set<string>): Derived {
	const kept = f.derived as Derived | null;
	if (kept !== null && kept.index === index && kept.stopwords === stopwords) return kept;
	const derived: Derived = {
		index,
		stopwords,
		first: index.firstWords.get(f.skeleton) ?? 0,
		prefix: 0,
		hits: null,
		stop: null
	};
	f.derived = derived;
	return derived;
}

/** Whether a word's skeleton opens some name's skeleton key (index.skeletonPrefixes), asked once per word. */
function opensKey(d: Derived, skeleton: string): boolean {
	if (d.prefix === 0) d.prefix = d.index.skeletonPrefixes.has(skeleton) ? 1 : 2;
	return d.prefix === 1;
}

/**
 * The most words, up to `maxN`, a run from token i may have and still be some name's skeleton key: the
 * run's words (articles dropped, as runKeys drops them) must open a key (index.skeletonPrefixes). Once
 * they open none, no longer run can be a key either, since its words begin with these. Skipping those
 * runs changes nothing (their lookups find nothing); most runs from a capitalised word stop at one word.
 */
function longestOpened(
	index: GazetteerIndex,
	stopwords: Set<string>,
	formOf: (k: number) => WordForms,
	i: number,
	maxN: number
): number {
	let words = '';
	for (let m = 1; m <= maxN; m++) {
		const f = formOf(i + m - 1);
		// a word runKeys drops (no letters, or an article before another word) leaves the run's words as they were;
		// an article that ends the run is kept, after words that open a key, so the run still begins with them
		if (!f.loose || f.article) continue;
		// the run's first word alone: its answer is kept with its forms
		if (!words) {
			words = f.skeleton;
			if (!opensKey(derivedOf(f, index, stopwords), words)) return m - 1;
			continue;
		}
		words = `${words} ${f.skeleton}`;
		if (!index.skeletonPrefixes.has(words)) return m - 1;
	}
	return maxN;
}

/** Whether a word (whose forms gave `d`) is a stopword, lower-cased; asked once per word. */
function isStopword(d: Derived, word: string): boolean {
	if (d.stop === null) d.stop = d.stopwords.has(word.toLowerCase());
	return d.stop;
}

/** lookupKeys of one word's own keys, asked once per word. */
function hitsAlone(d: Derived, f: WordForms): readonly NameHit[] {
	if (d.hits === null) d.hits = lookupKeys(d.index, f.skeleton, f.loose);
	return d.hits;
}

/** The ids of the hits as near as the first (hits come nearest first). */
function nearestIds(hits: readonly NameHit[]): string[] {
	const ids: string[] = [];
	for (const h of hits) if (h.distance === hits[0]!.distance) ids.push(h.id);
	return ids;
}

/** Whether one of the entries is a country's capital. */
function namesCapital(index: GazetteerIndex, ids: string[]): boolean {
	return ids.some((id) => index.entries.get(id)?.seat === 'country');
}

// The loop below creates no function that reads its variables: such a function would make V8 allocate
// the loop body's variables on the heap at every word (nearestIds, namesCapital).
export function extractMentions(article: Article, context: ExtractMentionsContext): StageResult<Mention> {
	const { index, stopwords } = context;
	const text = context.masked ?? maskMarkup(article.text);
	// the words' offsets and properties; a word's text is copied out only when it is looked at
	const { length: count, bounds, flags } = tokenize(text, article.bodyStart);
	const texts = new Array<string | undefined>(count);
	const textOf = (k: number) => (texts[k] ??= text.slice(bounds[2 * k]!, bounds[2 * k + 1]!));
	const forms = new Array<ReturnType<typeof wordForms> | undefined>(count);
	const formOf = (k: number) => (forms[k] ??= wordForms(textOf(k)));
	const items: Mention[] = [];
	const diagnostics: Diagnostic[] = [];
	for (let i = 0; i < count; i++) {
		const firstStart = bounds[2 * i]!;
		const firstEnd = bounds[2 * i + 1]!;
		const arabic = (flags[i]! & ARABIC_WORD) !== 0;
		// "As-Sweida", "ad-Dana": a sun-letter article hyphened to the name opens it ("as", "an" alone are English)
		const hyphenedArticle =
			text.charCodeAt(firstEnd) === HYPHEN && i + 1 < count && bounds[2 * i + 2] === firstEnd + 1;
		const canOpen = arabic || ((flags[i]! & CAPITALISED) !== 0 && mayOpenName(textOf(i)));
		if (!canOpen && !(hyphenedArticle && formOf(i).article)) continue;
		const firstText = textOf(i);
		let found: { n: number; ids: string[]; fuzzy: boolean; start: number } | null = null;
		// only words that open some name are worth trying: most capitalised words open none
		const opener = formOf(i);
		const derived = derivedOf(opener, index, stopwords);
		const longest = Math.max(
			derived.first,
			opener.article ? derivedOf(formOf(Math.min(i + 1, count - 1)), index, stopwords).first + 1 : 0
		);
		if (longest === 0 && !(arabic && ARABIC_PREFIX.test(firstText))) continue;
		// names' keys drop their articles, the text keeps them: allow two more words for al-/el-
		const maxN = Math.min(Math.max(longest + 2, arabic ? index.maxWords : 0), count - i);
		// the Arabic one-letter prefix is looked up by other keys (lookupName): every length is tried
		const topN =
			arabic && ARABIC_PREFIX.test(firstText) ? maxN : longestOpened(index, stopwords, formOf, i, maxN);
		for (let n = topN; n >= 1 && !found; n--) {
			// a name runs over spaces and hyphens only, and ends on a capitalised, Arabic or digit word
			// or a generic one the gazetteer knows ("highway", "airport")
			let contiguous = true;
			for (let k = i; k < i + n - 1; k++)
				if ((flags[k]! & RUNS_ON) === 0 || ((flags[k]! ^ flags[k + 1]!) & ARABIC_WORD) !== 0)
					contiguous = false;
			if (!contiguous) continue;
			// a stopword is no place with its article either: "al-Zakah" is not Zakiyah, "al-Quds" no town
			const bare = n === 1 ? i : n === 2 && opener.article ? i + 1 : -1;
			if (bare >= 0 && isStopword(derivedOf(formOf(bare), index, stopwords), textOf(bare))) {
				if (n === 1) break;
				continue;
			}
			// one word's keys are its own forms (flat strings, hashed once): no run to join
			let keys: { loose: string; skeleton: string } = opener;
			if (n > 1) {
				const run = [];
				for (let k = i; k < i + n; k++) run.push(formOf(k));
				keys = runKeys(run);
			}
			if (!keys.loose || isGenericOnly(keys.loose)) continue;
			let hits = n === 1 ? hitsAlone(derived, opener) : lookupKeys(index, keys.skeleton, keys.loose);
			if (hits.length === 0 && arabic && ARABIC_PREFIX.test(firstText)) {
				hits = lookupName(index, text.slice(firstStart, bounds[2 * (i + n - 1) + 1]!).slice(1));
				if (hits.length) {
					found = { n, ids: hits.map((h) => h.id), fuzzy: hits[0]!.distance > 0, start: firstStart + 1 };
					break;
				}
			}
			if (hits.length === 0) continue;
			const fuzzy = hits[0]!.distance > 0;
			// acronyms ("SANA", "SOHR") are not places; a capitalised dateline ("ALEPPO") or a road ("M5") is
			const caps = n === 1 && firstText === firstText.toUpperCase() && /\p{Lu}/u.test(firstText);
			if (
				caps &&
				(fuzzy || (firstText.length <= 5 && !/\d/.test(firstText) && !isDateline(text, firstStart, firstEnd)))
			)
				continue;
			// a fuzzy single word must be long enough not to be an ordinary word; a near spelling never starts
			// with a common English word ("The village" is not the alias "Tah village", "Her village" not "Hur village")
			if (fuzzy && ((n === 1 && firstText.length < 5) || FUNCTION_WORDS.has(firstText.toLowerCase())))
				continue;
			// an exact spelling beats near ones: "Dummar" is Dummar, not Dumayr
			found = {
				n,
				ids: nearestIds(hits),
				fuzzy,
				start: firstStart
			};
		}
		if (!found) {
			// "Tal Malah" unknown: the generic word binds the next one, which is then not "Malah" elsewhere
			if (
				i + 1 < count &&
				(flags[i]! & RUNS_ON) !== 0 &&
				(flags[i + 1]! & CAPITALISED) !== 0 &&
				isGenericOnly(formOf(i).loose)
			) {
				const nextEnd = bounds[2 * i + 3]!;
				diagnostics.push({
					level: 'warning',
					code: 'unresolved-place',
					message: `${article.meta.file}: "${text.slice(firstStart, nextEnd)}" looks like a place but is not in the gazetteer`,
					article: article.meta.file,
					start: firstStart,
					end: nextEnd
				});
				i++;
			}
			continue;
		}
		const end = bounds[2 * (i + found.n - 1) + 1]!;
		const after = text.slice(end, end + 32);
		// the rarer test first: the capital's entry is looked up only after "regime", "government" or "authorities"
		if (MEDIA_AFTER.test(after) || (STATE_AFTER.test(after) && namesCapital(index, found.ids))) {
			i += found.n - 1;
			continue;
		}
		const mention: Mention = {
			article: article.meta.file,
			text: article.text.slice(found.start, end),
			start: found.start,
			end,
			candidates: found.ids,
			...(found.fuzzy ? { fuzzy: true as const } : {})
		};
		items.push(mention);
		if (found.fuzzy) {
			diagnostics.push({
				level: 'info',
				code: 'spelling-variant',
				message: `${article.meta.file}: "${mention.text}" matched by spelling variant`,
				article: article.meta.file,
				start: mention.start,
				end
			});
		}
		i += found.n - 1;
	}
	const lower = lowerCaseNames(index);
	if (lower) {
		const found = items.length;
		for (const m of allMatches(lower.pattern, text)) {
			const start = m.index + m[0].length - m[1]!.length;
			const end = m.index + m[0].length;
			if (start < article.bodyStart || items.some((it) => it.start < end && start < it.end)) continue;
			items.push({
				article: article.meta.file,
				text: article.text.slice(start, end),
				start,
				end,
				candidates: lower.ids.get(m[1]!)!
			});
		}
		// (the names found after the main pass go in order among the others, when there are any)
		if (items.length > found) items.sort((a, b) => a.start - b.start);
	}
	return { items, diagnostics };
}

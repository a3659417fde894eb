// Tokens, parts of speech, lemmas and negation from wink-nlp's English model, with offsets into the
// article. Chosen over compromise by measurement (README "Reading events"): on the real-reporting
// corpus wink reads about 9× more words per second, and its lemmas and negation scope are what
// the clause reader needs. The model is loaded once, on first use.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './sentences';

export interface Token extends Span {
	/** The word as written, lower-cased. */
	lower: string;
	/** Lemma, lower-cased ("seized" → "seize", "fighting" → "fight"). */
	lemma: string;
	/** Universal part of speech (VERB, NOUN, PROPN, ADP, AUX, …). */
	pos: string;
	/** Inside the scope of a negation ("did not withdraw", "failed to retake"). */
	negated: boolean;
}

let nlp: WinkMethods | null = null;

function engine(): WinkMethods {
	// pos and negation only: the pipeline needs no entities, sentiment or sentence splitting here
	nlp ??= winkNLP(
		{
			...model,
			addons: { ...model.addons, lemmatize: rememberingLemmas(model.addons.lemmatize as Lemmatize) }
		},
		['pos', 'negation']
	);
	return nlp;
}

/** The model's lemmatiser: a word as the model normalised it, its part of speech, the model's cache. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Lemmas the lemmatiser gave, by part of speech, then word (bounded, so memory stays flat). */
const LEMMAS = new Map<string, Map<string, string>>();
const LEMMAS_LIMIT = 200_000;
let lemmasKept = 0;

/**
 * The model's lemmatiser, remembering its answers. It strips a word's endings by regular expression
 * and checks the stem against the model's own vocabulary, which never changes, so a word and its part of
 * speech always give the same lemma; the same words come back in every article.
 */
function rememberingLemmas(lemmatize: Lemmatize): Lemmatize {
	return (value, pos, cache) => {
		let byWord = LEMMAS.get(pos);
		if (!byWord) LEMMAS.set(pos, (byWord = new Map()));
		let lemma = byWord.get(value);
		if (lemma === undefined) {
			if (lemmasKept >= LEMMAS_LIMIT) {
				for (const words of LEMMAS.values()) words.clear();
				lemmasKept = 0;
			}
			lemma = lemmatize(value, pos, cache);
			byWord.set(value, lemma);
			lemmasKept++;
		}
		return lemma;
	};
}

/** The index just after the next space from `i` on, or -1 when no space follows. */
function nextWordStart(slice: string, i: number): number {
	const space = slice.indexOf(' ', i);
	return space < 0 ? -1 : space + 1;
}

/** A headline in title case ("Militants Breach Syria's Hama"): the tagger would read every word as a name. */
function isTitleCase(slice: string): boolean {
	// headlines are short; a long sentence is never read as one
	if (slice.length > 160) return false;
	let words = 0;
	let capitalised = 0;
	// the first character of each word (at the start or after a space), read in place: no split per
	// sentence, and the search for the next space skips the letters in between
	for (let i = 0; i >= 0; i = nextWordStart(slice, i)) {
		const code = slice.charCodeAt(i);
		if (code >= 97 && code <= 122) words++;
		else if (code >= 65 && code <= 90) {
			words++;
			capitalised++;
		} else if (code >= 128) {
			const first = slice[i]!;
			if (first.toLowerCase() === first.toUpperCase()) continue; // not a letter
			words++;
			if (first !== first.toLowerCase()) capitalised++;
		}
	}
	return words >= 4 && capitalised / words > 0.7;
}

/** Characters read per model call: one call per article amortises the model's cost per document (2.4× on sentences). */
const BATCH_CHARS = 20_000;

/** Reads one span of `text` (a sentence) into tokens whose offsets index `text`. */
export function analyse(text: string, span: Span): Token[] {
	return analyseAll(text, [span])[0]!;
}

/**
 * Reads several spans of `text` (the sentences worth reading) into one token list each, offsets into
 * `text`. The spans are read together, a blank line apart, in calls of about BATCH_CHARS.
 */
export function analyseAll(text: string, spans: Span[]): Token[][] {
	const out: Token[][] = spans.map(() => []);
	let first = 0;
	while (first < spans.length) {
		let last = first;
		let size = 0;
		while (last < spans.length) {
			const length = spans[last]!.end - spans[last]!.start + 2;
			if (last > first && size + length > BATCH_CHARS) break;
			size += length;
			last++;
		}
		readBatch(text, spans, first, last, out);
		first = last;
	}
	return out;
}

function readBatch(text: string, spans: Span[], first: number, last: number, out: Token[][]): void {
	// the batch's text, each span lower-cased when it is a title-case headline (same length, so offsets hold)
	const pieces: string[] = [];
	const at: number[] = [];
	let length = 0;
	for (let i = first; i < last; i++) {
		const original = text.slice(spans[i]!.start, spans[i]!.end);
		const lowered = isTitleCase(original) ? original.toLowerCase() : original;
		pieces.push(lowered.length === original.length ? lowered : original);
		at.push(length);
		length += original.length + 2;
	}
	const batch = pieces.join('\n\n');
	// the model reads the batch with the chunks whose tokens it has given before already split into them
	const unknown: number[] = [];
	const doc = engine().readDoc(withChunksSplit(batch, unknown));
	const its = engine().its;
	const tokens = doc.tokens();
	const values = tokens.out() as string[];
	const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
	const pos = tokens.out(its.pos) as string[];
	const negation = tokens.out(its.negationFlag) as unknown as boolean[];
	// where each token starts in the batch, kept only when chunks new to CHUNKS are to be learnt
	const starts: number[] | null = unknown.length > 0 ? [] : null;
	let cursor = 0;
	let piece = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i]!;
		// wink keeps each token's characters; find it from where the last one ended (in the batch as it was
		// given: the split chunks hold the same tokens in the same order)
		const found = batch.indexOf(value, cursor);
		const start = found < 0 ? cursor : found;
		const end = found < 0 ? cursor : found + value.length;
		cursor = end;
		starts?.push(start);
		while (piece + 1 < at.length && start >= at[piece + 1]!) piece++;
		const base = spans[first + piece]!.start - at[piece]!;
		out[first + piece]!.push({
			start: base + start,
			end: base + end,
			lower: value.toLowerCase(),
			lemma: (lemmas[i] ?? value).toLowerCase(),
			pos: pos[i] ?? 'X',
			negated: Boolean(negation[i])
		});
	}
	if (starts) {
		const contraction = tokens.out(its.contractionFlag as Parameters<typeof tokens.out>[0]);
		learnChunks(batch, unknown, values, starts, contraction as unknown as boolean[]);
	}
}

// Chunks read once. The model's tokenizer cuts the text at spaces and line breaks into chunks, looks each
// chunk up in its lexicon, and sends one it does not know through a cascade of regular expressions that cut
// off punctuation and split it further ("Aleppo," → "Aleppo" ","; "al-Sham" → "al" "-" "Sham"; names
// spelled with diacritics, "Aş", letter by letter class): a chunk with a comma or full stop after it, a
// hyphen or a letter outside A–z is one of those every time it comes back (one chunk in six, a third of the
// model's time). A chunk's tokens depend on the chunk alone (what the worker pool's identical
// output for any number of workers already relies on), so the first reading is remembered, and the chunk
// is given to the model again as its tokens joined by spaces, which it finds in its lexicon at once. The
// tokens, their parts of speech, lemmas and negation are the same: the tagger and the negation reader read
// the tokens' lexemes, never the spaces between them (README "Benchmarks"). A chunk is split only when its
// tokens cover it exactly, none is part of a contraction ("didn't" → "did" "n't", which keep the lemma and
// tag of the contraction), and the model reads each of its tokens alone back as itself (readBackPending).

/**
 * Whether a code unit separates the model's chunks: the splitter of wink-eng-lite-web-model's tokenizer,
 * `[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+` (nlp.test.ts checks it against the model).
 */
function separatesChunks(c: number): boolean {
	return (
		c === 0x20 ||
		c === 0x0a ||
		c === 0x0d ||
		c === 0x09 ||
		c === 0xa0 ||
		(c >= 0x2002 && c <= 0x2005) ||
		c === 0x2009 ||
		c === 0x200a ||
		c === 0x202f ||
		c === 0x205f
	);
}

/** A code unit that is neither an ASCII letter nor a separator: a chunk holding one is worth remembering. */
const UNPLAIN = /[^A-Za-z \n\r\t\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/g;

/** A chunk → its tokens joined by spaces, or null when it is given to the model as it is (bounded). */
const CHUNKS = new Map<string, string | null>();
const CHUNKS_LIMIT = 100_000;

/**
 * The batch with each chunk CHUNKS has tokens for replaced by them; the chunks it has no answer for are
 * pushed to `unknown` as start, end pairs (learnChunks learns them once the model has read the batch).
 * Chunks of ASCII letters alone are not looked at: the model's lexicon answers for them at once.
 */
export function withChunksSplit(batch: string, unknown: number[]): string {
	let out = '';
	let copied = 0;
	UNPLAIN.lastIndex = 0;
	// test, not exec: no match object per chunk; lastIndex is just past the character found
	while (UNPLAIN.test(batch)) {
		let start = UNPLAIN.lastIndex - 1;
		while (start > 0 && !separatesChunks(batch.charCodeAt(start - 1))) start--;
		let end = UNPLAIN.lastIndex;
		while (end < batch.length && !separatesChunks(batch.charCodeAt(end))) end++;
		UNPLAIN.lastIndex = end;
		const chunk = batch.slice(start, end);
		const split = CHUNKS.get(chunk);
		if (split === undefined) unknown.push(start, end);
		else if (split !== null) {
			out += batch.slice(copied, start) + split;
			copied = end;
		}
	}
	return copied === 0 ? batch : out + batch.slice(copied);
}

/** Remembers how the model split each chunk of `unknown` (start, end pairs in `batch`; `starts`: its tokens' offsets). */
function learnChunks(
	batch: string,
	unknown: number[],
	values: string[],
	starts: number[],
	contraction: boolean[]
): void {
	if (CHUNKS.size + unknown.length / 2 > CHUNKS_LIMIT) {
		CHUNKS.clear();
		ALONE.clear();
		PENDING.length = 0;
	}
	let t = 0;
	for (let u = 0; u < unknown.length; u += 2) {
		const start = unknown[u]!;
		const end = unknown[u + 1]!;
		const chunk = batch.slice(start, end);
		if (CHUNKS.has(chunk)) continue;
		while (t < values.length && starts[t]! < start) t++;
		// the tokens that tile the chunk, from its first character to its last
		const parts: string[] = [];
		let at = start;
		let whole = true;
		for (let k = t; k < values.length && at < end && starts[k] === at; k++) {
			if (contraction[k]) whole = false;
			parts.push(values[k]!);
			at += values[k]!.length;
		}
		CHUNKS.set(chunk, null);
		if (!whole || at !== end || parts.length < 2 || parts.some((p) => ALONE.get(p) === false)) continue;
		// split at once when the model is known to read each part alone as itself; else once it has read them back
		if (parts.every((p) => ALONE.get(p) === true)) CHUNKS.set(chunk, parts.join(' '));
		else PENDING.push({ chunk, parts });
	}
	if (PENDING.length >= PENDING_BATCH) readBackPending();
}

/**
 * Whether the model reads a token alone as that token, not part of a contraction (by the token's text). It
 * does for any token but a contraction the tokenizer gave whole ("won't." → "won't" "."), which it expands
 * when it finds it alone ("wo" "n't"); what it gives for a word alone depends on the word and its lexicon.
 */
const ALONE = new Map<string, boolean>();

/**
 * Chunks whose parts wait to be read back by the model (then split), PENDING_BATCH at a time: a call costs
 * about 35 µs, even for a few words.
 */
const PENDING: { chunk: string; parts: string[] }[] = [];
const PENDING_BATCH = 64;

/**
 * Splits the pending chunks whose parts the model reads back alone as themselves. The parts not yet known
 * (ALONE) are read in one call, joined by spaces: every chunk gives at least one token, so the model reads
 * each part as itself exactly when it gives as many tokens as there are parts, each equal to its part. When
 * it does not, each half is read on its own.
 */
export function readBackPending(): void {
	const pending = PENDING.splice(0);
	const parts = [...new Set(pending.flatMap((c) => c.parts))].filter((p) => !ALONE.has(p));
	readBack(parts);
	for (const { chunk, parts } of pending)
		if (parts.every((p) => ALONE.get(p) === true)) CHUNKS.set(chunk, parts.join(' '));
}

/** Reads `parts` back (readBackPending), setting ALONE for each. */
function readBack(parts: string[]): void {
	if (parts.length === 0) return;
	const tokens = engine().readDoc(parts.join(' ')).tokens();
	const values = tokens.out() as string[];
	const contraction = tokens.out(
		engine().its.contractionFlag as Parameters<typeof tokens.out>[0]
	) as unknown as boolean[];
	if (values.length === parts.length && values.every((v, i) => v === parts[i] && !contraction[i])) {
		for (const p of parts) ALONE.set(p, true);
	} else if (parts.length === 1) {
		ALONE.set(parts[0]!, false);
	} else {
		const half = parts.length >> 1;
		readBack(parts.slice(0, half));
		readBack(parts.slice(half));
	}
}

// Words with offsets. Zero-width and direction controls stay inside a word (they are dropped
// from keys), so "Sara\u200Bqeb" is one word; a possessive "’s" is not part of the word. An ayn written as
// a quote mark, either way round ("Rifa’at", "Rifa‘at"), stays inside it.

/**
 * The words of a text as columns, not an object and a string per word: extractMentions looks closely
 * at the few capitalised words and their neighbours, and only the offsets of the others (about 85 %).
 */
export interface Words {
	length: number;
	/** Word k runs from bounds[2k] to bounds[2k + 1]. */
	bounds: Int32Array;
	/** Word k's properties: the bits RUNS_ON, ARABIC_WORD, CAPITALISED. */
	flags: Uint8Array;
}

/** Only spaces or a hyphen ("al-Zahraa", "Damascus-Aleppo") separate it from the next word: names may run on. */
export const RUNS_ON = 1;
/** Written in Arabic script. */
export const ARABIC_WORD = 2;
/** Opens with a capital letter or a digit. */
export const CAPITALISED = 4;

const ARABIC = /\p{Script=Arabic}/u;
const EDGE_QUOTES = /^['’‘ʿʾ`]+|['’‘`]+$/g;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const CAPITAL_OR_DIGIT = /^(?:\p{Lu}|\d)/u;
const RUNS_ON_GAP = /^(?:[ \t\u00A0]{1,3}|[-‐‑–]|['’‘]s[ \t]{1,3})$/;

/** Word characters by UTF-16 code unit, classified once: 1 word, 2 not (0 not yet known). */
const CLASS = new Uint8Array(65536);
function isWordUnit(code: number): boolean {
	let c = CLASS[code]!;
	if (c === 0) {
		c = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
		CLASS[code] = c;
	}
	return c === 1;
}
const WORD_CHAR = /^[\p{L}\p{M}\p{Nd}'’‘ʿʾ`\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]$/u;

/**
 * The words as they are found, reused by every call and grown when an article has more: the result is
 * copied out at its exact size, about a tenth of the bytes that arrays grown word by word allocate.
 */
let bounds = new Int32Array(2048);
let flags = new Uint8Array(1024);
let count = 0;

/**
 * Words of text[start, end) with their offsets, scanned by code unit (no regex per character). The
 * columns returned are views of buffers the next call reuses: read them before tokenizing again.
 */
export function tokenize(text: string, start = 0, end = text.length): Words {
	count = 0;
	let i = start;
	while (i < end) {
		while (i < end && !isWordUnit(text.charCodeAt(i))) i++;
		if (i >= end) break;
		let j = i + 1;
		while (j < end && isWordUnit(text.charCodeAt(j))) j++;
		pushWord(text, i, j);
		i = j;
	}
	for (let k = 0; k < count - 1; k++) {
		const a = bounds[2 * k + 1]!;
		const b = bounds[2 * k + 2]!;
		if (b - a === 1) {
			// the common case, one character between words
			const ch = text.charCodeAt(a);
			if (
				ch === 0x20 ||
				ch === 0x2d ||
				ch === 0x2010 ||
				ch === 0x2011 ||
				ch === 0x2013 ||
				ch === 0x09 ||
				ch === 0xa0
			)
				flags[k] = flags[k]! | RUNS_ON;
		} else if (b - a <= 5) {
			// a possessive runs on too: "Aleppo’s university" names the University of Aleppo
			if (RUNS_ON_GAP.test(text.slice(a, b))) flags[k] = flags[k]! | RUNS_ON;
		}
	}
	// views, not copies: a copy of each column allocated two buffers per article outside the heap
	return { length: count, bounds: bounds.subarray(0, 2 * count), flags: flags.subarray(0, count) };
}

const isQuote = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2018;

/** Whether text[i, j) has a quote mark EDGE_QUOTES drops at an edge (' ’ ‘ ʿ ʾ ` first; ' ’ ‘ ` last), or ends in a possessive. */
function hasEdgeQuote(text: string, i: number, j: number): boolean {
	const c0 = text.charCodeAt(i);
	const last = text.charCodeAt(j - 1);
	return (
		isQuote(c0) ||
		c0 === 0x2bf ||
		c0 === 0x2be ||
		c0 === 0x60 ||
		isQuote(last) ||
		last === 0x60 ||
		(last === 0x73 && j - i > 1 && isQuote(text.charCodeAt(j - 2)))
	);
}

/**
 * Whether the edges of text[i, j) are trimmed: the words that have something to trim (most words end in
 * "s" with no quote before it, and are spared three regular expressions), among those the rule has always
 * trimmed (a first letter outside A–z below Arabic or a curly quote, or a quote, "s" or backtick last).
 */
function trimsEdges(text: string, i: number, j: number): boolean {
	if (!hasEdgeQuote(text, i, j)) return false;
	const c0 = text.charCodeAt(i);
	const last = text.charCodeAt(j - 1);
	return (
		c0 < 0x41 ||
		(c0 > 0x7a && c0 < 0x600) ||
		// a curly quote that opens a quotation ("‘Hama is safe’")
		c0 === 0x2018 ||
		c0 === 0x2019 ||
		isQuote(last) ||
		last === 0x73 ||
		last === 0x60
	);
}

/** Adds the word text[i, j), its edges trimmed; a word that is only quote marks is none. */
function pushWord(text: string, i: number, j: number): void {
	let s = i;
	let e = j;
	// quote marks and a possessive at the edges are not part of a name
	if (trimsEdges(text, i, j)) {
		let word = text.slice(i, j);
		if (/['’‘]s$/.test(word)) word = word.slice(0, -2);
		const lead = /^['’‘ʿʾ`]+/.exec(word)?.[0].length ?? 0;
		word = word.slice(lead);
		s += lead;
		word = word.replace(EDGE_QUOTES, '');
		if (!word) return;
		e = s + word.length;
	}
	const first = text.charCodeAt(s);
	// the word is copied out only for the rare first letters the two expressions must read
	let bits = 0;
	if (first >= 0x600 && ARABIC.test(text.slice(s, e))) bits |= ARABIC_WORD;
	if (
		first >= 0x41 && first <= 0x5a
			? true
			: first >= 0x61 && first <= 0x7a
				? false
				: CAPITAL_OR_DIGIT.test(text.slice(s, e).replace(INVISIBLE, ''))
	)
		bits |= CAPITALISED;
	if (count === flags.length) {
		const grownBounds = new Int32Array(4 * count);
		grownBounds.set(bounds);
		bounds = grownBounds;
		const grownFlags = new Uint8Array(2 * count);
		grownFlags.set(flags);
		flags = grownFlags;
	}
	bounds[2 * count] = s;
	bounds[2 * count + 1] = e;
	flags[count++] = bits;
}

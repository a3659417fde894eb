// Word tokens with offsets. Zero-width and direction controls stay inside a word (they are dropped
// from keys), so "Sara\u200Bqeb" is one word; a possessive "’s" is not part of the word. An ayn written as
// a quote mark, either way round ("Rifa’at", "Rifa‘at"), stays inside it.

export interface Token {
	text: string;
	start: number;
	end: number;
	/** Joined to the next token by a hyphen only ("al-Zahraa", "Damascus-Aleppo"). */
	hyphenNext: boolean;
	/** Only spaces (or a hyphen) separate it from the next token: names may run on. */
	runsOn: boolean;
	arabic: boolean;
	capitalised: boolean;
}

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

/** Words of text[start, end) with their offsets, scanned by code unit (no regex per character). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const tokens: Token[] = [];
	let i = start;
	while (i < end) {
		while (i < end && !isWordUnit(text.charCodeAt(i))) i++;
		if (i >= end) break;
		let j = i + 1;
		while (j < end && isWordUnit(text.charCodeAt(j))) j++;
		pushWord(tokens, text.slice(i, j), i);
		i = j;
	}
	for (let k = 0; k < tokens.length - 1; k++) {
		const a = tokens[k]!.end;
		const b = tokens[k + 1]!.start;
		if (b - a === 1) {
			// the common case, one character between words
			const ch = text[a]!;
			tokens[k]!.hyphenNext = ch === '-' || ch === '‐' || ch === '‑' || ch === '–';
			tokens[k]!.runsOn = tokens[k]!.hyphenNext || ch === ' ' || ch === '\t' || ch === '\u00A0';
		} else if (b - a <= 5) {
			// a possessive runs on too: "Aleppo’s university" names the University of Aleppo
			tokens[k]!.runsOn = RUNS_ON_GAP.test(text.slice(a, b));
		}
	}
	return tokens;
}

const isQuoteBeforeS = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2018;

/** Whether a word has a quote mark EDGE_QUOTES drops at an edge (' ’ ‘ ʿ ʾ ` first; ' ’ ‘ ` last), or ends in a possessive. */
function hasEdgeQuote(word: string): boolean {
	const c0 = word.charCodeAt(0);
	const last = word.charCodeAt(word.length - 1);
	return (
		c0 === 0x27 ||
		c0 === 0x2019 ||
		c0 === 0x2018 ||
		c0 === 0x2bf ||
		c0 === 0x2be ||
		c0 === 0x60 ||
		last === 0x27 ||
		last === 0x2019 ||
		last === 0x2018 ||
		last === 0x60 ||
		(last === 0x73 && word.length > 1 && isQuoteBeforeS(word.charCodeAt(word.length - 2)))
	);
}

/**
 * Whether the edges of a word are trimmed: the words that have something to trim (most words end in "s"
 * with no quote before it, and are spared three regular expressions), among those the rule has always
 * trimmed (a first letter outside A–z below Arabic or a curly quote, or a quote, "s" or backtick last).
 */
function trimsEdges(word: string): boolean {
	if (!hasEdgeQuote(word)) return false;
	const c0 = word.charCodeAt(0);
	const last = word.charCodeAt(word.length - 1);
	return (
		c0 < 0x41 ||
		(c0 > 0x7a && c0 < 0x600) ||
		// a curly quote that opens a quotation ("‘Hama is safe’")
		c0 === 0x2018 ||
		c0 === 0x2019 ||
		last === 0x27 ||
		last === 0x2019 ||
		last === 0x2018 ||
		last === 0x73 ||
		last === 0x60
	);
}

function pushWord(tokens: Token[], raw: string, at: number): void {
	let word = raw;
	let s = at;
	// quote marks and a possessive at the edges are not part of a name
	if (trimsEdges(word)) {
		if (/['’‘]s$/.test(word)) word = word.slice(0, -2);
		const lead = /^['’‘ʿʾ`]+/.exec(word)?.[0].length ?? 0;
		word = word.slice(lead);
		s += lead;
		word = word.replace(EDGE_QUOTES, '');
		if (!word) return;
	}
	const first = word.charCodeAt(0);
	const arabic = first >= 0x600 && ARABIC.test(word);
	const capitalised =
		first >= 0x41 && first <= 0x5a
			? true
			: first >= 0x61 && first <= 0x7a
				? false
				: CAPITAL_OR_DIGIT.test(word.replace(INVISIBLE, ''));
	tokens.push({
		text: word,
		start: s,
		end: s + word.length,
		hyphenNext: false,
		runsOn: false,
		arabic,
		capitalised
	});
}

// Sentence spans over (masked) article text. Events are read one sentence at a time.

export interface Span {
	start: number;
	end: number;
}

// Abbreviations that end with a period but do not end a sentence.
const ABBREVIATIONS =
	/\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|No|vs|etc|approx)\.$/;

const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
/** Where a sentence may end: a line break, or a full stop, exclamation or question mark. */
const BREAK_OR_END_MARK = /[\n.!?]/g;

/** How many lower-case letters must end the word before a full stop glued to the next sentence. */
const GLUED_WORD_LETTERS = 3;

/**
 * "… in the southern province.The attack …": a page whose paragraphs were joined without a space. A full
 * stop right after a lower-case word of a few letters and right before a capitalised word ends a sentence;
 * "U.S.", "p.m.", "e.g.", a domain ("reliefweb.int") and a decimal do not match.
 */
function runTogether(text: string, from: number, i: number): boolean {
	const after = text.charCodeAt(i + 1);
	const lowerAfter = text.charCodeAt(i + 2);
	if (!(after >= 65 && after <= 90 && lowerAfter >= 97 && lowerAfter <= 122)) return false;
	for (let k = 1; k <= GLUED_WORD_LETTERS; k++) {
		const c = text.charCodeAt(i - k);
		if (i - k < from || !(c >= 97 && c <= 122)) return false;
	}
	return true;
}

/** Whether a code unit is one `\s` matches (ECMAScript's WhiteSpace and LineTerminator): read by code, not
 *  by a regular expression on a one-character string at every trimmed character. */
function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** A closing quote or bracket that a sentence's end mark may carry: " ” ’ ' ) ]. */
function isCloser(code: number): boolean {
	return (
		code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0x29 || code === 0x5d
	);
}

/** Whether a space follows at `k`, perhaps after one closing quote or bracket (what /^["”’')\]]?\s/ tests
 *  on the two characters from `k`; past the end of the text there is none). */
function spaceNext(text: string, k: number): boolean {
	const code = text.charCodeAt(k);
	return isSpace(code) || (isCloser(code) && isSpace(text.charCodeAt(k + 1)));
}

/** Splits at . ! ? followed by space and a capital/quote/digit, at a full stop glued between a word and a
 *  capitalised one, and at line breaks. */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
	const spans: Span[] = [];
	let start = from;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && isSpace(text.charCodeAt(s))) s++;
		while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
		if (e > s) spans.push({ start: s, end: e });
	};
	// from one line break or end mark to the next: the expression skips the letters between them faster
	// than a loop over every code unit; `test`, not `exec`, so that no match array is made per mark (the
	// mark is the one character before where the expression stopped)
	BREAK_OR_END_MARK.lastIndex = from;
	while (BREAK_OR_END_MARK.test(text) && BREAK_OR_END_MARK.lastIndex - 1 < to) {
		const i = BREAK_OR_END_MARK.lastIndex - 1;
		const code = text.charCodeAt(i);
		if (code === NEWLINE) {
			push(i);
			start = i + 1;
		} else if (code === FULL_STOP || code === EXCLAMATION || code === QUESTION) {
			if (!spaceNext(text, i + 1) && i + 1 < to && !(code === FULL_STOP && runTogether(text, from, i)))
				continue;
			if (code === FULL_STOP && ABBREVIATIONS.test(text.slice(Math.max(from, i - 6), i + 1))) continue;
			let end = i + 1;
			while (end < to && isCloser(text.charCodeAt(end))) end++;
			push(end);
			start = end;
			BREAK_OR_END_MARK.lastIndex = end;
		}
	}
	BREAK_OR_END_MARK.lastIndex = 0;
	push(to);
	return spans;
}

// Sentence spans over (masked) article text. Events are read one sentence at a time.

export interface Span {
	start: number;
	end: number;
}

// Abbreviations that end with a period but do not end a sentence.
const ABBREVIATIONS =
	/\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|No|vs|etc|approx)\.$/;

/** Splits at . ! ? followed by space and a capital/quote/digit, and at line breaks. */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
	const spans: Span[] = [];
	let start = from;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		if (e > s) spans.push({ start: s, end: e });
	};
	for (let i = from; i < to; i++) {
		const ch = text[i]!;
		if (ch === '\n') {
			push(i);
			start = i + 1;
		} else if (ch === '.' || ch === '!' || ch === '?') {
			const next = text.slice(i + 1, i + 3);
			if (!/^["”’')\]]?\s/.test(next) && i + 1 < to) continue;
			if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, i - 6), i + 1))) continue;
			let end = i + 1;
			while (end < to && /["”’')\]]/.test(text[end]!)) end++;
			push(end);
			start = end;
			i = end - 1;
		}
	}
	push(to);
	return spans;
}

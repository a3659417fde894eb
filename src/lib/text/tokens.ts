// Word tokens with offsets. Zero-width and direction controls stay inside a word (they are dropped
// from keys), so "Sara\u200Bqeb" is one word; a possessive "’s" is not part of the word.

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

const WORD = /[\p{L}\p{M}\p{Nd}'’ʿʾ`\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+/gu;
const ARABIC = /\p{Script=Arabic}/u;
const EDGE_QUOTES = /^['’ʿʾ`]+|['’`]+$/g;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const tokens: Token[] = [];
	const slice = text.slice(start, end);
	for (const m of slice.matchAll(WORD)) {
		let word = m[0];
		let s = start + m.index!;
		// possessive and quote marks at the edges are not part of a name
		const possessive = /['’]s$/.exec(word);
		if (possessive) word = word.slice(0, -2);
		const lead = /^['’ʿʾ`]+/.exec(word)?.[0].length ?? 0;
		word = word.slice(lead);
		s += lead;
		word = word.replace(EDGE_QUOTES, '');
		if (!word) continue;
		const visible = word.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '');
		tokens.push({
			text: word,
			start: s,
			end: s + word.length,
			hyphenNext: false,
			runsOn: false,
			arabic: ARABIC.test(word),
			capitalised: /^\p{Lu}|^\d/u.test(visible)
		});
	}
	for (let i = 0; i < tokens.length - 1; i++) {
		const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
		tokens[i]!.hyphenNext = /^[-‐‑–]$/.test(gap);
		// a possessive runs on too: "Aleppo’s university" names the University of Aleppo
		tokens[i]!.runsOn = /^(?:[ \t\u00A0]{1,3}|[-‐‑–]|['’]s[ \t]{1,3})$/.test(gap);
	}
	return tokens;
}

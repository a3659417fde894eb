// Whether a local copy of an article is the one its gold was written on: every gold place span must read
// the place's text there (offsets in UTF-16 code units, front matter included). The article texts live
// outside the repository and a new machine rebuilds them (eval/real/README.md); a copy that differs by one
// character before a place shifts every offset after it, and would score as a run of misses.
import type { GoldArticle } from './score';

export interface CopyCheck {
	/** Gold places whose span reads their text in the copy. */
	aligned: number;
	/** The first place that does not, with what the copy has there; null when all do. */
	first: { text: string; start: number; found: string } | null;
}

export function checkCopy(gold: GoldArticle, text: string): CopyCheck {
	let aligned = 0;
	let first: CopyCheck['first'] = null;
	for (const p of gold.places) {
		const found = text.slice(p.start, p.end);
		if (found === p.text) aligned++;
		else first ??= { text: p.text, start: p.start, found };
	}
	return { aligned, first };
}

// Notes about link parameters that were not used as given (issue 10), one shape for the app and
// the embed: the parameter's name, a short printable quote of the refused value, and how many more
// values of the same parameter were refused (folded into one note, so 25,000 unknown layer names
// make one line, not 25,000). The page renders them as text through `paramNoteText`.
import type { IsoDate } from '../domain/types';
import { fill, type Strings } from '../i18n/strings';

export interface ParamNote {
	/** The parameter as named in the link ("date", "layers", "center/zoom", …). */
	param: string;
	/** The (first) refused value, quoted by `quoteValue`; "" when it was empty. */
	value: string;
	/** Further refused values of this parameter, folded into this note. */
	more: number;
	/** For `date`: the dates the map has, so the note can say what would work. */
	range?: { start: IsoDate; end: IsoDate };
}

/**
 * Longest quote of a refused value, in code points: enough to recognise a typo or a mangled link,
 * short enough that a note stays one or two lines on a phone (the note also wraps anywhere).
 */
export const QUOTE_MAX = 40;

// Control characters (C0, C1), zero-width and direction marks: invisible, or able to reorder the
// note's text around them.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A value as it may appear in a note: printable characters only, at most QUOTE_MAX code points. */
export function quoteValue(v: string): string {
	const clean = v.replace(INVISIBLE, '');
	// Cut on code points, never inside a surrogate pair; stop early on huge values.
	const points: string[] = [];
	for (const ch of clean) {
		points.push(ch);
		if (points.length > QUOTE_MAX) break;
	}
	return points.length > QUOTE_MAX ? `${points.slice(0, QUOTE_MAX - 1).join('')}…` : points.join('');
}

export function paramNote(param: string, value: string, more = 0): ParamNote {
	return { param, value: quoteValue(value), more };
}

/** The note as one line of text in the UI language. */
export function paramNoteText(n: ParamNote, s: Strings): string {
	const slots = { param: n.param, value: n.value, n: n.more };
	if (n.range) return fill(s.paramBadDate, { ...slots, start: n.range.start, end: n.range.end });
	if (n.more > 0) return fill(s.paramIgnoredMore, slots);
	return fill(n.value ? s.paramIgnored : s.paramIgnoredEmpty, slots);
}

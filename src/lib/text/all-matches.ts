// Every match of a global regular expression, as `String.prototype.matchAll` gives them. matchAll
// copies the expression on every call (its species constructor), and a fresh copy is compiled again
// before its first search: for the actors' alternation of a hundred names that copy cost about 30×
// the search itself, paid once per sentence. Here the module's own expression is run in place.

/**
 * The matches of `re` (which must have the `g` flag) in `text`, in order, with indices and groups
 * exactly as matchAll yields them. The expression's `lastIndex` is left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`allMatches: ${re} needs the g flag (as matchAll does)`);
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	try {
		for (let m = re.exec(text); m; m = re.exec(text)) {
			out.push(m);
			// an empty match does not move lastIndex: step over one character (a whole code point in unicode mode)
			if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
		}
	} finally {
		re.lastIndex = 0;
	}
	return out;
}

/** The index after the character at `index` (ECMAScript's AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const code = text.charCodeAt(index);
	if (code < 0xd800 || code > 0xdbff) return index + 1;
	const next = text.charCodeAt(index + 1);
	return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

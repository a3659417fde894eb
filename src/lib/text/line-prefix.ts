// Whether only blanks stand between the start of a line and a position ("HOMS —" opening a line).
// `lastIndexOf('\n')` from every mention walks back over the whole line: on one long line of
// 200,000 names that is quadratic; walking back over blanks only stays linear.

/** The start of `pos`'s line when only spaces (or a quote's `>`) precede `pos` on it; otherwise null. */
export function blankLineStart(text: string, pos: number, allowed: RegExp = /\s/): number | null {
	let k = pos - 1;
	while (k >= 0 && text[k] !== '\n' && allowed.test(text[k]!)) k--;
	return k < 0 || text[k] === '\n' ? k + 1 : null;
}

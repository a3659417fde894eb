// Diagnostics as terminal lines: one line each, control characters escaped so a file name holding a
// newline or an escape sequence cannot forge lines or recolour the terminal, and repeats folded so one
// bad file cannot bury the rest. diagnostics.json keeps every diagnostic; only the printing folds.
import type { Diagnostic } from '../../src/lib/domain/types';

/** Distinct lines printed per level, code and article before the rest are counted in one line:
 *  enough to see the pattern, few enough that other files' problems stay on screen. */
export const LINES_PER_GROUP = 10;

// C0 and C1 controls, DEL, line/paragraph separators and the bidirectional controls that reorder text
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every control character written as a visible escape (`\n`, `\x1b`, `\u202e`). */
export function escapeControl(text: string): string {
	return text.replace(UNSAFE, (c) => {
		const code = c.charCodeAt(0);
		return (
			NAMED[c] ??
			(code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
		);
	});
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The lines to print for errors and warnings (info is only in diagnostics.json). An identical message
 * repeated is printed once with "… and N more like this"; past LINES_PER_GROUP distinct messages of one
 * level, code and article, the rest are counted in one closing line. `fullList` names where all of them are.
 */
export function diagnosticLines(
	diagnostics: Diagnostic[],
	fullList: string | null,
	perGroup = LINES_PER_GROUP
): string[] {
	const printed = diagnostics.filter((d) => d.level !== 'info');
	const identical = new Map<string, number>();
	const keyOf = (d: Diagnostic) => `${d.level}\u0000${d.message}`;
	for (const d of printed) identical.set(keyOf(d), (identical.get(keyOf(d)) ?? 0) + 1);
	const groups = new Map<string, { d: Diagnostic; shown: number; hidden: number }>();
	const done = new Set<string>();
	const lines: string[] = [];
	for (const d of printed) {
		const key = keyOf(d);
		if (done.has(key)) continue;
		done.add(key);
		const groupKey = `${d.level}\u0000${d.code}\u0000${d.article ?? ''}`;
		const group = groups.get(groupKey) ?? groups.set(groupKey, { d, shown: 0, hidden: 0 }).get(groupKey)!;
		const repeats = identical.get(key)!;
		if (group.shown >= perGroup) {
			group.hidden += repeats;
			continue;
		}
		group.shown++;
		lines.push(`${d.level}: ${escapeControl(d.message)}`);
		if (repeats > 1) lines.push(`  … and ${count(repeats - 1)} more like this`);
	}
	for (const { d, hidden } of groups.values()) {
		if (hidden === 0) continue;
		const where = d.article === null ? '' : ` in ${escapeControl(d.article)}`;
		lines.push(
			`${d.level}: … and ${count(hidden)} more ${d.code} ${d.level}(s)${where}${fullList ? ` (all are in ${escapeControl(fullList)})` : ''}`
		);
	}
	return lines;
}

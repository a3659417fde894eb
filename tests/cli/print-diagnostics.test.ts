// Diagnostics as terminal lines: escaped, and folded so one bad file cannot bury the others.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/domain/types';
import { diagnosticLines, escapeControl, LINES_PER_GROUP } from '../../scripts/lib/print-diagnostics';

const warning = (article: string, message: string, code = 'unresolved-place'): Diagnostic => ({
	level: 'warning',
	code,
	message: `${article}: ${message}`,
	article,
	start: 0,
	end: 1
});

describe('escapeControl', () => {
	it('writes newlines, escape codes, bidi overrides and C1 controls as visible escapes', () => {
		expect(escapeControl('a\nb\r\tc\u001b[31md\u202ee\u0085f\u2028')).toBe(
			'a\\nb\\r\\tc\\x1b[31md\\u202ee\\x85f\\u2028'
		);
		expect(escapeControl('Ḥalab حلب, 36°N')).toBe('Ḥalab حلب, 36°N');
	});
});

describe('diagnosticLines', () => {
	it('prints an identical repeat once with a count, info never', () => {
		const many = Array.from({ length: 20_653 }, () => warning('a.md', '"Qarqoura" looks like a place'));
		const lines = diagnosticLines(
			[...many, { ...warning('a.md', 'chose X'), level: 'info' }, warning('b.md', 'other')],
			null
		);
		expect(lines).toEqual([
			'warning: a.md: "Qarqoura" looks like a place',
			'  … and 20,652 more like this',
			'warning: b.md: other'
		]);
	});

	it('counts distinct messages past the limit of one level, code and article in one closing line', () => {
		const distinct = Array.from({ length: LINES_PER_GROUP + 5 }, (_, i) =>
			warning('a.md', `"Name${i}" looks like a place`)
		);
		const lines = diagnosticLines(
			[
				...distinct,
				warning('a.md', 'too many', 'too-many-mentions'),
				warning('b.md', '"Other" looks like a place')
			],
			'/o/diagnostics.json'
		);
		expect(lines).toHaveLength(LINES_PER_GROUP + 3);
		expect(lines.slice(0, LINES_PER_GROUP)).toEqual(
			distinct.slice(0, LINES_PER_GROUP).map((d) => `warning: ${d.message}`)
		);
		expect(lines).toContain('warning: a.md: too many');
		expect(lines).toContain('warning: b.md: "Other" looks like a place');
		expect(lines[lines.length - 1]).toBe(
			'warning: … and 5 more unresolved-place warning(s) in a.md (all are in /o/diagnostics.json)'
		);
	});

	it('escapes the article name in the closing line too', () => {
		const distinct = Array.from({ length: LINES_PER_GROUP + 1 }, (_, i) => warning('x\n.md', `m${i}`));
		expect(diagnosticLines(distinct, null).pop()).toBe(
			'warning: … and 1 more unresolved-place warning(s) in x\\n.md'
		);
	});
});

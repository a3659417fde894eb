import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches';

/** What a match says: its index, its captures and its named groups. */
const shape = (ms: Iterable<RegExpMatchArray>) =>
	[...ms].map((m) => ({ index: m.index, captures: [...m], groups: m.groups }));

describe('allMatches', () => {
	const cases: [RegExp, string][] = [
		[
			/\b(?:rebel forces|rebels|the army)\b/gi,
			'Rebels and rebel forces met the Army; the army-run post held.'
		],
		[/(?<day>\d{1,2}) (?<month>Nov|Dec)/g, 'From 27 Nov to 8 Dec, then 1 Dec again.'],
		[/x*/g, 'axxbx'],
		[/\b/g, 'two words'],
		[/(?:)/gu, 'a😀b'],
		[/(?:)/g, 'a😀b'],
		[/\p{Lu}\p{L}+/gu, 'Ḥamā and Ṭartūs, then Idlib'],
		[/nothing/g, 'no match here']
	];
	it.each(cases)('gives what matchAll gives for %s', (re, text) => {
		expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(new RegExp(re))));
	});

	it('leaves the expression ready for the next caller', () => {
		const re = /a/g;
		allMatches(re, 'banana');
		expect(re.lastIndex).toBe(0);
		expect(allMatches(re, 'banana')).toHaveLength(3);
	});

	it('refuses an expression without the g flag, as matchAll does', () => {
		expect(() => allMatches(/a/, 'a')).toThrow(/needs the g flag/);
	});
});

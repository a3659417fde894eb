import { describe, expect, it } from 'vitest';
import { paramNote, paramNoteText, quoteValue, QUOTE_MAX } from './param-notes';
import { STRINGS } from '../i18n/strings';

describe('quoteValue', () => {
	it('drops control, zero-width and direction characters', () => {
		expect(quoteValue('a\u202eb\u0000c\u200bd\u2067e\ufefff')).toBe('abcdef');
	});

	it('shortens long values to QUOTE_MAX code points, never splitting a surrogate pair', () => {
		expect(quoteValue('x'.repeat(100))).toBe(`${'x'.repeat(QUOTE_MAX - 1)}…`);
		const emoji = quoteValue('😀'.repeat(100));
		expect([...emoji]).toHaveLength(QUOTE_MAX);
		expect(emoji.slice(0, -1)).toBe('😀'.repeat(QUOTE_MAX - 1));
		expect(quoteValue('x'.repeat(QUOTE_MAX))).toBe('x'.repeat(QUOTE_MAX));
	});
});

describe('paramNoteText', () => {
	it('names the parameter and the value, in English and Arabic', () => {
		const n = paramNote('lang', 'fr');
		expect(paramNoteText(n, STRINGS.en)).toBe('lang: “fr” is not valid and was ignored');
		expect(paramNoteText(n, STRINGS.ar)).toContain('«fr»');
	});

	it('says how many more values were folded into the note', () => {
		expect(paramNoteText(paramNote('layers', 'u0', 24_999), STRINGS.en)).toBe(
			'layers: “u0” and 24999 more values are not valid and were ignored'
		);
		expect(paramNoteText(paramNote('layers', 'u0', 24_999), STRINGS.ar)).toContain('24999');
	});

	it('says which dates the map has', () => {
		const n = { ...paramNote('date', '2024-11-31'), range: { start: '2024-11-26', end: '2024-12-10' } };
		expect(paramNoteText(n, STRINGS.en)).toBe(
			'date: “2024-11-31” is not a date from 2024-11-26 to 2024-12-10; showing 2024-12-10'
		);
	});

	it('stays short whatever the value', () => {
		for (const s of [STRINGS.en, STRINGS.ar])
			expect(paramNoteText(paramNote('theme', 'y'.repeat(5000)), s).length).toBeLessThan(120);
	});
});

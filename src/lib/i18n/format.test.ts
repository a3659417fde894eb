import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatList, formatNumber } from './format';

/** Digits as the runtime's Arabic locale writes them (Latin or Arabic-Indic, by ICU version). */
const ar = (n: number) => formatNumber(n, 'ar');

describe('formatCount', () => {
	it('uses the singular for one and the plural otherwise in English', () => {
		expect(formatCount('en', 'events', 1, 'en-GB')).toBe('1 event');
		expect(formatCount('en', 'events', 2, 'en-GB')).toBe('2 events');
		expect(formatCount('en', 'events', 0, 'en-GB')).toBe('0 events');
		expect(formatCount('en', 'reports', 1, 'en-GB')).toBe('1 news report');
		expect(formatCount('en', 'events', 1200, 'en-GB')).toBe('1,200 events');
	});

	it('uses the Arabic forms: one, the dual, 3–10, 11–99 and 100+', () => {
		expect(formatCount('ar', 'events', 1, 'ar')).toBe('حدث واحد');
		expect(formatCount('ar', 'events', 2, 'ar')).toBe('حدثان');
		expect(formatCount('ar', 'events', 3, 'ar')).toBe(`${ar(3)} أحداث`);
		expect(formatCount('ar', 'events', 11, 'ar')).toBe(`${ar(11)} حدثًا`);
		expect(formatCount('ar', 'events', 100, 'ar')).toBe(`${ar(100)} حدث`);
		expect(formatCount('ar', 'reports', 11, 'ar-SY')).toMatch(/تقريرًا إخباريًا$/);
	});
});

describe('formatList', () => {
	it('joins with the language’s conjunction', () => {
		expect(formatList(['Aleppo', 'Idlib', 'Hama'], 'en-GB')).toBe('Aleppo, Idlib and Hama');
		expect(formatList(['Aleppo'], 'en-GB')).toBe('Aleppo');
		expect(formatList(['حلب', 'إدلب', 'حماة'], 'ar')).toBe('حلب وإدلب وحماة');
	});
});

describe('formatChange', () => {
	it('signs gains and losses and leaves no change unsigned', () => {
		expect(formatChange(767.2, 'en-GB')).toBe('+767');
		expect(formatChange(-253.08, 'en-GB')).toMatch(/^[-−]253$/);
		expect(formatChange(0, 'en-GB')).toBe('0');
		expect(formatChange(1200, 'ar')).toContain(ar(1200));
	});
});

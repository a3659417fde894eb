import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseManifest, safeUrl } from './manifest';

const fixture = JSON.parse(
	readFileSync(new URL('../../../tests/fixtures/app-data/manifest.json', import.meta.url), 'utf8')
);

describe('parseManifest', () => {
	it('accepts the app fixture', () => {
		const m = parseManifest(fixture);
		expect(m.start).toBe('2024-11-26');
		expect(Object.keys(m.layers)).toContain('control');
	});
	it('names the file and field that is wrong', () => {
		expect(() => parseManifest({ ...fixture, start: '26 Nov' }, 'x/manifest.json')).toThrow(
			'x/manifest.json: start must be a YYYY-MM-DD calendar date'
		);
		expect(() => parseManifest({ ...fixture, end: '2024-11-31' }, 'x/manifest.json')).toThrow(
			'x/manifest.json: end must be a YYYY-MM-DD calendar date'
		);
		expect(() => parseManifest({ ...fixture, dates: ['2024-02-30'] })).toThrow(
			'dates must be an array of YYYY-MM-DD calendar dates'
		);
		expect(() => parseManifest({ ...fixture, layers: { control: '../../etc/passwd' } })).toThrow(
			'layers.control'
		);
		expect(() => parseManifest({ ...fixture, version: 2 })).toThrow('version must be 1');
	});
});

describe('safeUrl', () => {
	it('keeps http(s) links and drops script and data URLs', () => {
		expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
		expect(safeUrl('javascript:alert(1)')).toBeNull();
		expect(safeUrl('data:text/html,x')).toBeNull();
		expect(safeUrl('not a url')).toBeNull();
		expect(safeUrl(null)).toBeNull();
	});
});

// theatre.json's checker: every rule names the file, the field and the rule (README "theatre.json").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, jsonErrorOffset, manifestTheatre, parseTheatre, TheatreError } from './theatre';

const FILE = 'proj/theatre.json';
const DEFAULT_TEXT = readFileSync(join(import.meta.dirname, '../../../geodata/theatre.json'), 'utf8');
const base = () => JSON.parse(DEFAULT_TEXT) as Record<string, unknown>;
const problems = (doc: unknown): string[] => {
	try {
		parseTheatre(JSON.stringify(doc), FILE);
	} catch (e) {
		expect(e).toBeInstanceOf(TheatreError);
		return (e as TheatreError).message.split('\n');
	}
	return [];
};

describe('parseTheatre', () => {
	it('reads the embedded default theatre', () => {
		const t = parseTheatre(DEFAULT_TEXT, FILE);
		expect(t.timelineStart).toBe('2024-11-26');
		expect(t.country.gazetteerId).toBe('place:sm:syria');
		expect(t.view[0]).toBeGreaterThanOrEqual(t.bounds[0]);
		expect(t.title.ar).toMatch(/[\u0600-\u06FF]/);
	});

	it('says where invalid JSON stops, by line and column', () => {
		const text = '{\n\t"title": {"en": "x", "ar": "y"},\n\t"view": [1, 2,, 4]\n}';
		expect(() => parseTheatre(text, FILE)).toThrow(
			/^proj\/theatre\.json: not valid JSON: line 3, column 1\d: /
		);
		expect(() => parseTheatre('', FILE)).toThrow(/proj\/theatre\.json: not valid JSON/);
	});

	it('refuses unknown keys with a suggestion, at every level', () => {
		const doc = base();
		doc.titel = doc.title;
		(doc.country as Record<string, unknown>).gazeteerId = 'x';
		doc.zoom = 7;
		const lines = problems(doc);
		expect(lines).toContain(
			`${FILE}: titel: unknown key (did you mean "title"?); known: title, subtitle, country, bounds, view, timelineStart, baseline, actors, distanceReference, attribution`
		);
		expect(
			lines.some((l) =>
				l.startsWith(
					`${FILE}: country.gazeteerId: unknown key (did you mean "gazetterId"?)`.replace(
						'gazetterId',
						'gazetteerId'
					)
				)
			)
		).toBe(true);
		expect(lines.some((l) => l.startsWith(`${FILE}: zoom: unknown key; known:`))).toBe(true);
	});

	it('allows $comment and <key>$comment notes beside known keys only', () => {
		const doc = { ...base(), $comment: 'why', view$comment: 'why', zoom$comment: 'no such key' };
		expect(problems(doc)).toEqual([
			expect.stringMatching(/^proj\/theatre\.json: zoom\$comment: unknown key/)
		]);
	});

	it('names each missing field and each wrong type', () => {
		const { title: _t, ...noTitle } = base();
		expect(problems(noTitle)).toEqual([`${FILE}: title: is required`]);
		expect(problems({ ...base(), timelineStart: 20241126 })).toEqual([
			`${FILE}: timelineStart: must be a YYYY-MM-DD calendar date, got 20241126`
		]);
		expect(problems({ ...base(), timelineStart: '2024-11-31' })).toEqual([
			`${FILE}: timelineStart: must be a YYYY-MM-DD calendar date, got "2024-11-31"`
		]);
		expect(problems({ ...base(), subtitle: 'one language' })).toEqual([
			`${FILE}: subtitle: must be an object {en, ar}, got a string`
		]);
		expect(problems({ ...base(), title: { en: 'x', ar: 5 } })).toEqual([
			`${FILE}: title.ar: must be a string, got a number`
		]);
		expect(problems({ ...base(), attribution: ['ok', null] })).toEqual([
			`${FILE}: attribution[1]: must be a string, got null`
		]);
		expect(problems({ ...base(), country: { ...(base().country as object), iso: 'SY' } })).toEqual([
			`${FILE}: country.iso: must be an ISO 3166-1 numeric code (a whole number 1–999), got "SY"`
		]);
		expect(problems([1, 2])).toEqual([`${FILE}: (root): must be an object, got a list`]);
	});

	it('refuses out-of-range and inverted bounds, and a view or reference outside them', () => {
		expect(problems({ ...base(), bounds: [31, 29, 200, 41] })).toEqual([
			`${FILE}: bounds[2] (east): must be from -180 to 180, got 200`
		]);
		expect(problems({ ...base(), bounds: [47, 29, 31, 41] })).toEqual([
			`${FILE}: bounds: west (47) must be less than east (31)`
		]);
		expect(problems({ ...base(), bounds: [31, 29, 47] })).toEqual([
			`${FILE}: bounds: must be [west, south, east, north] in degrees, got [31,29,47]`
		]);
		expect(problems({ ...base(), view: [30, 35.6, 37.6, 36.6] })).toEqual([
			`${FILE}: view: must lie inside bounds [31, 29, 47, 41], got [30, 35.6, 37.6, 36.6]`
		]);
		const far = { ...(base().distanceReference as object), lon: 10 };
		expect(problems({ ...base(), distanceReference: far })).toEqual([
			`${FILE}: distanceReference: [10, 36.19944] must lie inside bounds [31, 29, 47, 41]`
		]);
		expect(problems({ ...base(), distanceReference: null })).toEqual([]);
	});

	it('refuses a 10 MB string field by its length, without echoing it', () => {
		const huge = 'x'.repeat(10 * 1024 * 1024);
		const lines = problems({ ...base(), title: { en: huge, ar: 'y' }, attribution: [huge] });
		expect(lines).toEqual([
			`${FILE}: title.en: must be at most 200 characters, got 10,485,760`,
			`${FILE}: attribution[0]: must be at most 500 characters, got 10,485,760`
		]);
	});

	it('refuses empty text, control characters and file paths outside the project', () => {
		expect(problems({ ...base(), title: { en: ' ', ar: 'y' } })).toEqual([
			`${FILE}: title.en: must not be empty`
		]);
		expect(problems({ ...base(), title: { en: 'a\nb', ar: 'y' } })).toEqual([
			`${FILE}: title.en: must not hold control characters (line breaks, tabs, NUL)`
		]);
		for (const path of ['/etc/passwd', '../geodata/actors.json', 'control/../../x', 'C:/x', 'a\\b'])
			expect(problems({ ...base(), baseline: path })).toEqual([
				`${FILE}: baseline: must be a path inside the project folder ("control/baseline.geojson"), got ${JSON.stringify(path)}`
			]);
	});

	it('lists every problem of the file, not only the first', () => {
		expect(problems({ ...base(), bounds: 'x', timelineStart: null, actors: 3 })).toHaveLength(3);
	});
});

describe('jsonErrorOffset', () => {
	it('finds the first character JSON.parse refuses', () => {
		for (const [text, offset] of [
			['{"a": tru}', 9],
			['{"a": "\\x"}', 8],
			['{"a": "\\u12G4"}', 11],
			['[1, 2] x', 7],
			['{"a": 1,}', 8],
			['{"a" 1}', 5],
			['{"a": [1, 2', 11]
		] as const) {
			expect(() => JSON.parse(text)).toThrow();
			expect([text, jsonErrorOffset(text)]).toEqual([text, offset]);
		}
	});
});

describe('closest', () => {
	it('suggests a near key and nothing for a far one', () => {
		expect(closest('timelinestart', ['timelineStart', 'title'])).toBe('timelineStart');
		expect(closest('colour', ['title', 'view'])).toBeNull();
	});
});

describe('manifestTheatre', () => {
	it('carries the titles, bounds, view, country and the measured reference point', () => {
		const t = parseTheatre(DEFAULT_TEXT, FILE);
		const m = manifestTheatre(t, { lon: 37.1, lat: 36.2 });
		expect(m.distance_reference).toEqual({ name: t.distanceReference!.name, lon: 37.1, lat: 36.2 });
		expect(m.country).toEqual({ name: 'Syria', iso: 760, region: 'Middle East' });
		expect(m.bounds).toEqual(t.bounds);
		expect(manifestTheatre(t, null).distance_reference).toBeNull();
	});
});

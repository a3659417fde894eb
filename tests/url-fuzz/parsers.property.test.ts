// Property test of the link parsers of both pages (issue 10): for generated queries (near-miss and
// hostile values, prototype keys, thousands of characters, mangled raw text) parsing never throws,
// the state it returns is always one the map can show, every note is short and printable, and the
// state survives a write/read round trip. Seeded (FC_SEED=<n> explores others), many runs: pure
// functions, a few milliseconds per hundred runs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	parseUrlState,
	serialiseUrlState,
	type ParseLimits,
	type UrlState
} from '../../src/lib/app/url-state';
import { parseEmbedParams, serialiseEmbedParams } from '../../src/lib/export/embed-params';
import { paramNoteText, QUOTE_MAX, type ParamNote } from '../../src/lib/app/param-notes';
import { isCalendarDate } from '../../src/lib/geo/days';
import { LANGS, STRINGS } from '../../src/lib/i18n/strings';
import { TOGGLE_KEYS } from '../../src/lib/map/toggles';
import { FUZZ_SEED, queryArb } from './query-arbitrary';

// A timeline across a month end, so impossible dates ("2024-11-31") fall inside it as strings.
const LIMITS: ParseLimits = { start: '2024-11-26', end: '2024-12-10', bounds: [31, 29, 47, 41] };
const RUNS = Number(process.env.FC_RUNS ?? 4000);
const options = { seed: FUZZ_SEED, numRuns: RUNS };
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** The state is one the map can show. */
function expectShowable(s: UrlState): void {
	if (s.date !== null) {
		expect(isCalendarDate(s.date)).toBe(true);
		expect(s.date >= LIMITS.start && s.date <= LIMITS.end).toBe(true);
	}
	for (const k of s.layers) expect(TOGGLE_KEYS).toContain(k);
	if (s.view) {
		const [w, so, e, n] = LIMITS.bounds;
		expect(s.view.lon >= w && s.view.lon <= e && s.view.lat >= so && s.view.lat <= n).toBe(true);
		expect(s.view.zoom >= 3 && s.view.zoom <= 18).toBe(true);
	}
	expect(LANGS).toContain(s.lang);
	expect(typeof s.cumulative).toBe('boolean');
}

/** Notes are few (one per parameter at most), short, printable, and read as short lines. */
function expectShortNotes(notes: readonly ParamNote[]): void {
	const params = notes.map((n) => n.param);
	expect(new Set(params).size).toBe(params.length);
	for (const n of notes) {
		// center/zoom quotes its two parts, each cut on its own.
		expect([...n.value].length).toBeLessThanOrEqual(
			n.param === 'center/zoom' ? 2 * QUOTE_MAX + 1 : QUOTE_MAX
		);
		expect(n.value).not.toMatch(INVISIBLE);
		expect(Number.isInteger(n.more) && n.more >= 0).toBe(true);
		for (const lang of LANGS) expect(paramNoteText(n, STRINGS[lang]).length).toBeLessThan(200);
	}
}

describe('link parsers under generated queries', () => {
	const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

	it('the app: never throws, always a showable state, short notes, a stable round trip', () => {
		fc.assert(
			fc.property(queryArb, (query) => {
				const { state, notes } = parseUrlState(new URLSearchParams(query), LIMITS);
				expectShowable(state);
				expectShortNotes(notes);
				const written = serialiseUrlState(state);
				const back = parseUrlState(new URLSearchParams(written), LIMITS);
				expect(back.notes).toEqual([]);
				expect(serialiseUrlState(back.state)).toBe(written);
			}),
			options
		);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
	});

	it('the embed: never throws, always a showable state, short notes, a stable round trip', () => {
		fc.assert(
			fc.property(queryArb, (query) => {
				const { params, notes } = parseEmbedParams(new URLSearchParams(query), LIMITS);
				expectShowable(params);
				expectShortNotes(notes);
				if (params.bbox) {
					const [w, s, e, n] = params.bbox;
					expect(w < e && s < n).toBe(true);
					expect(params.view).toBeNull();
				}
				expect(['none', 'compact']).toContain(params.controls);
				expect(['light', 'dark']).toContain(params.theme);
				const written = serialiseEmbedParams(params);
				const back = parseEmbedParams(new URLSearchParams(written), LIMITS);
				expect(back.notes).toEqual([]);
				expect(serialiseEmbedParams(back.params)).toBe(written);
			}),
			options
		);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
	});

	it('notes a parameter exactly when its value was not used', () => {
		// The simplest check of the "note" side: each known single-valued parameter, alone.
		fc.assert(
			fc.property(
				fc.constantFrom('date', 'lang', 'events', 'autoplay', 'controls', 'theme'),
				queryArb,
				(param, query) => {
					const value = new URLSearchParams(query).get(param);
					if (value === null) return;
					const alone = new URLSearchParams([[param, value]]);
					const { params, notes } = parseEmbedParams(alone, LIMITS);
					const used =
						serialiseEmbedParams(params) !== '' ||
						['day', '0', 'false', 'no', 'compact', 'light', 'en'].includes(value);
					expect(notes.length === 0, `${param}=${JSON.stringify(value)}`).toBe(used);
				}
			),
			options
		);
	});
});

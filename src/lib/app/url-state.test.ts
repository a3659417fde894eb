import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseUrlState, DEFAULT_STATE, type ParseLimits } from './url-state';
import type { ToggleKey } from '../map/toggles';

const limits: ParseLimits = { start: '2024-11-26', end: '2024-11-30', bounds: [33, 30, 45, 40] };
const parse = (s: string) => parseUrlState(new URLSearchParams(s), limits);

describe('URL state', () => {
	it('round-trips a full state', () => {
		const state = {
			date: '2024-11-29',
			layers: new Set<ToggleKey>(['control-opposition', 'frontline', 'strike-airstrike']),
			view: { lon: 37.1, lat: 36.2, zoom: 9.5 },
			lang: 'ar' as const,
			cumulative: true,
			reviewedOnly: true
		};
		const q = serialiseUrlState(state);
		expect(q).toBe(
			'?date=2024-11-29&layers=control-opposition,frontline,strike-airstrike&center=37.1,36.2&zoom=9.5&lang=ar&events=cumulative&reviewed=only'
		);
		const back = parse(q.slice(1));
		expect(back.notes).toEqual([]);
		expect(back.state).toEqual(state);
	});

	it('reads the reviewed-only view, and names a bad value', () => {
		expect(parse('reviewed=only').state.reviewedOnly).toBe(true);
		expect(parse('reviewed=all').state.reviewedOnly).toBe(false);
		const bad = parse('reviewed=maybe');
		expect(bad.state.reviewedOnly).toBe(false);
		expect(bad.notes.map((n) => n.param)).toEqual(['reviewed']);
	});

	it('writes nothing for the defaults', () => {
		expect(serialiseUrlState(DEFAULT_STATE)).toBe('');
	});

	it('expands group names and writes whole groups back as groups', () => {
		const { state } = parse('layers=control,strikes');
		expect(state.layers.has('control-sdf')).toBe(true);
		expect(state.layers.has('strike-car-bomb')).toBe(true);
		expect(state.layers.has('frontline')).toBe(false);
		expect(serialiseUrlState(state)).toBe('?layers=control,strikes');
	});

	it('falls back to defaults and names each bad parameter', () => {
		const { state, notes } = parse(
			'date=2024-12-31&layers=control,bogus&lang=fr&center=0,0&zoom=7&events=all'
		);
		expect(state.date).toBeNull();
		expect(state.lang).toBe('en');
		expect(state.view).toBeNull();
		expect(state.cumulative).toBe(false);
		expect(state.layers.has('control-opposition')).toBe(true);
		expect(state.layers.has('frontline')).toBe(false);
		expect(notes.map((n) => n.param)).toEqual(['date', 'layers', 'center/zoom', 'lang', 'events']);
		expect(notes.map((n) => n.value)).toEqual(['2024-12-31', 'bogus', '0,0 7', 'fr', 'all']);
		expect(notes[0]!.range).toEqual({ start: limits.start, end: limits.end });
	});

	it('keeps "no layers" distinct from the default', () => {
		const q = serialiseUrlState({ ...DEFAULT_STATE, layers: new Set() });
		expect(q).toBe('?layers=none');
		expect(parse(q.slice(1)).state.layers.size).toBe(0);
		expect(parse(q.slice(1)).notes).toEqual([]);
	});
});

describe('URL state from hostile links (issue 10)', () => {
	it('treats prototype keys as unknown layer names, never as groups', () => {
		for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
			const r = parse(`layers=control,${name}`);
			expect(r.notes, name).toEqual([{ param: 'layers', value: name, more: 0 }]);
			expect(r.state.layers.has('control-opposition'), name).toBe(true);
			expect(r.state.layers.has('frontline'), name).toBe(false);
		}
	});

	it('refuses a date that is inside the range but not on the calendar', () => {
		const r = parseUrlState(new URLSearchParams('date=2024-11-31'), { ...limits, end: '2024-12-10' });
		expect(r.state.date).toBeNull();
		expect(r.notes.map((n) => n.param)).toEqual(['date']);
		expect(
			parseUrlState(new URLSearchParams('date=2024-12-01'), { ...limits, end: '2024-12-10' }).state.date
		).toBe('2024-12-01');
	});

	it('folds many unknown layers into one short note', () => {
		const names = Array.from({ length: 25_000 }, (_, i) => `nope${i}`);
		const r = parse(`layers=frontline,${names.join(',')}`);
		expect(r.notes).toEqual([{ param: 'layers', value: 'nope0', more: 24_999 }]);
		expect([...r.state.layers]).toEqual(['frontline']);
	});

	it('shows every layer when none of the names is known, and none for "none"', () => {
		expect(parse('layers=bogus').state.layers).toBe(DEFAULT_STATE.layers);
		expect(parse('layers=none,bogus').state.layers.size).toBe(0);
	});

	it('quotes long values short, whatever the parameter', () => {
		const long = 'x'.repeat(2_000);
		const r = parse(`date=${long}&lang=${long}&center=${long}&zoom=${long}&events=${long}&layers=${long}`);
		expect(r.notes).toHaveLength(5);
		for (const n of r.notes) expect(n.value.length, n.param).toBeLessThanOrEqual(2 * 40 + 1);
	});
});

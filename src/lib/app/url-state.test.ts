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
			cumulative: true
		};
		const q = serialiseUrlState(state);
		expect(q).toBe('?date=2024-11-29&layers=control-opposition,frontline,strike-airstrike&center=37.1,36.2&zoom=9.5&lang=ar&events=cumulative');
		const back = parse(q.slice(1));
		expect(back.problems).toEqual([]);
		expect(back.state).toEqual(state);
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
		const { state, problems } = parse('date=2024-12-31&layers=control,bogus&lang=fr&center=0,0&zoom=7&events=all');
		expect(state.date).toBeNull();
		expect(state.lang).toBe('en');
		expect(state.view).toBeNull();
		expect(state.cumulative).toBe(false);
		expect(state.layers.has('control-opposition')).toBe(true);
		expect(problems.map((p) => p.split(':')[0])).toEqual(['date', 'layers', 'center/zoom', 'lang', 'events']);
	});

	it('keeps "no layers" distinct from the default', () => {
		const q = serialiseUrlState({ ...DEFAULT_STATE, layers: new Set() });
		expect(q).toBe('?layers=none');
		expect(parse(q.slice(1)).state.layers.size).toBe(0);
		expect(parse(q.slice(1)).problems).toEqual([]);
	});
});

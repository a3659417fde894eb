import { testEntry } from '../gazetteer/test-entry';
import { describe, expect, it } from 'vitest';
import type { ConflictEvent, EventKind, GazetteerEntry } from '../domain/types';
import { holderOn, scoreControl, type ControlReference, type PlaceInterval } from './control';
import { parseGold, parseGoldArticle } from './gold';
import { scoreRun, type Gold } from './score';

const entry = (id: string, lon: number, lat: number, kind: GazetteerEntry['kind'] = 'town'): GazetteerEntry =>
	testEntry(id, lon, lat, { kind });
const entries = new Map(
	[entry('north', 37, 36), entry('south', 37, 35), entry('province', 37.5, 35.5, 'region'), entry('country', 38.5, 35, 'country')].map((e) => [
		e.id,
		e
	])
);

function produced(place: string, kind: EventKind, date: string, article = 'a.md'): ConflictEvent {
	return {
		id: `${place}-${kind}-${date}-${Math.random()}`, date, time_precision: 1, kind, event_type: '', sub_event_type: '', actor: null, faction: null,
		place_id: place, geo_precision: 1, confidence: 'reported', fatalities: null, sources: [{ article, start: 0, end: 1 }]
	};
}

const gold = (events: Gold['articles'][string]['events']): Gold => ({ articles: { 'a.md': { places: [], events } } });

describe('event scoring', () => {
	it('matches one produced event to one gold event, so a duplicate costs precision', () => {
		const g = gold([{ place: 'north', lat: 36, lon: 37, kind: 'capture', date: '2024-11-29', family: 'active' }]);
		const s = scoreRun(g, [], [produced('north', 'capture', '2024-11-29'), produced('north', 'entry', '2024-11-29')], entries);
		expect(s.event_recall).toBe(1);
		expect(s.event_precision).toBe(0.5);
		expect(s.families).toEqual({ active: [1, 1] });
	});

	it('counts a produced event at the wrong place or of another family as not in the text', () => {
		const g = gold([{ place: 'north', lat: 36, lon: 37, kind: 'capture', date: '2024-11-29' }]);
		const s = scoreRun(g, [], [produced('south', 'capture', '2024-11-29'), produced('north', 'airstrike', '2024-11-29')], entries);
		expect(s.event_recall).toBe(0);
		expect(s.event_precision).toBe(0);
	});

	it('prefers the same-date pairing and scores the date of the match', () => {
		const g = gold([
			{ place: 'north', lat: 36, lon: 37, kind: 'clash', date: '2024-11-28' },
			{ place: 'north', lat: 36, lon: 37, kind: 'clash', date: '2024-11-29' }
		]);
		const s = scoreRun(g, [], [produced('north', 'clash', '2024-11-29'), produced('north', 'clash', '2024-11-27')], entries);
		expect(s.event_recall).toBe(1);
		expect(s.event_date_accuracy).toBe(0.5);
	});

	it("matches the state's collapse on the country with a gold collapse placed at a city", () => {
		const g = gold([{ place: 'north', lat: 36, lon: 37, kind: 'collapse', date: '2024-12-08' }]);
		const s = scoreRun(g, [], [produced('country', 'collapse', '2024-12-08')], entries);
		expect(s.event_recall).toBe(1);
		expect(scoreRun(g, [], [produced('country', 'capture', '2024-12-08')], entries).event_recall).toBe(0);
	});
	it('gives the date accuracy apart over the events the gold gives a day', () => {
		const g = gold([
			{ place: 'north', lat: 36, lon: 37, kind: 'clash', date: null },
			{ place: 'south', lat: 35, lon: 37, kind: 'clash', date: '2024-11-29' }
		]);
		const s = scoreRun(g, [], [produced('north', 'clash', '2024-11-29'), produced('south', 'clash', '2024-11-29')], entries);
		expect(s.event_date_accuracy).toBe(0.5);
		expect(s.event_date_accuracy_stated).toBe(1);
		expect(s.counts.dated_matches).toBe(1);
	});

	it('neither requires a restatement nor holds its match against precision', () => {
		const g = gold([
			{ place: 'north', lat: 36, lon: 37, kind: 'capture', date: '2024-11-29', restatement: true },
			{ place: 'south', lat: 35, lon: 37, kind: 'capture', date: '2024-12-01' }
		]);
		const s = scoreRun(g, [], [produced('north', 'capture', '2024-11-29'), produced('south', 'capture', '2024-12-01')], entries);
		expect(s.counts.gold_events).toBe(1);
		expect(s.event_recall).toBe(1);
		expect(s.event_precision).toBe(1);
	});

	it('scores the side of found events whose side the gold states, and only those', () => {
		const g = gold([
			{ place: 'north', lat: 36, lon: 37, kind: 'capture', date: '2024-11-29', actor: 'opposition' },
			{ place: 'south', lat: 35, lon: 37, kind: 'capture', date: '2024-11-29', actor: 'sna' },
			{ place: 'south', lat: 35, lon: 37, kind: 'clash', date: '2024-11-29' }
		]);
		const side = (e: ConflictEvent, faction: ConflictEvent['faction']) => ({ ...e, faction });
		const s = scoreRun(g, [], [side(produced('north', 'capture', '2024-11-29'), 'opposition'), side(produced('south', 'capture', '2024-11-29'), 'government'), produced('south', 'clash', '2024-11-29')], entries);
		expect(s.counts.sided_events).toBe(2);
		expect(s.event_side_accuracy).toBe(0.5);
		expect(s.misses).toContain('a.md: event capture at south by government not sna');
	});

	it('matches region events within the wider radius', () => {
		const g = gold([{ place: 'province', lat: 35.7, lon: 37.6, kind: 'capture', date: '2024-12-01', scope: 'region' }]);
		expect(scoreRun(g, [], [produced('province', 'capture', '2024-12-01')], entries).event_recall).toBe(1);
	});
});

describe('control scoring', () => {
	const reference: ControlReference = {
		period: { start: '2024-11-26', end: '2024-12-10' },
		places: [{ place: 'North', lat: 36, lon: 37, baseline: 'government', changes: [{ date: '2024-11-29', holder: 'opposition' }] }]
	};
	const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) / 86_400_000;
	const interval = (faction: 'government' | 'opposition', from: string, to: string, status = 'reported'): PlaceInterval => ({
		geometry: { type: 'Point', coordinates: [37.01, 36] },
		properties: { place_id: 'north', name: 'north', kind: 'town', faction, status, from: day(from), to: day(to) }
	});

	it('reads the holder from the last change on or before the date', () => {
		expect(holderOn(reference.places[0]!, '2024-11-28')).toBe('government');
		expect(holderOn(reference.places[0]!, '2024-11-29')).toBe('opposition');
	});

	it('scores each day after the baseline up to the run end, matching the place by name', () => {
		const late = scoreControl(reference, [interval('government', '2024-11-26', '2024-11-29'), interval('opposition', '2024-11-30', '2024-12-01')], '2024-12-01');
		// 27, 28 right; 29 wrong (a day late); 30, 1 right
		expect(late.facts).toBe(5);
		expect(late.accuracy).toBe(0.8);
		expect(late.per_date['2024-11-29']).toEqual([0, 1]);
	});

	it('gives half credit to a contested place', () => {
		const s = scoreControl(reference, [interval('government', '2024-11-26', '2024-11-28'), interval('opposition', '2024-11-29', '2024-11-29', 'contested')], '2024-11-29');
		expect(s.per_date['2024-11-29']).toEqual([0.5, 1]);
	});
});

describe('gold files', () => {
	it('names the file and field of a bad annotation', () => {
		expect(() => parseGold({ articles: { 'a.md': { places: [], events: [{ place: 'x', lat: 1, lon: 2, kind: 'victory', date: '2024-11-29' }] } } }, 'g.json')).toThrow(
			/g\.json: articles\["a\.md"\]\.events\[0\]\.kind must be one of/
		);
		expect(() => parseGoldArticle({ places: [], events: [] }, 'one.json')).toThrow(/one\.json: article must name the article file/);
		expect(() => parseGoldArticle({ article: 'a.md', places: [{ text: 'x', start: 5, end: 2, lat: 1, lon: 1 }], events: [] }, 'one.json')).toThrow(/places\[0\]\.start\/end/);
	});
});

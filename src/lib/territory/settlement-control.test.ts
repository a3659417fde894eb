import { testEntry } from '../gazetteer/test-entry';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ConflictEvent, EventKind, Faction, GazetteerEntry } from '../domain/types';
import { dayNumber } from '../geo/days';
import { DEFAULT_OPTIONS } from './config';
import { selectNodes } from './control-nodes';
import { buildControlTimeline, type NodeState } from './settlement-control';
import { buildCells } from './voronoi-cells';
import { regionScope } from './regions';
import { box } from './test-box';

// A strip of villages 36.02…36.48 E (every 0.04°) in three rows; opposition west of 36.15.
const country: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: box(36, 36, 36.5, 36.3) };
const baseline: FeatureCollection<Polygon> = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { faction: 'opposition' }, geometry: box(35.9, 35.9, 36.15, 36.4) },
		{ type: 'Feature', properties: { faction: 'government' }, geometry: box(36.15, 35.9, 36.6, 36.4) }
	]
};
const village = (
	id: string,
	lon: number,
	lat: number,
	kind: GazetteerEntry['kind'] = 'village'
): GazetteerEntry => testEntry(id, lon, lat, { kind });
const gazetteer: GazetteerEntry[] = [];
for (let row = 0; row < 3; row++)
	for (let col = 0; col < 12; col++)
		gazetteer.push(village(`v${col}-${row}`, 36.02 + col * 0.04 + (row % 2) * 0.02, 36.1 + row * 0.04));
gazetteer.push(village('uni', 36.305, 36.142, 'facility'));
gazetteer.push(village('province', 36.3, 36.2, 'region'));

let n = 0;
const ev = (date: string, kind: EventKind, place: string, faction: Faction | null): ConflictEvent => ({
	id: `evt:${date}:${String(n++).padStart(3, '0')}`,
	date,
	time_precision: 1,
	kind,
	event_type: 'x',
	sub_event_type: 'x',
	actor: faction,
	faction,
	place_id: place,
	geo_precision: 1,
	confidence: 'reported',
	fatalities: null,
	sources: []
});

function run(
	events: ConflictEvent[],
	overrides: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: [] },
	knobs: Partial<typeof DEFAULT_OPTIONS> = {}
) {
	const options = { ...DEFAULT_OPTIONS, anchorSpacingDeg: 0, ...knobs };
	const nodeSet = selectNodes(gazetteer, country, baseline, options);
	const graph = buildCells(nodeSet.nodes, country, nodeSet.plane);
	const timeline = buildControlTimeline({
		nodeSet,
		graph,
		gazetteer: new Map(gazetteer.map((e) => [e.id, e])),
		events,
		overrides,
		regions: regionScope(nodeSet, new Map(gazetteer.map((e) => [e.id, e])), country, undefined, options),
		routes: [],
		start: dayNumber('2024-11-26'),
		end: dayNumber('2024-11-30'),
		options
	});
	const on = (id: string, date: string): NodeState => {
		let k = 0;
		while (k + 1 < timeline.days.length && timeline.days[k + 1]! <= dayNumber(date)) k++;
		return timeline.states[k]![nodeSet.byPlace.get(id)!]!;
	};
	return { on, timeline };
}

describe('buildControlTimeline', () => {
	it('starts from the baseline polygon each place lies in', () => {
		const { on } = run([]);
		expect(on('v0-1', '2024-11-30')).toEqual({
			faction: 'opposition',
			status: 'baseline',
			rule: 'baseline',
			eventIds: []
		});
		expect(on('v8-1', '2024-11-30')).toEqual({
			faction: 'government',
			status: 'baseline',
			rule: 'baseline',
			eventIds: []
		});
	});

	it('a capture sets the place from its date on, reported, with the event id', () => {
		const e = ev('2024-11-28', 'capture', 'v4-1', 'opposition');
		const { on } = run([e]);
		expect(on('v4-1', '2024-11-27').faction).toBe('government');
		expect(on('v4-1', '2024-11-28')).toEqual({
			faction: 'opposition',
			status: 'reported',
			rule: 'report',
			eventIds: [e.id]
		});
		expect(on('v4-1', '2024-11-30').faction).toBe('opposition');
	});

	it('a capture known only to its month is drawn from the month’s end, not its middle', () => {
		const e = { ...ev('2024-11-14', 'capture', 'v4-1', 'opposition'), time_precision: 3 as const };
		const { on } = run([e]);
		expect(on('v4-1', '2024-11-28').faction).toBe('government');
		expect(on('v4-1', '2024-11-29').faction).toBe('opposition');
	});

	it('an advance toward a place does not capture it', () => {
		const { on } = run([ev('2024-11-28', 'advance', 'v9-1', 'opposition')]);
		expect(on('v9-1', '2024-11-30')).toEqual({
			faction: 'government',
			status: 'baseline',
			rule: 'baseline',
			eventIds: []
		});
	});

	it('places between the old front and a deep capture change hands as inferred', () => {
		const e = ev('2024-11-27', 'capture', 'v7-1', 'opposition');
		const { on } = run([e]);
		for (const id of ['v4-1', 'v5-1', 'v6-1'])
			expect(on(id, '2024-11-27')).toEqual({
				faction: 'opposition',
				status: 'inferred',
				rule: 'corridor',
				eventIds: [e.id]
			});
		expect(on('v10-1', '2024-11-27').faction).toBe('government');
	});

	it('the corridor of a deep capture takes the villages beside the way too (rows 4 km off), not those past it', () => {
		const e = ev('2024-11-27', 'capture', 'v7-1', 'opposition');
		const { on } = run([e]);
		for (const id of ['v5-0', 'v5-2', 'v6-0', 'v6-2'])
			expect(on(id, '2024-11-27'), id).toMatchObject({
				faction: 'opposition',
				status: 'inferred',
				rule: 'corridor'
			});
		for (const id of ['v10-0', 'v10-2']) expect(on(id, '2024-11-27').faction, id).toBe('government');
	});

	it('the corridor of a deep capture passes a city on the way by: a city is news of its own', () => {
		const town = gazetteer.find((e) => e.id === 'v5-1')!;
		town.kind = 'city';
		try {
			// (encirclement off: a city hemmed in on most sides by the way may still go by that rule)
			const { on } = run([ev('2024-11-27', 'capture', 'v7-1', 'opposition')], undefined, {
				encircledShare: 2
			});
			expect(on('v5-1', '2024-11-27').faction).toBe('government');
			for (const id of ['v4-1', 'v6-1']) expect(on(id, '2024-11-27'), id).toMatchObject({ rule: 'corridor' });
		} finally {
			town.kind = 'village';
		}
	});

	it('fighting deep in the loser’s ground takes the way there too: the place itself stays contested', () => {
		const e = ev('2024-11-27', 'clash', 'v7-1', 'opposition');
		const { on } = run([e]);
		for (const id of ['v4-1', 'v5-1', 'v6-1'])
			expect(on(id, '2024-11-27'), id).toEqual({
				faction: 'opposition',
				status: 'inferred',
				rule: 'corridor',
				eventIds: [e.id]
			});
		expect(on('v7-1', '2024-11-27')).toMatchObject({ faction: 'government', status: 'contested' });
		expect(on('v8-1', '2024-11-27').faction).toBe('government'); // not past the fight, as a capture's way goes
		expect(run([ev('2024-11-27', 'capture', 'v7-1', 'opposition')]).on('v8-1', '2024-11-27').faction).toBe(
			'opposition'
		);
	});

	it('fighting told of the side a report already gives the place is that fight again: no contest', () => {
		const taken = ev('2024-11-27', 'capture', 'v5-1', 'opposition');
		const { on, timeline } = run([taken, ev('2024-11-28', 'clash', 'v5-1', 'opposition')]);
		expect(on('v5-1', '2024-11-30')).toMatchObject({
			faction: 'opposition',
			status: 'reported',
			eventIds: [taken.id]
		});
		expect(timeline.diagnostics.some((d) => d.code === 'clash-by-holder')).toBe(true);
		// the other side fighting there still contests it
		expect(
			run([taken, ev('2024-11-28', 'clash', 'v5-1', 'government')]).on('v5-1', '2024-11-28').status
		).toBe('contested');
	});

	it('a clash makes a place contested without changing its holder', () => {
		const e = ev('2024-11-27', 'clash', 'v5-1', 'opposition');
		expect(run([e]).on('v5-1', '2024-11-28')).toEqual({
			faction: 'government',
			status: 'contested',
			rule: 'report',
			contester: 'opposition',
			eventIds: [e.id]
		});
	});

	it('an entry into a place of a kind that entries contest is fighting there; into a village, its fall', () => {
		const e = ev('2024-11-27', 'entry', 'v5-1', 'opposition');
		expect(run([e], undefined, { entryContestsKinds: ['village'] }).on('v5-1', '2024-11-28')).toEqual({
			faction: 'government',
			status: 'contested',
			rule: 'report',
			contester: 'opposition',
			eventIds: [e.id]
		});
		expect(run([e]).on('v5-1', '2024-11-28')).toMatchObject({ faction: 'opposition', status: 'reported' });
	});

	it('fighting or a withdrawal only near a place of a spared kind leaves it as it was; in it, not', () => {
		const near = { ...ev('2024-11-27', 'clash', 'v5-1', 'opposition'), geo_precision: 2 as const };
		const inside = ev('2024-11-27', 'clash', 'v6-1', 'opposition');
		const left = { ...ev('2024-11-27', 'withdrawal', 'v9-1', 'government'), geo_precision: 2 as const };
		const { on } = run([near, left], undefined, { nearEventSparesKinds: ['village'] });
		expect(on('v5-1', '2024-11-28').status).toBe('baseline');
		// (a separate run: fighting in v6-1 takes the way there, v5-1 included, by the corridor)
		const fought = run([inside], undefined, { nearEventSparesKinds: ['village'] });
		expect(fought.on('v6-1', '2024-11-28').status).toBe('contested');
		expect(on('v9-1', '2024-11-28')).toMatchObject({ faction: 'government', status: 'baseline' });
		// by default only cities are spared: a village fought near is contested
		expect(run([near]).on('v5-1', '2024-11-28').status).toBe('contested');
	});

	it('a withdrawal hands the place to the enemy it faces, as inferred', () => {
		const e = ev('2024-11-27', 'withdrawal', 'v3-1', 'government');
		expect(run([e]).on('v3-1', '2024-11-27')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'withdrawal',
			eventIds: [e.id]
		});
	});

	it('a withdrawal from a place fought over goes to the side fighting there, not the enemy next door', () => {
		const fight = ev('2024-11-27', 'clash', 'v9-1', 'sdf');
		const left = ev('2024-11-28', 'withdrawal', 'v9-1', 'government');
		const { on } = run([fight, left]);
		expect(on('v9-1', '2024-11-27')).toMatchObject({ status: 'contested', contester: 'sdf' });
		expect(on('v9-1', '2024-11-28')).toMatchObject({
			faction: 'sdf',
			status: 'inferred',
			rule: 'withdrawal'
		});
		expect(run([left]).on('v9-1', '2024-11-28').faction).toBe('opposition'); // unfought: the enemy it faces
	});

	it('a capture located only near a place contests it; one located by its region moves nothing', () => {
		const near = { ...ev('2024-11-27', 'capture', 'v6-1', 'opposition'), geo_precision: 2 as const };
		const vague = { ...ev('2024-11-27', 'capture', 'v8-1', 'opposition'), geo_precision: 3 as const };
		const { on } = run([near, vague]);
		expect(on('v6-1', '2024-11-27')).toEqual({
			faction: 'government',
			status: 'contested',
			rule: 'report',
			contester: 'opposition',
			eventIds: [near.id]
		});
		expect(on('v8-1', '2024-11-27')).toEqual({
			faction: 'government',
			status: 'baseline',
			rule: 'baseline',
			eventIds: []
		});
	});

	it('a withdrawal deep behind the lines goes to the nearest enemy', () => {
		const e = ev('2024-11-27', 'withdrawal', 'v10-1', 'government');
		expect(run([e]).on('v10-1', '2024-11-27')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'withdrawal',
			eventIds: [e.id]
		});
	});

	it('a capture with no actor is credited to the adjacent enemy and says so', () => {
		const e = ev('2024-11-27', 'capture', 'v3-1', null);
		const { on, timeline } = run([e]);
		expect(on('v3-1', '2024-11-27').faction).toBe('opposition');
		expect(timeline.diagnostics.map((d) => d.code)).toContain('capture-actor-inferred');
	});

	it('a capture naming no side, of a place that already changed hands, is a restatement: no reversal', () => {
		const { on, timeline } = run([
			ev('2024-11-27', 'capture', 'v6-1', 'opposition'),
			ev('2024-11-29', 'capture', 'v6-1', null)
		]);
		expect(on('v6-1', '2024-11-30')).toMatchObject({ faction: 'opposition', status: 'reported' });
		expect(timeline.diagnostics.some((d) => d.code === 'unattributed-after-change')).toBe(true);
	});
	it('a capture naming no side, deep behind its holder’s lines with no enemy near, moves nothing', () => {
		const { on, timeline } = run([ev('2024-11-27', 'capture', 'v11-1', null)]);
		expect(on('v11-1', '2024-11-28')).toMatchObject({ faction: 'government', status: 'baseline' });
		expect(timeline.diagnostics.map((d) => d.code)).toContain('unattributed-behind-lines');
		// an enemy taking ground next to it makes the same report a change of hands
		const near = run([
			ev('2024-11-27', 'capture', 'v10-1', 'opposition'),
			ev('2024-11-28', 'capture', 'v11-1', null)
		]);
		expect(near.on('v11-1', '2024-11-28').faction).toBe('opposition');
		// so does one taking ground a few villages off, not at its edge
		const nearby = run([
			ev('2024-11-27', 'capture', 'v6-0', 'opposition'),
			ev('2024-11-28', 'capture', 'v11-1', null)
		]);
		expect(nearby.on('v11-1', '2024-11-28').faction).not.toBe('government');
		// the knob turns the rule off
		expect(
			run([ev('2024-11-27', 'capture', 'v11-1', null)], undefined, { unattributedNeedsNeighbour: false }).on(
				'v11-1',
				'2024-11-28'
			).faction
		).toBe('opposition');
	});
	it('a capture naming no side, of a place only fought over so far, takes it (the fight came first)', () => {
		const clash = ev('2024-11-28', 'clash', 'v6-1', null);
		const taken = ev('2024-11-28', 'capture', 'v6-1', null);
		const { on, timeline } = run([clash, taken]);
		expect(on('v6-1', '2024-11-28').faction).toBe('opposition');
		expect(on('v6-1', '2024-11-28').status).not.toBe('contested');
		expect(timeline.diagnostics.some((d) => d.code === 'unattributed-after-change')).toBe(false);
	});
	it('on one day, the holder withdraws before a capture, and a side that entered withdraws after it', () => {
		const taken = run([
			ev('2024-11-28', 'capture', 'v6-1', 'opposition'),
			ev('2024-11-28', 'withdrawal', 'v6-1', null)
		]);
		expect(taken.on('v6-1', '2024-11-28').faction).toBe('opposition');
		const left = run([
			ev('2024-11-28', 'entry', 'v6-1', 'opposition'),
			ev('2024-11-28', 'withdrawal', 'v6-1', 'opposition')
		]);
		expect(left.on('v6-1', '2024-11-28').faction).toBe('government');
	});
	it('an event at a facility steers the nearest place', () => {
		const { on } = run([ev('2024-11-27', 'capture', 'uni', 'opposition')]);
		expect(on('v7-1', '2024-11-27').status).toBe('reported');
	});

	it('a clash in a region names no place that changed hands and moves nothing', () => {
		const { on, timeline } = run([ev('2024-11-27', 'clash', 'province', 'opposition')]);
		expect(on('v8-1', '2024-11-27')).toEqual({
			faction: 'government',
			status: 'baseline',
			rule: 'baseline',
			eventIds: []
		});
		expect(timeline.diagnostics.map((d) => d.code)).toContain('region-event-idle');
	});

	it('an unknown place is a diagnostic, not a crash', () => {
		const { timeline } = run([ev('2024-11-27', 'capture', 'nowhere', 'opposition')]);
		expect(timeline.diagnostics.map((d) => d.code)).toContain('event-place-unknown');
	});

	it('an override wins over events for its dates and is marked as such', () => {
		const overrides: FeatureCollection<Polygon> = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { date: '2024-11-28', until: '2024-11-29', faction: 'sdf', note: 'analyst', id: 'ov1' },
					geometry: box(36.38, 36.0, 36.5, 36.3)
				}
			]
		};
		const { on } = run([ev('2024-11-28', 'capture', 'v10-1', 'opposition')], overrides);
		expect(on('v10-1', '2024-11-28')).toEqual({
			faction: 'sdf',
			status: 'override',
			rule: 'override',
			eventIds: ['ov1']
		});
		expect(on('v10-1', '2024-11-30').faction).toBe('opposition'); // the model's state beneath shows again
	});

	it('rejects an override without a valid faction, naming the feature', () => {
		const bad: FeatureCollection<Polygon> = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { date: '2024-11-28', faction: 'rebels' },
					geometry: box(36, 36, 36.1, 36.1)
				}
			]
		};
		expect(() => run([], bad)).toThrow(/overrides feature 0: properties.faction/);
	});
});

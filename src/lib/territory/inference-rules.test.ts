// The rules for what reports imply (issue 9), each on a small synthetic grid: region claims,
// captures along a road, pockets, contested places gone quiet, collapse, border coverage.
import { testEntry } from '../gazetteer/test-entry';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ConflictEvent, EventKind, Faction, GazetteerEntry } from '../domain/types';
import { dayNumber } from '../geo/days';
import { buildLayers } from './build-layers';
import { DEFAULT_OPTIONS, type TerritoryOptions } from './config';
import { selectNodes } from './control-nodes';
import { coverOutline } from './coverage';
import { pointInPolygonal } from './geometry';
import { regionScope } from './regions';
import { routeRuns } from './route-control';
import { buildControlTimeline, type NodeState } from './settlement-control';
import { buildCells } from './voronoi-cells';
import { box } from './test-box';

const feature = (geometry: Polygon, properties: Record<string, unknown> = {}): Feature<Polygon> => ({
	type: 'Feature',
	properties,
	geometry
});

// 12 × 7 villages, 0.04° apart (about 4 km), staggered rows; the opposition holds the west
// (x < 36.15), the government the rest. Two governorates: Alpha west of 36.25, Beta east of it.
const country = feature(box(36, 36, 36.5, 36.3), { iso_a2: 'SY' });
const village = (
	id: string,
	lon: number,
	lat: number,
	admin1: string | null,
	kind: GazetteerEntry['kind'] = 'village'
): GazetteerEntry => testEntry(id, lon, lat, { admin1, kind });
const grid: GazetteerEntry[] = [];
for (let row = 0; row < 7; row++)
	for (let col = 0; col < 12; col++) {
		const lon = Math.round((36.02 + col * 0.04 + (row % 2) * 0.02) * 1e6) / 1e6;
		grid.push(
			village(
				`v${col}-${row}`,
				lon,
				Math.round((36.03 + row * 0.04) * 1e6) / 1e6,
				lon < 36.25 ? 'Alpha' : 'Beta'
			)
		);
	}
const regionsRows = [
	village('beta-gov', 36.4, 36.15, 'Beta', 'region'),
	village('plain', 36.42, 36.15, 'Beta', 'region'),
	village('land', 36.25, 36.15, null, 'country')
];
regionsRows[0]!.name = 'Beta Governorate';
regionsRows[1]!.name = 'Beta plain';
const governorates: FeatureCollection<Polygon> = {
	type: 'FeatureCollection',
	features: [
		feature(box(35.9, 35.9, 36.25, 36.4), { name: 'Alpha' }),
		feature(box(36.25, 35.9, 36.6, 36.4), { name: 'Beta' })
	]
};
const road: FeatureCollection<LineString> = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'road', name: 'Road', kind: 'road' },
			geometry: {
				type: 'LineString',
				coordinates: [
					[36.0, 36.15],
					[36.5, 36.15]
				]
			}
		}
	]
};

type Baseline = { faction: Faction; geometry: Polygon }[];
const westEast: Baseline = [
	{ faction: 'opposition', geometry: box(35.9, 35.9, 36.15, 36.4) },
	{ faction: 'government', geometry: box(36.15, 35.9, 36.6, 36.4) }
];

let serial = 0;
function ev(
	date: string,
	kind: EventKind,
	place: string,
	faction: Faction | null,
	extra: Partial<ConflictEvent> = {}
): ConflictEvent {
	return {
		id: `evt:${date}:${String(serial++).padStart(3, '0')}`,
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
		sources: [],
		...extra
	};
}

/** The model on the grid: states per day, with some rules switched off to watch one at a time. */
function run(
	events: ConflictEvent[],
	opts: Partial<TerritoryOptions> = {},
	baseline: Baseline = westEast,
	withPolygons = true,
	extraPlaces: GazetteerEntry[] = []
) {
	const options: TerritoryOptions = { ...DEFAULT_OPTIONS, anchorSpacingDeg: 0, ...opts };
	const gazetteer = [...grid, ...regionsRows, ...extraPlaces];
	const base: FeatureCollection<Polygon> = {
		type: 'FeatureCollection',
		features: baseline.map((b) => feature(b.geometry, { faction: b.faction }))
	};
	const nodeSet = selectNodes(gazetteer, country, base, options);
	const graph = buildCells(nodeSet.nodes, country, nodeSet.plane);
	const byId = new Map(gazetteer.map((e) => [e.id, e]));
	const timeline = buildControlTimeline({
		nodeSet,
		graph,
		gazetteer: byId,
		events,
		overrides: { type: 'FeatureCollection', features: [] },
		regions: regionScope(nodeSet, byId, country, withPolygons ? governorates : undefined, options),
		routes: routeRuns(road, nodeSet.nodes, nodeSet.plane, options.routeStepKm, []),
		start: dayNumber('2024-12-01'),
		end: dayNumber('2024-12-10'),
		options
	});
	const on = (id: string, date: string): NodeState => {
		let k = 0;
		while (k + 1 < timeline.days.length && timeline.days[k + 1]! <= dayNumber(date)) k++;
		return timeline.states[k]![nodeSet.byPlace.get(id)!]!;
	};
	const factionOf = (date: string) => (id: string) => on(id, date).faction;
	return { on, factionOf, timeline };
}

/** Only the rule under test: no corridors, no encirclement. */
const quiet: Partial<TerritoryOptions> = { corridorMaxKm: 0, encircledShare: 2 };
const beta = grid.filter((v) => v.admin1 === 'Beta').map((v) => v.id);
const col = (c: number) => grid.filter((v) => v.id.startsWith(`v${c}-`)).map((v) => v.id);

describe('region claims', () => {
	it('a claim on a governorate moves all its places no report names, as inferred by the rule "region"', () => {
		const held = ev('2024-12-02', 'capture', 'v8-3', 'government'); // a report keeps v8-3 with the government
		const claim = ev('2024-12-03', 'capture', 'beta-gov', 'opposition');
		const { on } = run([held, claim], quiet);
		for (const id of beta.filter((id) => id !== 'v8-3'))
			expect(on(id, '2024-12-03'), id).toEqual({
				faction: 'opposition',
				status: 'inferred',
				rule: 'region',
				eventIds: [claim.id]
			});
		expect(on('v8-3', '2024-12-03')).toMatchObject({ faction: 'government', rule: 'report' });
		expect(on('v4-3', '2024-12-03').faction).toBe('government'); // Alpha is not Beta
	});

	it('a claim naming no side, after the region changed hands, is a restatement: it moves nothing', () => {
		const taken = ev('2024-12-03', 'capture', 'beta-gov', 'opposition');
		const told = ev('2024-12-05', 'capture', 'beta-gov', null);
		const { factionOf, timeline } = run([taken, told], quiet);
		expect(new Set(beta.map(factionOf('2024-12-05')))).toEqual(new Set(['opposition']));
		expect(
			timeline.diagnostics.some((d) => d.code === 'unattributed-after-change' && d.message.includes(told.id))
		).toBe(true);
		// before it changed hands, a claim naming no side goes to the side facing its holder, as before
		const first = run([ev('2024-12-03', 'capture', 'beta-gov', null)], quiet);
		expect(new Set(beta.map(first.factionOf('2024-12-03')))).toEqual(new Set(['opposition']));
	});

	it("a claim naming no side goes to the side taking ground near the region lately, not the holder's other neighbour", () => {
		// the SDF holds the east of Beta; the government's Beta borders it, not the opposition's west
		const threeSides: Baseline = [
			{ faction: 'opposition', geometry: box(35.9, 35.9, 36.15, 36.4) },
			{ faction: 'government', geometry: box(36.15, 35.9, 36.45, 36.4) },
			{ faction: 'sdf', geometry: box(36.45, 35.9, 36.6, 36.4) }
		];
		const governmentBeta = (r: ReturnType<typeof run>) =>
			beta.filter((id) => r.on(id, '2024-12-01').faction === 'government');
		// with no one taking ground, the neighbour at its edge would take it, and the SDF does not fight the
		// government here: nothing moves
		const still = run([ev('2024-12-04', 'capture', 'beta-gov', null)], quiet, threeSides);
		expect(new Set(governmentBeta(still).map(still.factionOf('2024-12-04')))).toEqual(
			new Set(['government'])
		);
		// the opposition took a town of Alpha near Beta (not at its edge) the day before: the claim is its advance
		const taken = ev('2024-12-03', 'capture', 'v4-3', 'opposition');
		const pushed = run([taken, ev('2024-12-04', 'capture', 'beta-gov', null)], quiet, threeSides);
		expect(new Set(governmentBeta(pushed).map(pushed.factionOf('2024-12-04')))).toEqual(
			new Set(['opposition'])
		);
	});

	it('"half of" moves places nearest the claimant first until it holds half the region', () => {
		const { on } = run([ev('2024-12-03', 'capture', 'beta-gov', 'opposition', { extent: 'half' })], quiet);
		const moved = beta.filter((id) => on(id, '2024-12-03').faction === 'opposition');
		expect(moved.length).toBeGreaterThan(beta.length * 0.4);
		expect(moved.length).toBeLessThan(beta.length * 0.65);
		// nearest the opposition's ground (the west) first: every moved place lies west of every kept one, give or take a stagger
		const lon = (id: string) => grid.find((v) => v.id === id)!.lon;
		const kept = beta.filter((id) => !moved.includes(id));
		expect(Math.max(...moved.map(lon))).toBeLessThanOrEqual(Math.min(...kept.map(lon)) + 0.021);
	});

	it("a claim takes the region from the claimant's enemy only: an ally's places there stay its own", () => {
		// the east of Beta is the SNA's, which fights the government but not the opposition
		const withAlly: Baseline = [
			...westEast.slice(0, 1),
			{ faction: 'government', geometry: box(36.15, 35.9, 36.32, 36.4) },
			{ faction: 'sna', geometry: box(36.32, 35.9, 36.6, 36.4) }
		];
		const { factionOf } = run([ev('2024-12-03', 'capture', 'beta-gov', 'opposition')], quiet, withAlly);
		const before = beta.map(factionOf('2024-12-02'));
		expect(before).toContain('government');
		expect(before.filter((f) => f === 'sna').length).toBeGreaterThan(before.length / 2); // the ally holds most of it
		expect(beta.map(factionOf('2024-12-03'))).toEqual(
			before.map((f) => (f === 'sna' ? 'sna' : 'opposition'))
		);
	});

	it('an ally\'s ground counts toward a share held ("half of" Beta, the ally holding most: nothing moves), not toward a gain ("parts of")', () => {
		const withAlly: Baseline = [
			...westEast.slice(0, 1),
			{ faction: 'government', geometry: box(36.15, 35.9, 36.32, 36.4) },
			{ faction: 'sna', geometry: box(36.32, 35.9, 36.6, 36.4) }
		];
		const half = ev('2024-12-03', 'capture', 'beta-gov', 'opposition', { extent: 'half' });
		const { factionOf } = run([half], quiet, withAlly);
		const before = beta.map(factionOf('2024-12-02'));
		expect(before.filter((f) => f === 'sna').length).toBeGreaterThan(before.length / 2);
		expect(beta.map(factionOf('2024-12-03'))).toEqual(before);
		// "parts of" tells a gain: measured on the claimant's own ground, it still takes the loser's nearest places
		const part = run(
			[ev('2024-12-03', 'capture', 'beta-gov', 'opposition', { extent: 'part' })],
			quiet,
			withAlly
		);
		const gained = beta.filter((id) => part.on(id, '2024-12-03').faction === 'opposition');
		expect(gained.length).toBeGreaterThan(0);
	});

	it('a government withdrawal from a region goes to the stated counter side, else to the side next to it', () => {
		const toSdf = run(
			[ev('2024-12-03', 'withdrawal', 'beta-gov', 'government', { counter_faction: 'sdf' })],
			quiet
		);
		expect(beta.map(toSdf.factionOf('2024-12-03'))).toEqual(beta.map(() => 'sdf'));
		const alongside = run([ev('2024-12-03', 'withdrawal', 'beta-gov', 'government')], quiet);
		expect(new Set(beta.map(alongside.factionOf('2024-12-03')))).toEqual(new Set(['opposition']));
	});

	it('a withdrawal from a region naming no side that left moves nothing ("evacuations from X")', () => {
		const gain = ev('2024-12-02', 'capture', 'beta-gov', 'opposition');
		const left = ev('2024-12-03', 'withdrawal', 'beta-gov', null);
		const { factionOf, timeline } = run([gain, left], quiet);
		expect(beta.map(factionOf('2024-12-03'))).toEqual(beta.map(factionOf('2024-12-02')));
		expect(timeline.diagnostics.some((d) => d.code === 'region-withdrawal-unattributed')).toBe(true);
	});

	it('a region that is not a governorate stands for the places within the radius of its point', () => {
		const { on } = run([ev('2024-12-03', 'capture', 'plain', 'opposition')], {
			...quiet,
			subRegionRadiusKm: 6
		});
		const near = grid
			.filter((v) => Math.hypot((v.lon - 36.42) * 0.81, v.lat - 36.15) * 111 <= 6)
			.map((v) => v.id);
		expect(near.length).toBeGreaterThan(2);
		for (const v of grid)
			expect(on(v.id, '2024-12-03').faction, v.id).toBe(
				near.includes(v.id) || v.lon < 36.15 ? 'opposition' : 'government'
			);
	});

	it('without polygons, a governorate is the places whose gazetteer row names it', () => {
		const { factionOf } = run(
			[ev('2024-12-03', 'capture', 'beta-gov', 'opposition')],
			quiet,
			westEast,
			false
		);
		expect(new Set(beta.map(factionOf('2024-12-03')))).toEqual(new Set(['opposition']));
	});
});

describe('captures along a road', () => {
	const roadside = (c: number) => `v${c}-3`; // row 3 lies on the road (lat 36.15)

	it('moves the places on the road between two captures by one side, and those near it', () => {
		const a = ev('2024-12-02', 'capture', roadside(4), 'opposition');
		const b = ev('2024-12-03', 'capture', roadside(9), 'opposition');
		const { on } = run([a, b], quiet);
		for (const c of [5, 6, 7, 8])
			expect(on(roadside(c), '2024-12-03'), `col ${c}`).toEqual({
				faction: 'opposition',
				status: 'inferred',
				rule: 'route',
				eventIds: [a.id, b.id]
			});
		expect(on('v6-2', '2024-12-03').rule).toBe('route'); // 4.4 km off the road
		expect(on('v6-1', '2024-12-03').faction).toBe('government'); // 8.9 km off
		expect(on(roadside(10), '2024-12-03').faction).toBe('government'); // beyond the second capture
		expect(on(roadside(6), '2024-12-02').faction).toBe('government'); // not before the second capture
	});

	it('counts what the road moved when encirclement looks at a place the same day', () => {
		const a = ev('2024-12-02', 'capture', roadside(4), 'opposition');
		const b = ev('2024-12-03', 'capture', roadside(9), 'opposition');
		// a place beside the road with two of its six neighbours on it: one taken, one moved by the road
		const { on } = run([a, b], {
			corridorMaxKm: 0,
			routeFillSurroundKm: 1,
			encircledShare: 0.2,
			encircledRadiusKm: 5
		});
		expect(on('v8-3', '2024-12-03').rule).toBe('route');
		expect(on('v9-2', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'encircled' });
	});

	it('leaves the kinds it spares (cities and their districts, by default) to the reports', () => {
		const a = ev('2024-12-02', 'capture', roadside(4), 'opposition');
		const b = ev('2024-12-03', 'capture', roadside(9), 'opposition');
		// a city on the road between the two captures, with the default options
		const city = village('road-city', 36.3, 36.15, 'Beta', 'city');
		const spared = run([a, b], quiet, westEast, true, [city]);
		expect(spared.on('road-city', '2024-12-03').faction).toBe('government');
		expect(spared.on(roadside(6), '2024-12-03').faction).toBe('opposition');
		const taken = run([a, b], { ...quiet, routeFillSparesKinds: [] }, westEast, true, [city]);
		expect(taken.on('road-city', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'route' });
	});

	it('moves nothing when the captures are farther apart than the gap knob, or by different sides', () => {
		const far = run(
			[
				ev('2024-12-02', 'capture', roadside(4), 'opposition'),
				ev('2024-12-03', 'capture', roadside(9), 'opposition')
			],
			{ ...quiet, routeFillMaxGapKm: 10 }
		);
		expect(far.on(roadside(6), '2024-12-03').faction).toBe('government');
		const mixed = run(
			[
				ev('2024-12-02', 'capture', roadside(4), 'opposition'),
				ev('2024-12-03', 'capture', roadside(9), 'sna')
			],
			quiet
		);
		expect(mixed.on(roadside(6), '2024-12-03').faction).toBe('government');
	});
});

describe('a capture naming only the side that lost the place', () => {
	it('moves the place away from that side, even after it changed hands (a reversal, not a restatement)', () => {
		const taken = ev('2024-12-02', 'capture', 'v8-3', 'opposition');
		const lost = ev('2024-12-04', 'capture', 'v8-3', null, { counter_faction: 'opposition' });
		const { on } = run([taken, lost], quiet);
		expect(on('v8-3', '2024-12-03').faction).toBe('opposition');
		expect(on('v8-3', '2024-12-04')).toMatchObject({ faction: 'government', rule: 'report' });
	});

	it('moves nothing where the model has another side there already', () => {
		const lost = ev('2024-12-04', 'capture', 'v8-3', null, { counter_faction: 'opposition' });
		const { on } = run([lost], quiet);
		expect(on('v8-3', '2024-12-04')).toMatchObject({ faction: 'government', rule: 'baseline' });
	});
});

describe('garrisons', () => {
	// a city in the government's ground, an airbase on its edge (about 3 km) and a base far off (about 11 km)
	const places = [
		village('city', 36.31, 36.17, 'Beta', 'city'),
		village('edge-airbase', 36.338, 36.17, 'Beta', 'airport'),
		village('far-base', 36.43, 36.17, 'Beta', 'base')
	];
	const taken = ev('2024-12-03', 'capture', 'city', 'opposition');

	it('the loser\'s airports and bases on a captured city\'s edge go with it, as inferred by the rule "garrison"', () => {
		const { on } = run([taken], quiet, westEast, true, places);
		expect(on('edge-airbase', '2024-12-03')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'garrison',
			eventIds: [taken.id]
		});
		expect(on('edge-airbase', '2024-12-02').faction).toBe('government');
		expect(on('far-base', '2024-12-03').faction).toBe('government');
	});

	it('a garrison a report names that day keeps what the report says', () => {
		const holds = ev('2024-12-03', 'clash', 'edge-airbase', 'government');
		const { on } = run([taken, holds], quiet, westEast, true, places);
		expect(on('edge-airbase', '2024-12-03')).toMatchObject({ rule: 'report' });
	});

	it('a captured village takes no garrison with it', () => {
		const nearVillage = [...places, village('edge-base-2', 36.288, 36.132, 'Beta', 'base')];
		const { on } = run(
			[ev('2024-12-03', 'capture', 'v7-2', 'opposition')],
			quiet,
			westEast,
			true,
			nearVillage
		);
		expect(on('edge-base-2', '2024-12-03').faction).toBe('government');
	});
});

describe('pockets', () => {
	const cut = (date: string) => col(6).map((id) => ev(date, 'capture', id, 'opposition'));

	it('ground cut off from its side goes to the side around it after pocketDays', () => {
		const { on } = run(cut('2024-12-02'), { ...quiet, pocketDays: 3 });
		for (const id of [...col(4), ...col(5)].filter((id) => grid.find((v) => v.id === id)!.lon > 36.15)) {
			expect(on(id, '2024-12-04').faction, `${id} before`).toBe('government');
			expect(on(id, '2024-12-05'), `${id} after`).toMatchObject({
				faction: 'opposition',
				status: 'inferred',
				rule: 'pocket'
			});
			expect(on(id, '2024-12-05').eventIds.length).toBeGreaterThan(0);
		}
		expect(on('v9-3', '2024-12-10').faction).toBe('government'); // the main ground stays
	});

	it('an enclave the side already held apart on the baseline is not a pocket', () => {
		const withEnclave: Baseline = [{ faction: 'sdf', geometry: box(36.33, 36.1, 36.39, 36.2) }, ...westEast]; // the first polygon holding a point wins
		const { on } = run(
			[ev('2024-12-02', 'capture', 'v1-1', 'opposition')],
			{ ...quiet, pocketDays: 1 },
			withEnclave
		);
		const inside = grid.filter((v) => v.lon > 36.33 && v.lon < 36.39 && v.lat > 36.1 && v.lat < 36.2);
		expect(inside.length).toBeGreaterThan(0);
		for (const v of inside) expect(on(v.id, '2024-12-10').faction).toBe('sdf');
	});

	it('a pocket where a report places its holder stays until the news changes', () => {
		const { on } = run([...cut('2024-12-02'), ev('2024-12-02', 'capture', 'v5-3', 'government')], {
			...quiet,
			pocketDays: 2
		});
		expect(on('v5-3', '2024-12-10')).toMatchObject({ faction: 'government', rule: 'report' });
	});
});

describe('contested places gone quiet', () => {
	it('go to the side that contested them when it holds ground next to them', () => {
		const e = ev('2024-12-02', 'clash', 'v3-3', 'opposition');
		const { on } = run([e], { ...quiet, contestedDays: 2 });
		expect(on('v3-3', '2024-12-03').status).toBe('contested');
		expect(on('v3-3', '2024-12-04')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'contested-timeout',
			eventIds: [e.id]
		});
	});

	it('go back to their holder when the holder is the side taking ground nearest them (a raid on its rear)', () => {
		const { on } = run(
			[ev('2024-12-02', 'capture', 'v2-2', 'government'), ev('2024-12-02', 'clash', 'v3-3', 'opposition')],
			{ ...quiet, contestedDays: 2 }
		);
		expect(on('v3-3', '2024-12-03').status).toBe('contested');
		expect(on('v3-3', '2024-12-04')).toMatchObject({ faction: 'government', rule: 'contested-timeout' });
	});

	it('go back to their holder when the contesting side is nowhere near, and wait while the news goes on', () => {
		const { on } = run(
			[
				ev('2024-12-02', 'clash', 'v10-3', 'opposition'),
				ev('2024-12-03', 'clash', 'v3-3', 'opposition'),
				ev('2024-12-04', 'clash', 'v3-3', 'opposition')
			],
			{ ...quiet, contestedDays: 2 }
		);
		expect(on('v10-3', '2024-12-04')).toMatchObject({
			faction: 'government',
			status: 'inferred',
			rule: 'contested-timeout'
		});
		expect(on('v3-3', '2024-12-05').status).toBe('contested');
		expect(on('v3-3', '2024-12-06')).toMatchObject({ faction: 'opposition', rule: 'contested-timeout' });
	});
});

describe('fights with no side named against the holder', () => {
	it("the holder's own fight, with no other side taking ground near: no way there is drawn, and the quiet leaves it", () => {
		// "the army killed hundreds who attacked its positions in X": the report names the holder alone
		const own = ev('2024-12-02', 'clash', 'v8-3', 'government');
		const { on } = run([own], { contestedDays: 2 });
		expect(on('v8-3', '2024-12-02').status).toBe('contested');
		for (const id of ['v4-3', 'v5-3', 'v6-3', 'v7-3'])
			expect(on(id, '2024-12-02').faction).toBe('government');
		expect(on('v8-3', '2024-12-04')).toMatchObject({ faction: 'government', rule: 'contested-timeout' });
	});

	it("the holder's own fight on the front line goes back to it, though the other side borders it", () => {
		// v4-2 borders the opposition's v3-2: a bordering enemy is no attacker when none is named
		const { on } = run([ev('2024-12-02', 'clash', 'v4-2', 'government')], { ...quiet, contestedDays: 2 });
		expect(on('v4-2', '2024-12-02').status).toBe('contested');
		expect(on('v4-2', '2024-12-05')).toMatchObject({ faction: 'government', rule: 'contested-timeout' });
	});

	it('a side named attacking draws its way there as before', () => {
		const { on } = run([ev('2024-12-02', 'clash', 'v8-3', 'opposition')], { contestedDays: 2 });
		expect(['v5-3', 'v6-3', 'v7-3'].some((id) => on(id, '2024-12-02').faction === 'opposition')).toBe(true);
	});
});

describe('a city gone quiet after a fight', () => {
	// a city deep in the government's ground; the opposition has taken one village beside it
	const city = testEntry('deep-city', 36.37, 36.17, { admin1: 'Beta', kind: 'city' });
	const events = () => [
		ev('2024-12-02', 'capture', 'v9-3', 'opposition'),
		ev('2024-12-02', 'clash', 'deep-city', 'opposition')
	];

	it('stays with its holder when the contester holds only a sliver of its border', () => {
		const { on } = run(events(), { ...quiet, contestedDays: 2 }, westEast, true, [city]);
		expect(on('v9-3', '2024-12-04').faction).toBe('opposition');
		expect(on('deep-city', '2024-12-03').status).toBe('contested');
		expect(on('deep-city', '2024-12-04')).toMatchObject({ faction: 'government', rule: 'contested-timeout' });
	});

	it('falls to the contester once it holds the share of its border a front needs', () => {
		const { on } = run(events(), { ...quiet, contestedDays: 2, quietFallFrontShare: 0.1 }, westEast, true, [
			city
		]);
		expect(on('deep-city', '2024-12-04')).toMatchObject({ faction: 'opposition', rule: 'contested-timeout' });
	});
});

describe('a side still advancing on a place the model gave it by inference', () => {
	it('has not taken it: the place goes back to its holder, fought for', () => {
		const events = [
			ev('2024-12-02', 'withdrawal', 'v9-3', 'government'),
			ev('2024-12-04', 'advance', 'v9-3', 'opposition', { geo_precision: 2 })
		];
		const { on } = run(events, quiet);
		expect(on('v9-3', '2024-12-03')).toMatchObject({ faction: 'opposition', status: 'inferred' });
		expect(on('v9-3', '2024-12-04')).toMatchObject({
			faction: 'government',
			status: 'contested',
			rule: 'report',
			contester: 'opposition'
		});
	});
	it('goes back to the side that held it before the inference, not its first holder', () => {
		// the government took an opposition village and left it again: the opposition's by inference
		const events = [
			ev('2024-12-02', 'capture', 'v1-3', 'government'),
			ev('2024-12-03', 'withdrawal', 'v1-3', 'government'),
			ev('2024-12-05', 'advance', 'v1-3', 'opposition', { geo_precision: 2 })
		];
		const { on } = run(events, quiet);
		expect(on('v1-3', '2024-12-04')).toMatchObject({ faction: 'opposition', status: 'inferred' });
		expect(on('v1-3', '2024-12-05')).toMatchObject({ faction: 'government', status: 'contested' });
	});
	it('takes an advance told in the place, not near it, for no correction', () => {
		const events = [
			ev('2024-12-02', 'withdrawal', 'v9-3', 'government'),
			ev('2024-12-04', 'advance', 'v9-3', 'opposition')
		];
		expect(run(events, quiet).on('v9-3', '2024-12-04')).toMatchObject({
			faction: 'opposition',
			status: 'inferred'
		});
	});
	it('leaves a place a report gave it as it is', () => {
		const events = [
			ev('2024-12-02', 'capture', 'v9-3', 'opposition'),
			ev('2024-12-04', 'advance', 'v9-3', 'opposition', { geo_precision: 2 })
		];
		expect(run(events, quiet).on('v9-3', '2024-12-04')).toMatchObject({
			faction: 'opposition',
			status: 'reported'
		});
	});
});

describe('who takes what a side left', () => {
	// the government between the opposition (west) and the SNA (east); v9-3 borders the SNA
	const threeWay: Baseline = [
		{ faction: 'opposition', geometry: box(35.9, 35.9, 36.15, 36.4) },
		{ faction: 'government', geometry: box(36.15, 35.9, 36.43, 36.4) },
		{ faction: 'sna', geometry: box(36.43, 35.9, 36.6, 36.4) }
	];
	const events = [
		ev('2024-12-02', 'capture', 'v7-3', 'opposition'),
		ev('2024-12-03', 'withdrawal', 'v9-3', 'government')
	];
	it('goes to the enemy that has been taking ground nearby, not the one that only borders it', () => {
		const { on } = run(events, quiet, threeWay);
		expect(on('v9-3', '2024-12-02').faction).toBe('government');
		expect(on('v9-3', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'withdrawal' });
	});
	it('goes to the bordering enemy when no taking is recent or near enough', () => {
		expect(run(events, { ...quiet, recentTakerKm: 5 }, threeWay).on('v9-3', '2024-12-03').faction).toBe(
			'sna'
		);
		expect(run(events, { ...quiet, recentTakerDays: 0 }, threeWay).on('v9-3', '2024-12-03').faction).toBe(
			'sna'
		);
	});
});

describe('collapse', () => {
	const threeSides: Baseline = [
		...westEast.slice(0, 1),
		{ faction: 'government', geometry: box(36.15, 35.9, 36.4, 36.4) },
		{ faction: 'sdf', geometry: box(36.4, 35.9, 36.6, 36.4) }
	];

	it('a country-wide collapse hands all the collapsing side holds to the nearest other side, grown through the cells', () => {
		const e = ev('2024-12-05', 'collapse', 'land', 'government');
		const { on, factionOf } = run([e], quiet, threeSides);
		const after = grid.map((v) => v.id).map(factionOf('2024-12-05'));
		expect(after).not.toContain('government');
		expect(on('v4-3', '2024-12-05')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'collapse',
			eventIds: [e.id]
		});
		expect(on('v8-3', '2024-12-05').faction).toBe('sdf');
		expect(on('v8-3', '2024-12-04').faction).toBe('government');
	});

	it('a collapse in a region hands only that region; a stated heir takes it all', () => {
		const region = run([ev('2024-12-05', 'collapse', 'beta-gov', 'government')], quiet, threeSides);
		expect(region.on('v4-3', '2024-12-05').faction).toBe('government'); // Alpha
		expect(new Set(beta.map(region.factionOf('2024-12-05')))).not.toContain('government');
		const heir = run(
			[ev('2024-12-05', 'collapse', 'land', 'government', { counter_faction: 'opposition' })],
			quiet,
			threeSides
		);
		expect(heir.on('v8-3', '2024-12-05').faction).toBe('opposition');
	});
});

describe('seats of government', () => {
	// Beta's seat and the country's capital are towns of the grid's east (seat-falls.ts).
	const seat = testEntry('beta-seat', 36.33, 36.17, { admin1: 'Beta', kind: 'town', seat: 'admin1' });
	const capital = testEntry('capital', 36.37, 36.13, { admin1: 'Beta', kind: 'town', seat: 'country' });
	const threeSides: Baseline = [
		...westEast.slice(0, 1),
		{ faction: 'government', geometry: box(36.15, 35.9, 36.4, 36.4) },
		{ faction: 'sdf', geometry: box(36.4, 35.9, 36.6, 36.4) }
	];

	it('a governorate follows its seat a day after, by the rule "seat"; a place a report placed keeps it', () => {
		const held = ev('2024-12-02', 'capture', 'v8-3', 'government');
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const { on } = run([held, taken], quiet, westEast, true, [seat]);
		expect(on('v9-5', '2024-12-03').faction).toBe('government'); // the day it falls: not yet
		expect(on('v9-5', '2024-12-04')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'seat',
			eventIds: [taken.id]
		});
		for (const id of beta.filter((id) => id !== 'v8-3'))
			expect(on(id, '2024-12-04').faction, id).toBe('opposition');
		expect(on('v8-3', '2024-12-04')).toMatchObject({ faction: 'government', rule: 'report' });
		expect(on('v4-3', '2024-12-04').faction).toBe('government'); // Alpha has its own seat
	});

	it('a governorate follows a seat its holder left the same day, not a day after', () => {
		const left = ev('2024-12-03', 'withdrawal', 'beta-seat', 'government');
		const { on } = run([left], quiet, westEast, true, [seat]);
		expect(on('beta-seat', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'withdrawal' });
		expect(on('v9-5', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'seat' });
		// the knob says how long: with a day, the province waits as for a seat fought for
		const later = run([left], { ...quiet, seatFollowDaysLeft: 1 }, westEast, true, [seat]);
		expect(later.on('v9-5', '2024-12-03').faction).toBe('government');
		expect(later.on('v9-5', '2024-12-04').faction).toBe('opposition');
	});

	it('sees a seat drawn by its districts as left when its holder withdrew, and its province follows that day', () => {
		const city = testEntry('beta-city', 36.33, 36.17, { admin1: 'Beta', kind: 'city', seat: 'admin1' });
		const districts = [36.32, 36.34].map((lon, i) =>
			testEntry(`beta-city-${i}`, lon, 36.17, { admin1: 'Beta', kind: 'neighbourhood', parent: 'beta-city' })
		);
		const left = ev('2024-12-03', 'withdrawal', 'beta-city', 'government');
		const { on } = run([left], quiet, westEast, true, [city, ...districts]);
		expect(on('beta-city-0', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'city' });
		expect(on('v9-5', '2024-12-03')).toMatchObject({ faction: 'opposition', rule: 'seat' });
		// taken by fighting, or fought for the day before it was left, the same city's province waits the day
		const taken = ev('2024-12-03', 'capture', 'beta-city', 'opposition');
		const entered = ev('2024-12-02', 'entry', 'beta-city', 'opposition');
		for (const events of [[taken], [entered, left]]) {
			const fought = run(events, quiet, westEast, true, [city, ...districts]);
			expect(fought.on('v9-5', '2024-12-03').faction).toBe('government');
			expect(fought.on('v9-5', '2024-12-04').faction).toBe('opposition');
		}
	});

	it('sees no fall of a seat fought over but for one district taken on its edge', () => {
		const city = testEntry('beta-city', 36.33, 36.17, { admin1: 'Beta', kind: 'city', seat: 'admin1' });
		const districts = [36.31, 36.32, 36.34, 36.35].map((lon, i) =>
			testEntry(`beta-city-${i}`, lon, 36.17, { admin1: 'Beta', kind: 'neighbourhood', parent: 'beta-city' })
		);
		const fights = [1, 2, 3].map((i) => ev('2024-12-03', 'clash', `beta-city-${i}`, 'opposition'));
		const edge = ev('2024-12-03', 'capture', 'beta-city-0', 'opposition');
		const { on } = run([...fights, edge], quiet, westEast, true, [city, ...districts]);
		expect(on('beta-city-0', '2024-12-03').faction).toBe('opposition');
		expect(on('beta-city-2', '2024-12-03').status).toBe('contested');
		expect(on('v9-5', '2024-12-04').faction).toBe('government');
		// with no share of the seat asked to be quiet, the one district was the seat's fall
		const any = run([...fights, edge], { ...quiet, seatHolderMinShare: 0 }, westEast, true, [
			city,
			...districts
		]);
		expect(any.on('v9-5', '2024-12-04')).toMatchObject({ faction: 'opposition', rule: 'seat' });
	});

	it('takes the share of a city the text says was taken and contests the rest; "most of" it is the city taken', () => {
		const city = testEntry('beta-city', 36.33, 36.17, { admin1: 'Beta', kind: 'city' });
		const districts = [36.31, 36.32, 36.34, 36.35].map((lon, i) =>
			testEntry(`beta-city-${i}`, lon, 36.17, { admin1: 'Beta', kind: 'neighbourhood', parent: 'beta-city' })
		);
		const half = { ...ev('2024-12-03', 'capture', 'beta-city', 'opposition'), extent: 'half' as const };
		const { on } = run([half], quiet, westEast, true, [city, ...districts]);
		const states = [0, 1, 2, 3].map((i) => on(`beta-city-${i}`, '2024-12-03'));
		// the two districts nearest the attacker's ground are taken, the other two fought over
		expect(states.filter((d) => d.faction === 'opposition' && d.rule === 'city')).toHaveLength(2);
		expect(states.filter((d) => d.status === 'contested')).toHaveLength(2);
		// "most of" the city is the city taken
		const most = { ...half, extent: 'most' as const };
		const taken = run([most], quiet, westEast, true, [city, ...districts]);
		expect([0, 1, 2, 3].map((i) => taken.on(`beta-city-${i}`, '2024-12-03').faction)).toEqual(
			Array(4).fill('opposition')
		);
	});

	it('hands the province to the sides in it, not to a side next door that holds none of it', () => {
		// the SDF holds all of Alpha, up to Beta's edge; the opposition takes Beta's seat, its only ground there
		const sdfNextDoor: Baseline = [
			{ faction: 'sdf', geometry: box(35.9, 35.9, 36.24, 36.4) },
			{ faction: 'government', geometry: box(36.24, 35.9, 36.6, 36.4) }
		];
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const { factionOf } = run([taken], quiet, sdfNextDoor, true, [seat]);
		const held = beta.filter((id) => factionOf('2024-12-03')(id) === 'government');
		expect(held.length).toBeGreaterThan(0);
		expect(new Set(held.map(factionOf('2024-12-04')))).toEqual(new Set(['opposition']));
	});

	it('hands the province to the sides around it, as a collapse does: a nearer side takes its share', () => {
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const { factionOf } = run([taken], quiet, threeSides, true, [seat]);
		const held = beta.filter((id) => factionOf('2024-12-03')(id) === 'government');
		expect(new Set(held.map(factionOf('2024-12-04')))).toEqual(new Set(['opposition', 'sdf']));
	});

	it('sees a seat fall after days of fighting in it, whether a report or the quiet after it says so', () => {
		const fight = ev('2024-12-02', 'clash', 'beta-seat', 'opposition');
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const reported = run([fight, taken], quiet, westEast, true, [seat]);
		expect(reported.on('beta-seat', '2024-12-02').status).toBe('contested');
		expect(reported.on('v9-5', '2024-12-04')).toMatchObject({ faction: 'opposition', rule: 'seat' });
		// no report of its fall: the fight goes quiet and the seat resolves to the side next to it
		const beside = ['v6-3', 'v7-3', 'v6-4', 'v7-4'].map((id) =>
			ev('2024-12-02', 'capture', id, 'opposition')
		);
		const quietThen = run([fight, ...beside], quiet, westEast, true, [seat]);
		expect(quietThen.on('beta-seat', '2024-12-04')).toMatchObject({
			faction: 'opposition',
			rule: 'contested-timeout'
		});
		expect(quietThen.on('v10-5', '2024-12-04').faction).toBe('government');
		expect(quietThen.on('v10-5', '2024-12-05')).toMatchObject({ faction: 'opposition', rule: 'seat' });
	});

	it('a seat fought over on the day its province falls due takes the province once the fight ends', () => {
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const fought = ev('2024-12-04', 'clash', 'beta-seat', 'government');
		const again = ev('2024-12-05', 'capture', 'beta-seat', 'opposition');
		const { on } = run([taken, fought, again], quiet, westEast, true, [seat]);
		expect(on('beta-seat', '2024-12-04').status).toBe('contested');
		expect(on('v9-5', '2024-12-04').faction).toBe('government');
		expect(on('v9-5', '2024-12-05')).toMatchObject({ faction: 'opposition', rule: 'seat' });
	});

	it('a place an advance was heading for as its seat fell holds out, as such a target does', () => {
		const headed = ev('2024-12-02', 'advance', 'v10-5', 'opposition');
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const { on } = run([headed, taken], quiet, westEast, true, [seat]);
		expect(on('v9-5', '2024-12-04')).toMatchObject({ faction: 'opposition', rule: 'seat' });
		expect(on('v10-5', '2024-12-04').faction).toBe('government');
		// an advance long before the fall protects nothing from it
		const old = run([ev('2024-11-28', 'advance', 'v10-5', 'opposition'), taken], quiet, westEast, true, [
			seat
		]);
		expect(old.on('v10-5', '2024-12-04')).toMatchObject({ faction: 'opposition', rule: 'seat' });
	});

	it('a seat the SDF takes as the army leaves takes its province, though the two draw no front', () => {
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'sdf');
		const { on } = run([taken], quiet, westEast, true, [seat]);
		expect(on('v9-5', '2024-12-04')).toMatchObject({ rule: 'seat' });
		expect(on('v9-5', '2024-12-04').faction).not.toBe('government');
		// without the pair, the province stays as it was
		const unpaired = run([taken], { ...quiet, seatHandoverPairs: [] }, westEast, true, [seat]);
		expect(unpaired.on('v9-5', '2024-12-04').faction).toBe('government');
		// the other way round the seat alone moves: the pair is read in its order (one misread report of the army
		// taking the SDF's seat does not hand it the province)
		const sdfBeta: Baseline = [
			...westEast.slice(0, 1),
			{ faction: 'government', geometry: box(36.15, 35.9, 36.25, 36.4) },
			{ faction: 'sdf', geometry: box(36.25, 35.9, 36.6, 36.4) }
		];
		const back = ev('2024-12-03', 'capture', 'beta-seat', 'government');
		const reverse = run([back], quiet, sdfBeta, true, [seat]);
		expect(reverse.on('beta-seat', '2024-12-03').faction).toBe('government');
		expect(reverse.on('v9-5', '2024-12-05').faction).toBe('sdf');
		const bothWays = run([back], { ...quiet, seatHandoverPairs: [['sdf', 'government']] }, sdfBeta, true, [
			seat
		]);
		expect(bothWays.on('v9-5', '2024-12-05').faction).toBe('government');
	});

	it('waits `seatFollowDays`, and nothing follows a seat its holder took back meanwhile', () => {
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const later = run([taken], { ...quiet, seatFollowDays: 3 }, westEast, true, [seat]);
		expect(later.on('v9-5', '2024-12-05').faction).toBe('government');
		expect(later.on('v9-5', '2024-12-06').faction).toBe('opposition');
		const back = ev('2024-12-04', 'capture', 'beta-seat', 'government');
		const retaken = run([taken, back], { ...quiet, seatFollowDays: 3 }, westEast, true, [seat]);
		expect(beta.map(retaken.factionOf('2024-12-08'))).toEqual(beta.map(() => 'government'));
	});

	it('one town of the province won back does not take the province, or its seat, back with it', () => {
		const taken = ev('2024-12-03', 'capture', 'beta-seat', 'opposition');
		const town = ev('2024-12-05', 'capture', 'v9-5', 'government');
		const { on } = run([taken, town], quiet, westEast, true, [seat]);
		expect(on('v9-5', '2024-12-05').faction).toBe('government');
		expect(on('beta-seat', '2024-12-05').faction).toBe('opposition');
		expect(on('v10-2', '2024-12-05')).toMatchObject({ faction: 'opposition', rule: 'seat' });
	});

	it('the capital taken, its holder’s ground everywhere goes to the sides around it the same day, by the rule "capital"', () => {
		const held = ev('2024-12-02', 'capture', 'v5-3', 'government'); // a report placed it: the state is gone all the same
		const taken = ev('2024-12-05', 'capture', 'capital', 'opposition');
		const { on, factionOf } = run([held, taken], quiet, threeSides, true, [capital]);
		expect(on('v5-3', '2024-12-04').faction).toBe('government');
		expect(grid.map((v) => v.id).map(factionOf('2024-12-05'))).not.toContain('government');
		expect(on('v5-3', '2024-12-05')).toEqual({
			faction: 'opposition',
			status: 'inferred',
			rule: 'capital',
			eventIds: [taken.id]
		});
		expect(on('v9-3', '2024-12-05').faction).toBe('sdf'); // next to the SDF's ground, as in a collapse
	});

	it('a place that is no seat moves nothing beyond it, nor a seat only fought over', () => {
		const plain = run([ev('2024-12-03', 'capture', 'v9-3', 'opposition')], quiet, westEast, true, [seat]);
		expect(plain.on('v9-5', '2024-12-06').faction).toBe('government');
		const fought = run([ev('2024-12-03', 'clash', 'beta-seat', 'opposition')], quiet, westEast, true, [seat]);
		expect(fought.on('beta-seat', '2024-12-03').status).toBe('contested');
		expect(fought.on('v9-5', '2024-12-06').faction).toBe('government');
	});
});

describe('border coverage', () => {
	// Kobani-like: 0.5 km outside the outline; a Golan-like village 3 km inside a neighbour; an island 3 km offshore.
	const outline = feature(box(36, 36, 36.5, 36.3), { iso_a2: 'SY' });
	const neighbours: FeatureCollection<Polygon> = {
		type: 'FeatureCollection',
		features: [feature(box(36, 36.3, 36.5, 36.6), { iso_a2: 'TR' })]
	};
	const border = village('border-town', 36.2, 36.3045, 'Alpha', 'town');
	const beyond = village('beyond', 36.3, 36.327, 'Alpha');
	const island = village('island', 35.966, 36.15, 'Alpha');

	it('widens the outline around settlements just outside it or at sea, not those deep in a neighbour', () => {
		const c = coverOutline([...grid, border, beyond, island], outline, neighbours, DEFAULT_OPTIONS);
		expect([...c.patched].sort()).toEqual(['border-town', 'island']);
		expect(c.diagnostics.find((d) => d.code === 'settlement-beyond-border')?.message).toMatch(/^beyond /);
	});

	it('puts the widened settlements inside a control area and keeps the cells tiling cleanly', () => {
		const { files, diagnostics } = buildLayers({
			gazetteer: [...grid, border, beyond, island],
			events: [],
			country: outline,
			neighbours,
			routes: { type: 'FeatureCollection', features: [] },
			baseline: {
				type: 'FeatureCollection',
				features: westEast.map((b) => feature(b.geometry, { faction: b.faction }))
			},
			overrides: { type: 'FeatureCollection', features: [] },
			sources: [],
			start: '2024-12-01',
			end: '2024-12-01',
			attribution: [],
			options: { anchorSpacingDeg: 0 }
		});
		const areas = (files['layers/control.geojson'] as FeatureCollection<Polygon | MultiPolygon>).features;
		const covered = (p: Position) =>
			areas.some((f) =>
				pointInPolygonal(p, f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
			);
		expect(covered([border.lon, border.lat])).toBe(true);
		expect(covered([island.lon, island.lat])).toBe(true);
		expect(covered([beyond.lon, beyond.lat])).toBe(false);
		expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
	});
});

describe('an advance on a large city', () => {
	// a city of a million on the government's side, amid the grid's villages (about 4 km apart)
	const capital = testEntry('capital', 36.42, 36.15, { kind: 'city', population: 1_000_000, admin1: 'Beta' });
	const town = testEntry('small-city', 36.42, 36.27, { kind: 'city', population: 90_000, admin1: 'Beta' });
	const near = (c: GazetteerEntry, km: number) =>
		grid.filter(
			(v) => Math.hypot((v.lon - c.lon) * Math.cos(c.lat * (Math.PI / 180)), v.lat - c.lat) * 111.2 <= km
		);

	it('contests the other side’s villages around it, each naming the advance', () => {
		const advance = ev('2024-12-03', 'advance', 'capital', 'opposition');
		const { on } = run([advance], { ...quiet, advanceOutskirtsKm: 8 }, westEast, true, [capital, town]);
		const ring = near(capital, 7.9).map((v) => v.id);
		expect(ring.length).toBeGreaterThan(2);
		for (const id of ring)
			expect(on(id, '2024-12-03'), id).toMatchObject({
				faction: 'government',
				status: 'contested',
				rule: 'outskirts',
				contester: 'opposition',
				eventIds: [advance.id]
			});
		// farther out, and the day before, nothing moves
		for (const v of grid.filter((v) => !near(capital, 8.1).includes(v)))
			expect(on(v.id, '2024-12-03').status, v.id).not.toBe('contested');
		expect(on(ring[0]!, '2024-12-02').status).toBe('baseline');
	});

	// an advance on a small city, one by the city's own side, one naming no side; one from a front far away (the
	// opposition's ground ends some 20 km west of the city)
	it.each([
		['small-city', 'opposition', {}],
		['capital', 'government', {}],
		['capital', null, {}],
		['capital', 'opposition', { advanceOutskirtsFrontKm: 10 }]
	] as const)('leaves the suburbs alone: an advance on %s by %s (%o)', (target, side, opts) => {
		const city = target === 'capital' ? capital : town;
		const { on } = run(
			[ev('2024-12-03', 'advance', target, side)],
			{ ...quiet, advanceOutskirtsKm: 8, ...opts },
			westEast,
			true,
			[capital, town]
		);
		for (const v of near(city, 7.9)) expect(on(v.id, '2024-12-03').status, v.id).not.toBe('contested');
	});

	it('leaves the suburbs alone once the city has a new holder, whoever is said to advance on it', () => {
		// the opposition takes the city and, by a claim on its province, the villages around it; a later
		// "advance" of the government, the city's first holder, contests nothing of what it lost
		const fell = ev('2024-12-02', 'capture', 'capital', 'opposition');
		const claim = ev('2024-12-02', 'capture', 'beta-gov', 'opposition');
		const back = ev('2024-12-03', 'advance', 'capital', 'government');
		const { on } = run([fell, claim, back], { ...quiet, advanceOutskirtsKm: 8 }, westEast, true, [
			capital,
			town
		]);
		const ring = near(capital, 7.9).filter((v) => on(v.id, '2024-12-02').faction === 'opposition');
		expect(ring.length).toBeGreaterThan(0);
		for (const v of ring) expect(on(v.id, '2024-12-03').eventIds, v.id).not.toContain(back.id);
	});

	it('leaves the suburbs alone for an advance told after the city fell', () => {
		const fell = ev('2024-12-02', 'capture', 'capital', 'opposition');
		const late = ev('2024-12-03', 'advance', 'capital', 'opposition');
		const after = run([fell, late], { ...quiet, advanceOutskirtsKm: 8 }, westEast, true, [capital, town]);
		for (const v of near(capital, 7.9))
			expect(after.on(v.id, '2024-12-03').eventIds, v.id).not.toContain(late.id);
	});
});

// Expands a compact hand-made scenario (tests/territory/fixtures/<case>/input.json) into a
// TerritoryInput: boxes become polygons, places become gazetteer entries, events get the
// ConflictEvent fields a scenario does not care about.
import { testEntry } from '../../src/lib/gazetteer/test-entry';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type {
	ConflictEvent,
	EventKind,
	Faction,
	GazetteerEntry,
	PlaceKind
} from '../../src/lib/domain/types';
import type { TerritoryInput } from '../../src/lib/territory/build-layers';
import type { TerritoryOptions } from '../../src/lib/territory/config';

type Box = [number, number, number, number];

export interface Scenario {
	description: string;
	start: string;
	end: string;
	country: Box;
	baseline: { faction: Faction; box?: Box; ring?: Position[] }[];
	places: { id: string; name: string; kind: PlaceKind; lon: number; lat: number; parent?: string }[];
	/** Places laid out on a staggered grid: `prefix-<col>-<row>` villages inside `box`. */
	grid?: { prefix: string; box: Box; step: number };
	events: {
		date: string;
		kind: EventKind;
		place: string;
		faction: Faction | null;
		confidence?: 'reported' | 'claimed';
	}[];
	routes?: { id: string; name: string; line: Position[] }[];
	overrides?: { date: string; faction: Faction; note: string; box: Box; until?: string }[];
	options?: Partial<TerritoryOptions>;
	/** What the scenario must show: a place's controller on a date. */
	expect: { place: string; date: string; faction: Faction; status: string }[];
}

export function boxRing([x0, y0, x1, y1]: Box): Position[] {
	return [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	];
}

function entry(p: Scenario['places'][number]): GazetteerEntry {
	return testEntry(p.id, p.lon, p.lat, {
		name: p.name,
		kind: p.kind,
		parent: p.parent ?? null,
		source: 'hand-made test scenario'
	});
}

export function gridPlaces(grid: NonNullable<Scenario['grid']>): Scenario['places'] {
	const [x0, y0, x1, y1] = grid.box;
	const out: Scenario['places'] = [];
	for (let row = 0; y0 + row * grid.step <= y1 + 1e-9; row++) {
		const shift = row % 2 ? grid.step / 2 : 0; // staggered rows: no four co-circular points
		for (let col = 0; x0 + shift + col * grid.step <= x1 + 1e-9; col++) {
			const lon = Math.round((x0 + shift + col * grid.step) * 1e6) / 1e6;
			const lat = Math.round((y0 + row * grid.step) * 1e6) / 1e6;
			out.push({
				id: `${grid.prefix}-${col}-${row}`,
				name: `${grid.prefix} ${col}/${row}`,
				kind: 'village',
				lon,
				lat
			});
		}
	}
	return out;
}

export function scenarioInput(s: Scenario): TerritoryInput {
	const places = [...s.places, ...(s.grid ? gridPlaces(s.grid) : [])];
	const country: Feature<Polygon> = {
		type: 'Feature',
		properties: { name: 'Testland' },
		geometry: { type: 'Polygon', coordinates: [boxRing(s.country)] }
	};
	const baseline: FeatureCollection<Polygon | MultiPolygon> = {
		type: 'FeatureCollection',
		features: s.baseline.map((b, i) => ({
			type: 'Feature',
			properties: { faction: b.faction, note: `baseline ${i}` },
			geometry: { type: 'Polygon', coordinates: [b.ring ?? boxRing(b.box!)] }
		}))
	};
	const events: ConflictEvent[] = s.events.map((e, i) => ({
		id: `evt:${e.date}:${String(i).padStart(4, '0')}`,
		date: e.date,
		time_precision: 1,
		kind: e.kind,
		event_type: 'Battles',
		sub_event_type: 'Armed clash',
		actor: e.faction,
		faction: e.faction,
		place_id: e.place,
		geo_precision: 1,
		confidence: e.confidence ?? 'reported',
		fatalities: null,
		sources: [{ article: 'scenario.md', start: i, end: i + 1 }]
	}));
	const routes: FeatureCollection<LineString> = {
		type: 'FeatureCollection',
		features: (s.routes ?? []).map((r) => ({
			type: 'Feature',
			properties: { id: r.id, name: r.name, kind: 'road' },
			geometry: { type: 'LineString', coordinates: r.line }
		}))
	};
	const overrides: FeatureCollection<Polygon> = {
		type: 'FeatureCollection',
		features: (s.overrides ?? []).map((o) => ({
			type: 'Feature',
			properties: { date: o.date, faction: o.faction, note: o.note, ...(o.until ? { until: o.until } : {}) },
			geometry: { type: 'Polygon', coordinates: [boxRing(o.box)] }
		}))
	};
	return {
		gazetteer: places.map(entry),
		events,
		baseline,
		overrides,
		country,
		routes,
		// the reference point of the golden figures: the fallback position Aleppo's citadel had before
		// theatre.json (the scenarios' gazetteers do not have the citadel's row)
		distanceReference: { lon: 37.16278, lat: 36.19944 },
		sources: [{ article: 'scenario.md', title: s.description, publisher: null, url: null, published: s.end }],
		start: s.start,
		end: s.end,
		attribution: ['hand-made test scenario'],
		title: s.description,
		options: { anchorSpacingDeg: 0, ...(s.options ?? {}) }
	};
}

// The places that hold ground: gazetteer settlements inside the country (plus airports and
// bases), and unnamed anchor points on a coarse grid where settlements are sparse. Each node
// gets one Voronoi cell. A city with districts is represented by its districts, not by itself.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Diagnostic, Faction, GazetteerEntry } from '../domain/types';
import type { TerritoryOptions } from './config';
import { hashHex, makePlane, planeKm, pointInPolygonal, pointSegmentKm, type Plane } from './geometry';
import { FACTIONS } from '../domain/factions';

export interface ControlNode {
	/** Index in the node list; also the cell index. */
	index: number;
	/** Gazetteer ids sharing this point (co-located entries share one cell), primary first. */
	placeIds: string[];
	name: string;
	kind: GazetteerEntry['kind'] | 'anchor';
	lon: number;
	lat: number;
	/** The city a district belongs to (districts of a city with several districts only). */
	city: string | null;
	baseline: Faction;
}

export interface CityDistricts {
	entry: GazetteerEntry;
	districts: number[];
}

export interface NodeSet {
	nodes: ControlNode[];
	/** Gazetteer id → node index. */
	byPlace: Map<string, number>;
	/** City id → its district nodes (cities represented by districts). */
	cities: Map<string, CityDistricts>;
	plane: Plane;
	diagnostics: Diagnostic[];
}

type Polygonal = Position[][][];

export function polygonalCoords(geometry: Polygon | MultiPolygon): Polygonal {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function bboxOf(polys: Polygonal): [number, number, number, number] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const rings of polys)
		for (const p of rings[0] ?? []) {
			x0 = Math.min(x0, p[0]!);
			y0 = Math.min(y0, p[1]!);
			x1 = Math.max(x1, p[0]!);
			y1 = Math.max(y1, p[1]!);
		}
	return [x0, y0, x1, y1];
}

const FACTION_SET = new Set<Faction>(FACTIONS);

/** Baseline features with their faction checked; throws naming the feature when wrong. */
export function baselineAreas(
	baseline: FeatureCollection<Polygon | MultiPolygon>
): { faction: Faction; polys: Polygonal }[] {
	if (!baseline || baseline.type !== 'FeatureCollection' || !Array.isArray(baseline.features))
		throw new Error('baseline must be a GeoJSON FeatureCollection');
	return baseline.features.map((f: Feature<Polygon | MultiPolygon>, i) => {
		const faction = f.properties?.faction as Faction;
		if (!FACTION_SET.has(faction))
			throw new Error(
				`baseline feature ${i}: properties.faction must be one of opposition, sna, government, sdf (got ${JSON.stringify(faction)})`
			);
		if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
			throw new Error(`baseline feature ${i}: geometry must be a Polygon or MultiPolygon`);
		return { faction, polys: polygonalCoords(f.geometry) };
	});
}

function baselineFactionAt(areas: { faction: Faction; polys: Polygonal }[], p: Position): Faction | null {
	for (const a of areas) if (pointInPolygonal(p, a.polys)) return a.faction;
	return null;
}

/** The faction of the nearest baseline polygon (by its edges): for points in a gap of the baseline or just outside it. */
function nearestBaselineFaction(
	areas: { faction: Faction; polys: Polygonal }[],
	p: Position,
	plane: Plane
): Faction {
	let best: Faction = areas[0]!.faction;
	let bestKm = Infinity;
	for (const a of areas)
		for (const rings of a.polys) {
			const ring = rings[0] ?? [];
			for (let i = 0; i + 1 < ring.length; i++) {
				const { km } = pointSegmentKm(plane, p, ring[i]!, ring[i + 1]!);
				if (km < bestKm) [best, bestKm] = [a.faction, km];
			}
		}
	return best;
}

/** Deterministic jitter in [-0.5, 0.5) from a string, so anchor grids have no co-circular points. */
function jitter(key: string): number {
	return parseInt(hashHex(key), 16) / 0x100000000 - 0.5;
}

export function selectNodes(
	gazetteer: GazetteerEntry[],
	country: Feature<Polygon | MultiPolygon>,
	baseline: FeatureCollection<Polygon | MultiPolygon>,
	options: TerritoryOptions,
	/** Settlements the outline was widened for (coverage.ts): outside the baseline too, by design. */
	patched: Set<string> = new Set()
): NodeSet {
	const diagnostics: Diagnostic[] = [];
	if (!country?.geometry || (country.geometry.type !== 'Polygon' && country.geometry.type !== 'MultiPolygon'))
		throw new Error('country must be a Feature with a Polygon or MultiPolygon geometry');
	const countryPolys = polygonalCoords(country.geometry);
	const [x0, y0, x1, y1] = bboxOf(countryPolys);
	const plane = makePlane((y0 + y1) / 2);
	const areas = baselineAreas(baseline);
	if (areas.length === 0) throw new Error('baseline must have at least one feature');
	const kinds = new Set(options.nodeKinds);

	const inside = [...gazetteer]
		.filter((e) => kinds.has(e.kind) && Number.isFinite(e.lon) && Number.isFinite(e.lat))
		.filter(
			(e) =>
				e.lon >= x0 &&
				e.lon <= x1 &&
				e.lat >= y0 &&
				e.lat <= y1 &&
				pointInPolygonal([e.lon, e.lat], countryPolys)
		)
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

	// Cities represented by their districts: at least two districts name them as parent, and the city
	// itself is a node place (a gazetteer may name a parent it does not hold: its districts stand alone).
	const insideIds = new Set(inside.map((e) => e.id));
	const districtCount = new Map<string, number>();
	for (const e of inside)
		if (e.kind === 'neighbourhood' && e.parent)
			districtCount.set(e.parent, (districtCount.get(e.parent) ?? 0) + 1);
	const cityIds = new Set(
		[...districtCount].filter(([id, n]) => n >= 2 && insideIds.has(id)).map(([id]) => id)
	);

	const nodes: ControlNode[] = [];
	const byPlace = new Map<string, number>();
	const byPoint = new Map<string, number>();
	const cities = new Map<string, CityDistricts>();
	for (const e of inside) {
		if (cityIds.has(e.id)) {
			cities.set(e.id, { entry: e, districts: [] });
			continue;
		}
		const key = `${e.lon.toFixed(5)},${e.lat.toFixed(5)}`;
		const same = byPoint.get(key);
		if (same !== undefined) {
			nodes[same]!.placeIds.push(e.id);
			byPlace.set(e.id, same);
			continue;
		}
		const p: Position = [e.lon, e.lat];
		let faction = baselineFactionAt(areas, p);
		if (!faction && patched.has(e.id)) faction = nearestBaselineFaction(areas, p, plane);
		if (!faction) {
			faction = nearestBaselineFaction(areas, p, plane);
			diagnostics.push({
				level: 'warning',
				code: 'baseline-gap',
				message: `${e.id} (${e.name}) lies in no baseline polygon; took the nearest one's faction (${faction})`,
				article: null,
				start: null,
				end: null
			});
		}
		const city = e.kind === 'neighbourhood' && e.parent && cityIds.has(e.parent) ? e.parent : null;
		const node: ControlNode = {
			index: nodes.length,
			placeIds: [e.id],
			name: e.name,
			kind: e.kind,
			lon: e.lon,
			lat: e.lat,
			city,
			baseline: faction
		};
		byPoint.set(key, node.index);
		byPlace.set(e.id, node.index);
		nodes.push(node);
	}
	for (const n of nodes) if (n.city) cities.get(n.city)!.districts.push(n.index);
	// A city is also reachable by its id: events there are resolved against its districts.

	if (options.anchorSpacingDeg > 0) addAnchors(nodes, countryPolys, [x0, y0, x1, y1], areas, plane, options);
	return { nodes, byPlace, cities, plane, diagnostics };
}

function addAnchors(
	nodes: ControlNode[],
	countryPolys: Polygonal,
	[x0, y0, x1, y1]: [number, number, number, number],
	areas: { faction: Faction; polys: Polygonal }[],
	plane: Plane,
	options: TerritoryOptions
): void {
	const s = options.anchorSpacingDeg;
	// Grid buckets of named nodes for the clearance test.
	const cellDeg = Math.max(s, options.anchorClearanceKm / 100);
	const buckets = new Map<string, ControlNode[]>();
	const bucketKey = (lon: number, lat: number) => `${Math.floor(lon / cellDeg)},${Math.floor(lat / cellDeg)}`;
	for (const n of nodes) {
		const k = bucketKey(n.lon, n.lat);
		(buckets.get(k) ?? buckets.set(k, []).get(k)!).push(n);
	}
	const tooClose = (p: Position) => {
		const bx = Math.floor(p[0]! / cellDeg);
		const by = Math.floor(p[1]! / cellDeg);
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++)
				for (const n of buckets.get(`${bx + dx},${by + dy}`) ?? [])
					if (planeKm(plane, p, [n.lon, n.lat]) < options.anchorClearanceKm) return true;
		return false;
	};
	const sx = s / plane.kx; // keep the grid square on the ground
	for (let j = 0; y0 + (j + 0.5) * s < y1; j++) {
		for (let i = 0; x0 + (i + 0.5) * sx < x1; i++) {
			const lon = Math.round((x0 + (i + 0.5 + 0.6 * jitter(`x${i},${j}`)) * sx) * 1e6) / 1e6;
			const lat = Math.round((y0 + (j + 0.5 + 0.6 * jitter(`y${i},${j}`)) * s) * 1e6) / 1e6;
			const p: Position = [lon, lat];
			if (!pointInPolygonal(p, countryPolys) || tooClose(p)) continue;
			const faction = baselineFactionAt(areas, p) ?? nearestBaselineFaction(areas, p, plane);
			nodes.push({
				index: nodes.length,
				placeIds: [],
				name: '',
				kind: 'anchor',
				lon,
				lat,
				city: null,
				baseline: faction
			});
		}
	}
}

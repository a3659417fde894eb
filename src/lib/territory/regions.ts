// Which places a region event speaks for ("took over Idlib province", "the army collapsed in
// Deir ez-Zor province", "the government has fallen"). How membership is known:
//   - the country (a gazetteer entry of kind `country` whose point lies inside the outline): every place;
//   - a governorate: a region row named "<its admin1> Governorate" (the curated rows for the 14
//     governorates are; "Idlib province", "the Idlib countryside" are its aliases). A named place
//     belongs to the governorate its gazetteer row names (`admin1`: GeoNames' admin code, or the
//     curated row's), which is finer than any polygon we have: Natural Earth's admin-1 lines
//     (geodata/basemap/governorates.geojson) are generalised by kilometres and put the Abu
//     al-Duhur airbase in Aleppo. An unnamed anchor (and a row without admin1) belongs to the
//     governorate polygon it lies in, or the nearest; without polygons, to the governorate of the
//     nearest named place;
//   - a region over several governorates ("southern Syria": its row's admin1 lists them, joined by
//     "|"): the places of each, as above;
//   - any other region (a plain, a mountain range, "northwest Syria"): no polygon exists, so the
//     places within `subRegionRadiusKm` of its point.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GazetteerEntry } from '../domain/types';
import type { TerritoryOptions } from './config';
import { polygonalCoords, type NodeSet } from './control-nodes';
import { planeKm, pointInPolygonal } from './geometry';
import { governoratesOf, spansGovernorates } from '../gazetteer/region-governorates';

export interface RegionScope {
	/** The node indices an event at `entry` speaks for, or null when `entry` is not a region here. */
	nodesOf(entry: GazetteerEntry): number[] | null;
}

const key = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]+/g, ' ')
		.trim();

/** A region row that stands for a whole governorate: named after its own admin1. */
export function isGovernorate(entry: GazetteerEntry): boolean {
	return entry.kind === 'region' && !!entry.admin1 && key(entry.name) === key(`${entry.admin1} Governorate`);
}

export function regionScope(
	nodeSet: NodeSet,
	gazetteer: Map<string, GazetteerEntry>,
	country: Feature<Polygon | MultiPolygon>,
	regions: FeatureCollection<Polygon | MultiPolygon> | undefined,
	options: TerritoryOptions
): RegionScope {
	const { nodes, plane } = nodeSet;
	const countryPolys = polygonalCoords(country.geometry);
	const polygons = (regions?.features ?? [])
		.filter((f) => f?.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
		.map((f) => polygonalCoords(f.geometry));
	// node → governorate group: admin1 names first, polygons after them (group = admin1 count + polygon index)
	let nodeGroup: Int32Array | null = null;
	const admin1Ids = new Map<string, number>();
	const cache = new Map<string, number[] | null>();
	const admin1Of = (n: number) => {
		const a = nodes[n]!.placeIds.length ? gazetteer.get(nodes[n]!.placeIds[0]!)?.admin1 : null;
		return a ? key(a) : null;
	};
	for (let n = 0; n < nodes.length; n++) {
		const a = admin1Of(n);
		if (a !== null && !admin1Ids.has(a)) admin1Ids.set(a, admin1Ids.size);
	}
	const polygonGroup = (i: number) => admin1Ids.size + i;

	const groups = (): Int32Array => {
		if (nodeGroup) return nodeGroup;
		const g = (nodeGroup = new Int32Array(nodes.length).fill(-1));
		const named: number[] = [];
		for (let n = 0; n < nodes.length; n++) {
			const a = admin1Of(n);
			if (a === null) continue;
			g[n] = admin1Ids.get(a)!;
			named.push(n);
		}
		for (let n = 0; n < nodes.length; n++) {
			if (g[n]! >= 0) continue;
			const p: Position = [nodes[n]!.lon, nodes[n]!.lat];
			if (polygons.length > 0) g[n] = polygonGroup(polygonAt(p, polygons, plane));
			else if (named.length > 0) {
				let best = named[0]!;
				let bestKm = Infinity;
				for (const m of named) {
					const km = planeKm(plane, p, [nodes[m]!.lon, nodes[m]!.lat]);
					if (km < bestKm) [best, bestKm] = [m, km];
				}
				g[n] = g[best]!;
			}
		}
		return g;
	};

	const basisOf = (entry: GazetteerEntry): 'country' | 'governorate' | 'governorates' | 'radius' | null => {
		if (entry.kind === 'country')
			return pointInPolygonal([entry.lon, entry.lat], countryPolys) ? 'country' : null;
		if (entry.kind !== 'region') return null;
		if (spansGovernorates(entry)) return 'governorates';
		return isGovernorate(entry) ? 'governorate' : 'radius';
	};
	/** The governorate region rows by name, for the polygon each stands in. */
	const governorateRows = new Map<string, GazetteerEntry>();
	for (const e of gazetteer.values()) if (isGovernorate(e)) governorateRows.set(key(e.admin1!), e);

	const compute = (entry: GazetteerEntry): number[] | null => {
		const basis = basisOf(entry);
		if (basis === null) return null;
		if (basis === 'country') return nodes.map((n) => n.index);
		if (basis === 'governorate' || basis === 'governorates') {
			const g = groups();
			// each governorate by its name, and by the polygon its region row's point stands in
			const wanted = new Set<number>();
			for (const name of governoratesOf(entry)) {
				wanted.add(admin1Ids.get(key(name)) ?? -2);
				const row = basis === 'governorate' ? entry : governorateRows.get(key(name));
				if (row && polygons.length > 0)
					wanted.add(polygonGroup(polygonAt([row.lon, row.lat], polygons, plane)));
			}
			const out: number[] = [];
			for (let i = 0; i < nodes.length; i++) if (wanted.has(g[i]!)) out.push(i);
			return out;
		}
		const p: Position = [entry.lon, entry.lat];
		return nodes
			.filter((n) => planeKm(plane, p, [n.lon, n.lat]) <= options.subRegionRadiusKm)
			.map((n) => n.index);
	};

	return {
		nodesOf(entry) {
			if (!cache.has(entry.id)) cache.set(entry.id, compute(entry));
			return cache.get(entry.id)!;
		}
	};
}

/** Index of the polygon containing p, else of the polygon with the nearest vertex. */
function polygonAt(p: Position, polygons: Position[][][][], plane: NodeSet['plane']): number {
	for (let i = 0; i < polygons.length; i++) if (pointInPolygonal(p, polygons[i]!)) return i;
	let best = -1;
	let bestKm = Infinity;
	polygons.forEach((polys, i) => {
		for (const rings of polys)
			for (const q of rings[0] ?? []) {
				const km = planeKm(plane, p, q);
				if (km < bestKm) [best, bestKm] = [i, km];
			}
	});
	return best;
}

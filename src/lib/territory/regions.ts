// Which places a region event speaks for ("took over Idlib province", "the army collapsed in
// Deir ez-Zor province", "the government has fallen"). How membership is known:
//   - the country (a gazetteer entry of kind `country` whose point lies inside the outline): every place;
//   - a governorate: a region row named "<its admin1> Governorate" (the curated rows for the 14
//     governorates are; "Idlib province", "the Idlib countryside" are its aliases) stands for the
//     governorate polygon (geodata/basemap/governorates.geojson, Natural Earth admin-1) that
//     contains its point; every place, anchors included, belongs to the polygon it lies in, or the
//     nearest one when it lies in none (border patches, a coarse coastline). Without polygons, a
//     named place belongs to the governorate its gazetteer row names (admin1), an anchor to that
//     of the nearest named place;
//   - any other region (a plain, a mountain range, "northwest Syria"): no polygon exists, so the
//     places within `subRegionRadiusKm` of its point.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GazetteerEntry } from '../domain/types';
import type { TerritoryOptions } from './config';
import { polygonalCoords, type NodeSet } from './control-nodes';
import { planeKm, pointInPolygonal } from './geometry';

export interface RegionScope {
	/** The node indices an event at `entry` speaks for, or null when `entry` is not a region here. */
	nodesOf(entry: GazetteerEntry): number[] | null;
	/** How the membership was decided, for diagnostics. */
	basisOf(entry: GazetteerEntry): 'country' | 'governorate' | 'radius' | null;
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
	const polygons = (regions?.features ?? []).filter((f) => f?.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).map((f) => polygonalCoords(f.geometry));
	let nodeRegion: Int32Array | null = null; // node → polygon index, or node → admin1 group id without polygons
	let admin1Ids: Map<string, number> | null = null;
	const cache = new Map<string, number[] | null>();

	const governorateOfNodes = (): Int32Array => {
		if (nodeRegion) return nodeRegion;
		nodeRegion = new Int32Array(nodes.length).fill(-1);
		if (polygons.length > 0) {
			nodes.forEach((n, i) => (nodeRegion![i] = polygonAt([n.lon, n.lat], polygons, plane)));
		} else {
			admin1Ids = new Map();
			const named: number[] = [];
			nodes.forEach((n, i) => {
				const a = n.placeIds.length ? gazetteer.get(n.placeIds[0]!)?.admin1 : null;
				if (!a) return;
				const k = key(a);
				if (!admin1Ids!.has(k)) admin1Ids!.set(k, admin1Ids!.size);
				nodeRegion![i] = admin1Ids!.get(k)!;
				named.push(i);
			});
			// anchors (and rows without admin1): the governorate of the nearest named place
			nodes.forEach((n, i) => {
				if (nodeRegion![i]! >= 0 || named.length === 0) return;
				let best = named[0]!;
				let bestKm = Infinity;
				for (const m of named) {
					const km = planeKm(plane, [n.lon, n.lat], [nodes[m]!.lon, nodes[m]!.lat]);
					if (km < bestKm) [best, bestKm] = [m, km];
				}
				nodeRegion![i] = nodeRegion![best]!;
			});
		}
		return nodeRegion;
	};

	const basisOf = (entry: GazetteerEntry): 'country' | 'governorate' | 'radius' | null => {
		if (entry.kind === 'country') return pointInPolygonal([entry.lon, entry.lat], countryPolys) ? 'country' : null;
		if (entry.kind !== 'region') return null;
		return isGovernorate(entry) ? 'governorate' : 'radius';
	};

	const compute = (entry: GazetteerEntry): number[] | null => {
		const basis = basisOf(entry);
		if (basis === null) return null;
		if (basis === 'country') return nodes.map((n) => n.index);
		if (basis === 'governorate') {
			const region = governorateOfNodes();
			let id: number;
			if (polygons.length > 0) id = polygonAt([entry.lon, entry.lat], polygons, plane);
			else id = admin1Ids!.get(key(entry.admin1!)) ?? -1;
			if (id < 0) return [];
			const out: number[] = [];
			for (let i = 0; i < nodes.length; i++) if (region[i] === id) out.push(i);
			return out;
		}
		const p: Position = [entry.lon, entry.lat];
		return nodes.filter((n) => planeKm(plane, p, [n.lon, n.lat]) <= options.subRegionRadiusKm).map((n) => n.index);
	};

	return {
		basisOf,
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

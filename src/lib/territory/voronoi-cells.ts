// Voronoi cells of the control nodes, computed ONCE per build: turf.voronoi in a local
// equirectangular plane, clipped to the country, coordinates at 6 decimals, vertices interned
// so neighbouring cells share exact vertex ids. From the shared edges we get the adjacency
// (with the shared boundary's length), which drives inference, the dissolve and the front line.
import { bboxClip, intersect, voronoi, featureCollection, point, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Diagnostic } from '../domain/types';
import type { ControlNode } from './control-nodes';
import { polygonalCoords } from './control-nodes';
import { boxOf, haversineKm, pointInPolygonal, polygonAreaKm2, type Plane } from './geometry';
import { normalizePolygonRings, round6 } from './validate';

export interface Neighbour {
	node: number;
	/** Shared boundary segments as vertex-id pairs, oriented as in this cell's rings. */
	edges: [number, number][];
	lengthKm: number;
}

export interface CellGraph {
	/** Interned vertices, [lon, lat] at 6 decimals. */
	vertices: Position[];
	/** Per node: polygons → rings → vertex ids (closed: last id equals the first). */
	cells: number[][][][];
	areaKm2: number[];
	neighbours: Neighbour[][];
	diagnostics: Diagnostic[];
}

export const KEY_BASE = 4_194_304; // 2^22 vertices at most; u * KEY_BASE + v stays below 2^53

export function edgeKey(u: number, v: number): number {
	return u * KEY_BASE + v;
}

export function buildCells(
	nodes: ControlNode[],
	country: Feature<Polygon | MultiPolygon>,
	plane: Plane
): CellGraph {
	const diagnostics: Diagnostic[] = [];
	const countryPolys = polygonalCoords(country.geometry);
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const rings of countryPolys)
		for (const p of rings[0] ?? []) {
			x0 = Math.min(x0, p[0]!);
			y0 = Math.min(y0, p[1]!);
			x1 = Math.max(x1, p[0]!);
			y1 = Math.max(y1, p[1]!);
		}
	const pad = 0.5;
	const kx = plane.kx;
	const pts = featureCollection(nodes.map((n) => point([n.lon * kx, n.lat])));
	const raw =
		nodes.length > 0
			? voronoi(pts, { bbox: [(x0 - pad) * kx, y0 - pad, (x1 + pad) * kx, y1 + pad] }).features
			: [];

	const vertexIds = new Map<string, number>();
	const vertices: Position[] = [];
	const intern = (p: Position): number => {
		const x = round6(p[0]!);
		const y = round6(p[1]!);
		const key = `${x},${y}`;
		let id = vertexIds.get(key);
		if (id === undefined) {
			id = vertices.length;
			vertexIds.set(key, id);
			vertices.push([x, y]);
		}
		return id;
	};

	const countryVertices = countryPolys.flatMap((rings) => rings.flatMap((r) => r));
	const cells: number[][][][] = [];
	const areaKm2: number[] = [];
	nodes.forEach((node, i) => {
		const cell = raw[i];
		if (!cell) {
			cells.push([]);
			areaKm2.push(0);
			return;
		}
		const ring = cell.geometry.coordinates[0]!.map((p) => [round6(p[0]! / kx), round6(p[1]!)] as Position);
		const clean = normalizePolygonRings([ring]);
		if (!clean) {
			cells.push([]);
			areaKm2.push(0);
			return;
		}
		let polys: Position[][][] = [clean];
		if (!insideCountry(clean[0]!, countryPolys, countryVertices)) {
			const clipped = clipToCountry(clean, country);
			polys = [];
			if (clipped)
				for (const rings of polygonalCoords(clipped.geometry)) {
					const c = normalizePolygonRings(rings);
					if (c) polys.push(c);
				}
			if (polys.length === 0)
				diagnostics.push({
					level: 'warning',
					code: 'empty-cell',
					message: `the cell of ${node.placeIds[0] ?? 'an anchor'} vanished when clipped to the country`,
					article: null,
					start: null,
					end: null
				});
		}
		cells.push(polys.map((rings) => rings.map((r) => r.map(intern))));
		areaKm2.push(polys.reduce((s, rings) => s + polygonAreaKm2(rings), 0));
	});

	// Adjacency from shared directed edges: u→v in one cell, v→u in its neighbour.
	const owner = new Map<number, number>();
	cells.forEach((polys, c) => {
		for (const rings of polys)
			for (const r of rings) for (let k = 0; k + 1 < r.length; k++) owner.set(edgeKey(r[k]!, r[k + 1]!), c);
	});
	const neighbours: Neighbour[][] = cells.map(() => []);
	cells.forEach((polys, c) => {
		const byNode = new Map<number, Neighbour>();
		for (const rings of polys)
			for (const r of rings)
				for (let k = 0; k + 1 < r.length; k++) {
					const u = r[k]!;
					const v = r[k + 1]!;
					const other = owner.get(edgeKey(v, u));
					if (other === undefined || other === c) continue;
					let nb = byNode.get(other);
					if (!nb) byNode.set(other, (nb = { node: other, edges: [], lengthKm: 0 }));
					nb.edges.push([u, v]);
					nb.lengthKm += haversineKm(vertices[u]!, vertices[v]!);
				}
		neighbours[c] = [...byNode.values()].sort((a, b) => a.node - b.node);
	});
	return { vertices, cells, areaKm2, neighbours, diagnostics };
}

/**
 * turf.intersect is slow on the whole outline (~17 ms a cell); cutting the outline to a box a
 * little larger than the cell first (bboxClip, whose seams then lie outside the cell) gives the
 * same result in well under a millisecond.
 */
function clipToCountry(rings: Position[][], country: Feature<Polygon | MultiPolygon>) {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of rings[0]!) {
		x0 = Math.min(x0, p[0]!);
		y0 = Math.min(y0, p[1]!);
		x1 = Math.max(x1, p[0]!);
		y1 = Math.max(y1, p[1]!);
	}
	const px = (x1 - x0) * 0.1 + 1e-4;
	const py = (y1 - y0) * 0.1 + 1e-4;
	const piece = bboxClip(country, [x0 - px, y0 - py, x1 + px, y1 + py]);
	const coords = polygonalCoords(piece.geometry as Polygon | MultiPolygon).filter(
		(r) => r.length > 0 && r[0]!.length >= 4
	);
	if (coords.length === 0) return null;
	const pieceGeom: Polygon | MultiPolygon =
		coords.length === 1
			? { type: 'Polygon', coordinates: coords[0]! }
			: { type: 'MultiPolygon', coordinates: coords };
	return intersect(
		featureCollection([polygon(rings), { type: 'Feature', properties: {}, geometry: pieceGeom }])
	);
}

/** A convex cell lies inside the country when its vertices do and no country vertex pokes into it. */
function insideCountry(ring: Position[], countryPolys: Position[][][], countryVertices: Position[]): boolean {
	for (const p of ring) if (!pointInPolygonal(p, countryPolys)) return false;
	const [x0, y0, x1, y1] = boxOf(ring);
	for (const q of countryVertices) {
		if (q[0]! < x0 || q[0]! > x1 || q[1]! < y0 || q[1]! > y1) continue;
		if (strictlyInsideConvex(q, ring)) return false;
	}
	return true;
}

function strictlyInsideConvex(q: Position, ring: Position[]): boolean {
	// ring is counterclockwise and closed: q is inside when left of every edge.
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = ring[i]!;
		const b = ring[i + 1]!;
		const cross = (b[0]! - a[0]!) * (q[1]! - a[1]!) - (b[1]! - a[1]!) * (q[0]! - a[0]!);
		if (cross <= 0) return false;
	}
	return true;
}

// Dissolve a set of cells into a (Multi)Polygon by cancelling shared edges and walking the
// remaining boundary — no polygon unions, so thousands of cells dissolve in milliseconds.
// Cells are counterclockwise with exact shared vertices (voronoi-cells.ts), so an interior
// edge appears once in each direction and the surviving edges form the region's boundary with
// the region on their left: exterior rings come out counterclockwise, holes clockwise.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { edgeKey, KEY_BASE, type CellGraph } from './voronoi-cells';
import { pointInRing } from './geometry';
import { ringSignedArea2 } from './validate';

export function dissolveCells(graph: CellGraph, members: Iterable<number>): Polygon | MultiPolygon | null {
	// Live boundary edges keyed u·B+v; an edge meeting its reverse cancels it.
	const live = new Set<number>();
	for (const c of members)
		for (const rings of graph.cells[c] ?? [])
			for (const r of rings)
				for (let k = 0; k + 1 < r.length; k++) {
					const u = r[k]!;
					const v = r[k + 1]!;
					const back = edgeKey(v, u);
					if (!live.delete(back)) live.add(edgeKey(u, v));
				}
	if (live.size === 0) return null;

	// Outgoing boundary edges per vertex (usually exactly one).
	const out = new Map<number, number | number[]>();
	const keys = [...live].sort((a, b) => a - b);
	for (const key of keys) {
		const u = Math.floor(key / KEY_BASE);
		const v = key - u * KEY_BASE;
		const o = out.get(u);
		if (o === undefined) out.set(u, v);
		else if (typeof o === 'number') out.set(u, [o, v]);
		else o.push(v);
	}
	const V = graph.vertices;
	const rings: Position[][] = [];
	for (const key of keys) {
		if (!live.has(key)) continue; // used
		const su = Math.floor(key / KEY_BASE);
		const coords: Position[] = [V[su]!];
		let u = su;
		let v = key - su * KEY_BASE;
		for (let guard = 0; guard <= keys.length; guard++) {
			live.delete(edgeKey(u, v));
			coords.push(V[v]!);
			if (v === su) break;
			const o = out.get(v);
			let next: number | undefined;
			if (typeof o === 'number') next = live.has(edgeKey(v, o)) ? o : undefined;
			else if (o)
				next = pickNext(
					V,
					u,
					v,
					o.filter((w) => live.has(edgeKey(v, w)))
				);
			if (next === undefined) break; // open chain: input was not a clean partition
			[u, v] = [v, next];
		}
		if (coords.length >= 4 && coords[coords.length - 1] === V[su]) rings.push(coords);
	}
	return assemble(rings);
}

/**
 * At a vertex with several outgoing edges (regions touching at a point), take the sharpest
 * left turn, which keeps the region on our left and closes the smallest loop: rings touch at
 * the vertex instead of crossing into a figure eight.
 */
function pickNext(V: Position[], u: number, v: number, options: number[]): number | undefined {
	if (options.length <= 1) return options[0];
	const pv = V[v]!;
	const back = Math.atan2(V[u]![1]! - pv[1]!, V[u]![0]! - pv[0]!);
	let best: number | undefined;
	let bestTurn = Infinity;
	for (const w of options) {
		const a = Math.atan2(V[w]![1]! - pv[1]!, V[w]![0]! - pv[0]!);
		// Clockwise angle from the way back to the candidate, in (0, 2π].
		let cw = back - a;
		while (cw <= 0) cw += 2 * Math.PI;
		while (cw > 2 * Math.PI) cw -= 2 * Math.PI;
		if (cw < bestTurn) [best, bestTurn] = [w, cw];
	}
	return best;
}

/** Exterior rings (counterclockwise) with the holes (clockwise) they contain. */
function assemble(rings: Position[][]): Polygon | MultiPolygon | null {
	const outers: { ring: Position[]; area: number; holes: Position[][] }[] = [];
	const holes: Position[][] = [];
	for (const r of rings) {
		const a = ringSignedArea2(r);
		if (a > 0) outers.push({ ring: r, area: a, holes: [] });
		else if (a < 0) holes.push(r);
	}
	if (outers.length === 0) return null;
	outers.sort((a, b) => a.area - b.area); // smallest container first
	for (const h of holes) {
		const probe = interiorProbe(h);
		const host =
			outers.find((o) => o.area > -ringSignedArea2(h) && pointInRing(probe, o.ring)) ??
			outers[outers.length - 1]!;
		host.holes.push(h);
	}
	const polys = outers
		.sort((a, b) => a.ring[0]![0]! - b.ring[0]![0]! || a.ring[0]![1]! - b.ring[0]![1]!)
		.map((o) => [o.ring, ...o.holes]);
	return polys.length === 1
		? { type: 'Polygon', coordinates: polys[0]! }
		: { type: 'MultiPolygon', coordinates: polys };
}

/** A point just inside a hole ring's edge (the midpoint of its longest edge), away from shared vertices. */
function interiorProbe(ring: Position[]): Position {
	let best = 0;
	let bestLen = -1;
	for (let i = 0; i + 1 < ring.length; i++) {
		const len = Math.hypot(ring[i + 1]![0]! - ring[i]![0]!, ring[i + 1]![1]! - ring[i]![1]!);
		if (len > bestLen) [best, bestLen] = [i, len];
	}
	const a = ring[best]!;
	const b = ring[best + 1]!;
	return [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
}

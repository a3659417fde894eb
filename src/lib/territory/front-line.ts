// The front line is derived, never drawn: the shared cell edges between opposing factions.
// Cells are clipped to the country, so the international border (an edge with no neighbour)
// can never be part of it. Edges are chained into lines per faction pair.
import type { LineString, MultiLineString, Position } from 'geojson';
import type { Faction } from '../domain/types';
import { haversineKm, hashHex } from './geometry';
import type { Draft } from './intervals';
import type { NodeState } from './settlement-control';
import type { CellGraph } from './voronoi-cells';
import { isoDate } from '../geo/days';

export interface FrontEdges {
	/** "factionA|factionB" (sorted) → edges as vertex-id pairs with factionA on the left. */
	byPair: Map<string, { edges: [number, number][]; cells: Set<number> }>;
	lengthKm: number;
}

export function opposingSet(pairs: [Faction, Faction][]): Set<string> {
	const s = new Set<string>();
	for (const [a, b] of pairs) s.add([a, b].sort().join('|'));
	return s;
}

export function frontEdges(graph: CellGraph, state: NodeState[], opposing: Set<string>): FrontEdges {
	const byPair = new Map<string, { edges: [number, number][]; cells: Set<number> }>();
	let lengthKm = 0;
	for (let a = 0; a < graph.neighbours.length; a++) {
		const fa = state[a]!.faction;
		for (const nb of graph.neighbours[a]!) {
			const fb = state[nb.node]!.faction;
			if (fa === fb || !(fa < fb) || !opposing.has(`${fa}|${fb}`)) continue; // each pair once, fa on the left
			const key = `${fa}|${fb}`;
			let entry = byPair.get(key);
			if (!entry) byPair.set(key, (entry = { edges: [], cells: new Set() }));
			for (const e of nb.edges) entry.edges.push(e);
			entry.cells.add(a);
			entry.cells.add(nb.node);
			lengthKm += nb.lengthKm;
		}
	}
	return { byPair, lengthKm };
}

/** Chains directed edges into polylines (junctions and loops included), deterministic order. */
export function chainEdges(vertices: Position[], edges: [number, number][]): Position[][] {
	const out = new Map<number, number[]>();
	const indeg = new Map<number, number>();
	for (const [u, v] of edges) {
		(out.get(u) ?? out.set(u, []).get(u)!).push(v);
		indeg.set(v, (indeg.get(v) ?? 0) + 1);
	}
	for (const l of out.values()) l.sort((a, b) => a - b);
	const lines: Position[][] = [];
	const walk = (start: number) => {
		while ((out.get(start)?.length ?? 0) > 0) {
			const ids = [start];
			let u = start;
			for (;;) {
				const next = out.get(u);
				if (!next || next.length === 0) break;
				const v = next.shift()!;
				ids.push(v);
				u = v;
				if (u === start || (indeg.get(u) ?? 0) !== 1 || (out.get(u)?.length ?? 0) !== 1) break;
			}
			lines.push(ids.map((i) => vertices[i]!));
		}
	};
	const starts = [...out.keys()].sort((a, b) => a - b);
	for (const s of starts) if ((indeg.get(s) ?? 0) !== 1 || (out.get(s)?.length ?? 0) !== 1) walk(s);
	for (const s of starts) walk(s); // closed loops
	return lines;
}

export function lineLengthKm(lines: Position[][]): number {
	let km = 0;
	for (const l of lines) for (let i = 0; i + 1 < l.length; i++) km += haversineKm(l[i]!, l[i + 1]!);
	return km;
}

export function frontDrafts(graph: CellGraph, state: NodeState[], front: FrontEdges): Map<string, Draft> {
	const items = new Map<string, Draft>();
	for (const [pair, { edges, cells }] of front.byPair) {
		const keys = edges.map(([u, v]) => `${u}-${v}`).sort();
		const hash = hashHex(keys.join(','));
		items.set(`${pair}|${hash}|${keys.length}`, {
			build(from) {
				const lines = chainEdges(graph.vertices, edges).sort(
					(a, b) => a[0]![0]! - b[0]![0]! || a[0]![1]! - b[0]![1]!
				);
				const geometry: LineString | MultiLineString =
					lines.length === 1
						? { type: 'LineString', coordinates: lines[0]! }
						: { type: 'MultiLineString', coordinates: lines };
				const [left, right] = pair.split('|') as [Faction, Faction];
				const ids = new Set<string>();
				for (const c of cells) for (const id of state[c]!.eventIds) ids.add(id);
				return {
					id: `frontline:${left}-${right}:${isoDate(from)}:${hash}`,
					geometry,
					properties: {
						factions: [left, right],
						left,
						right,
						length_km: Math.round(lineLengthKm(lines) * 100) / 100,
						event_ids: [...ids].sort()
					}
				};
			}
		});
	}
	return items;
}

// Ground grown outward through the cell graph: a multi-source shortest-path search (Dijkstra)
// whose steps are the distances between neighbouring places. "Nearest to the captor's ground"
// and "the side whose ground is nearest" both mean this, so that a side reaches a place across
// the land it holds, not across a river of someone else's cells.
import type { NodeSet } from './control-nodes';
import { planeKm } from './geometry';
import type { CellGraph } from './voronoi-cells';

export interface Growth {
	/** Km from the nearest seed through passable cells; Infinity where unreached. */
	km: Float64Array;
	/** The seed each node was reached from; -1 where unreached. */
	origin: Int32Array;
}

/**
 * Distances from `seeds` through the graph. The search enters only nodes `passable` allows
 * (seeds always count); ties go to the lower seed index, so the result is deterministic.
 *
 * @example
 * const { km, origin } = growFrom(graph, nodeSet, heldByCaptor, (n) => inRegion.has(n));
 * // km[n]: how far place n lies from the captor's ground, through the region
 */
export function growFrom(
	graph: CellGraph,
	nodeSet: NodeSet,
	seeds: number[],
	passable: (node: number) => boolean
): Growth {
	const n = nodeSet.nodes.length;
	const km = new Float64Array(n).fill(Infinity);
	const origin = new Int32Array(n).fill(-1);
	const heap = new MinHeap();
	for (const s of [...seeds].sort((a, b) => a - b)) {
		if (km[s] === 0) continue;
		km[s] = 0;
		origin[s] = s;
		heap.push(0, s, s);
	}
	const { nodes, plane } = nodeSet;
	while (heap.size > 0) {
		const [d, node, from] = heap.pop();
		if (d > km[node]! || (d === km[node]! && from !== origin[node])) continue;
		const a = nodes[node]!;
		for (const nb of graph.neighbours[node] ?? []) {
			const m = nb.node;
			if (!passable(m)) continue;
			const b = nodes[m]!;
			const next = d + planeKm(plane, [a.lon, a.lat], [b.lon, b.lat]);
			if (next < km[m]! || (next === km[m]! && from < origin[m]!)) {
				km[m] = next;
				origin[m] = from;
				heap.push(next, m, from);
			}
		}
	}
	return { km, origin };
}

/** A binary heap of (key, node, origin) ordered by key, then origin, then node. */
class MinHeap {
	private keys: number[] = [];
	private nodes: number[] = [];
	private origins: number[] = [];
	get size(): number {
		return this.keys.length;
	}
	private less(i: number, j: number): boolean {
		const k = this.keys;
		if (k[i] !== k[j]) return k[i]! < k[j]!;
		if (this.origins[i] !== this.origins[j]) return this.origins[i]! < this.origins[j]!;
		return this.nodes[i]! < this.nodes[j]!;
	}
	private swap(i: number, j: number): void {
		for (const a of [this.keys, this.nodes, this.origins]) [a[i], a[j]] = [a[j]!, a[i]!];
	}
	push(key: number, node: number, origin: number): void {
		this.keys.push(key);
		this.nodes.push(node);
		this.origins.push(origin);
		let i = this.keys.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (!this.less(i, p)) break;
			this.swap(i, p);
			i = p;
		}
	}
	pop(): [number, number, number] {
		const top: [number, number, number] = [this.keys[0]!, this.nodes[0]!, this.origins[0]!];
		const last = this.keys.length - 1;
		this.swap(0, last);
		this.keys.pop();
		this.nodes.pop();
		this.origins.pop();
		let i = 0;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < this.keys.length && this.less(l, m)) m = l;
			if (r < this.keys.length && this.less(r, m)) m = r;
			if (m === i) break;
			this.swap(i, m);
			i = m;
		}
		return top;
	}
}

// Who holds which stretch of the M5/M4. A route is sampled every few hundred metres and each
// sample belongs to the nearest node — which is exactly the Voronoi cell it lies in — so the
// runs per cell are computed once and each change day only recolours them.
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Faction } from '../domain/types';
import { FACTIONS } from './config';
import type { ControlNode } from './control-nodes';
import { haversineKm, hashHex, type Plane } from './geometry';
import type { Draft } from './intervals';
import type { NodeState } from './control-state';
import { round6 } from './validate';
import { isoDate } from '../geo/days';
import { appendAll } from '../util/append-all';

export interface RouteRun {
	node: number;
	coords: Position[];
	lengthKm: number;
}

export interface RouteRuns {
	id: string;
	name: string;
	kind: string;
	isM5: boolean;
	runs: RouteRun[];
}

/** Nearest-node lookup on a grid of buckets (plane coordinates). */
function nearestIndex(nodes: ControlNode[], plane: Plane) {
	const size = 0.1;
	const buckets = new Map<string, ControlNode[]>();
	const key = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
	for (const n of nodes) {
		const k = key(n.lon * plane.kx, n.lat);
		(buckets.get(k) ?? buckets.set(k, []).get(k)!).push(n);
	}
	return (p: Position): number => {
		const x = p[0]! * plane.kx;
		const y = p[1]!;
		const bx = Math.floor(x / size);
		const by = Math.floor(y / size);
		let best = -1;
		let bestD = Infinity;
		for (let r = 0; r < 200; r++) {
			for (let dx = -r; dx <= r; dx++)
				for (let dy = -r; dy <= r; dy++) {
					if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
					for (const n of buckets.get(`${bx + dx},${by + dy}`) ?? []) {
						const d = (n.lon * plane.kx - x) ** 2 + (n.lat - y) ** 2;
						if (d < bestD || (d === bestD && n.index < best)) [best, bestD] = [n.index, d];
					}
				}
			// Anything in ring r+1 is at least r·size away.
			if (best >= 0 && Math.sqrt(bestD) <= r * size) break;
		}
		return best;
	};
}

export function routeRuns(
	routes: FeatureCollection<LineString>,
	nodes: ControlNode[],
	plane: Plane,
	stepKm: number,
	m5Ids: string[]
): RouteRuns[] {
	if (!routes || routes.type !== 'FeatureCollection' || !Array.isArray(routes.features))
		throw new Error('routes must be a GeoJSON FeatureCollection');
	if (nodes.length === 0) return [];
	const nearest = nearestIndex(nodes, plane);
	const m5 = new Set(m5Ids.map((s) => s.toLowerCase()));
	const out: RouteRuns[] = [];
	routes.features.forEach((f: Feature<LineString>, i) => {
		if (!f.geometry || f.geometry.type !== 'LineString')
			throw new Error(`routes feature ${i}: geometry must be a LineString`);
		const p = f.properties ?? {};
		const id = String(p.id ?? `route:${i}`);
		const name = String(p.name ?? id);
		const runs: RouteRun[] = [];
		let run: RouteRun | null = null;
		const push = (pt: Position, node: number, km: number) => {
			if (!run || run.node !== node) {
				const joint = run ? run.coords[run.coords.length - 1]! : pt;
				run = { node, coords: run ? [joint] : [], lengthKm: 0 };
				runs.push(run);
			}
			run.coords.push(pt);
			run.lengthKm += km;
		};
		const cs = f.geometry.coordinates;
		for (let k = 0; k + 1 < cs.length; k++) {
			const a = cs[k]!;
			const b = cs[k + 1]!;
			const segKm = haversineKm(a, b);
			const steps = Math.max(1, Math.ceil(segKm / stepKm));
			for (let s = k === 0 ? 0 : 1; s <= steps; s++) {
				const t = s / steps;
				const pt: Position = [round6(a[0]! + (b[0]! - a[0]!) * t), round6(a[1]! + (b[1]! - a[1]!) * t)];
				const node = nearest(pt);
				push(pt, node, s === 0 ? 0 : segKm / steps);
			}
		}
		// Keep only the route's own vertices and the run joints: drop interior samples on straight stretches.
		for (const r of runs) r.coords = simplifyCollinear(r.coords);
		const isM5 =
			m5.has(id.toLowerCase()) || /\bM5\b/i.test(name) || m5.has(String(p.ref ?? '').toLowerCase());
		out.push({ id, name, kind: String(p.kind ?? 'road'), isM5, runs });
	});
	return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function simplifyCollinear(coords: Position[]): Position[] {
	if (coords.length <= 2) return coords;
	const out = [coords[0]!];
	for (let i = 1; i + 1 < coords.length; i++) {
		const a = out[out.length - 1]!;
		const b = coords[i]!;
		const c = coords[i + 1]!;
		const cross = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
		if (Math.abs(cross) > 1e-12) out.push(b);
	}
	out.push(coords[coords.length - 1]!);
	return out;
}

/** Held length per faction over the M5 routes on one change day. */
export function m5Km(routes: RouteRuns[], state: NodeState[]): Partial<Record<Faction, number>> {
	const km: Partial<Record<Faction, number>> = {};
	// Every faction gets a figure (0 too) when there is an M5 at all, so charts need no gaps.
	if (routes.some((r) => r.isM5)) for (const f of FACTIONS) km[f] = 0;
	for (const r of routes) {
		if (!r.isM5) continue;
		for (const run of r.runs) {
			const f = state[run.node]!.faction;
			km[f] = (km[f] ?? 0) + run.lengthKm;
		}
	}
	for (const f of Object.keys(km) as Faction[]) km[f] = Math.round(km[f]! * 100) / 100;
	return km;
}

export function routeDrafts(routes: RouteRuns[], state: NodeState[]): Map<string, Draft> {
	const items = new Map<string, Draft>();
	for (const r of routes) {
		// Consecutive runs of one faction join into one line; one feature per (route, faction).
		const byFaction = new Map<
			Faction,
			{ lines: Position[][]; runs: number[]; km: number; ids: Set<string> }
		>();
		let last: Faction | null = null;
		r.runs.forEach((run, i) => {
			const s = state[run.node]!;
			let g = byFaction.get(s.faction);
			if (!g) byFaction.set(s.faction, (g = { lines: [], runs: [], km: 0, ids: new Set() }));
			if (last === s.faction && g.lines.length > 0)
				appendAll(g.lines[g.lines.length - 1]!, run.coords.slice(1));
			else g.lines.push(run.coords.slice());
			g.runs.push(i);
			g.km += run.lengthKm;
			for (const id of s.eventIds) g.ids.add(id);
			last = s.faction;
		});
		for (const [faction, g] of byFaction) {
			const lines = g.lines.filter((l) => l.length >= 2);
			if (lines.length === 0) continue;
			const hash = hashHex(g.runs.join(','));
			items.set(`${r.id}|${faction}|${hash}`, {
				build(from) {
					return {
						id: `route:${r.id}:${faction}:${isoDate(from)}:${hash}`,
						geometry:
							lines.length === 1
								? { type: 'LineString', coordinates: lines[0]! }
								: { type: 'MultiLineString', coordinates: lines },
						properties: {
							route_id: r.id,
							name: r.name,
							kind: r.kind,
							faction,
							length_km: Math.round(g.km * 100) / 100,
							event_ids: [...g.ids].sort()
						}
					};
				}
			});
		}
	}
	return items;
}

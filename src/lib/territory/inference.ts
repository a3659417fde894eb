// Inference: the places the text does not name change hands behind the new front.
import type { Faction } from '../domain/types';
import type { TerritoryOptions } from './config';
import type { NodeSet } from './control-nodes';
import type { Capture, NodeState } from './control-state';
import { planeKm, pointSegmentKm } from './geometry';
import type { CellGraph } from './voronoi-cells';

/** Place kinds that are garrisons: they hold no population of their own and fall with the city they guard. */
const GARRISON_KINDS = new Set<string>(['airport', 'base']);

/**
 * Places the text does not name. (0) A recapture voids what was inferred from the lost capture
 * alone. (a) Corridor: the loser's places within a few km of the line
 * from the captor's nearest old position to a captured place fall behind the new front; so do
 * those on the way to a settlement the side is fighting in (`contests`: the attacker came by land),
 * up to the fight and not past it.
 * (b) Encirclement: a loser's place whose boundary is mostly shared with the captor's ground,
 * near a place captured that day, goes too — repeated until nothing moves. Named places keep
 * their reported status; targets of an advance only go when wholly surrounded.
 */
export function infer(
	prev: NodeState[],
	next: NodeState[],
	captures: Capture[],
	named: Set<number>,
	protectedNodes: Set<number>,
	nodeSet: NodeSet,
	graph: CellGraph,
	options: TerritoryOptions,
	contests: Capture[] = []
): void {
	if (captures.length === 0 && contests.length === 0) return;
	const { nodes, plane } = nodeSet;
	const take = (
		n: number,
		to: Faction,
		ids: string[],
		rule: 'recapture' | 'corridor' | 'encircled' | 'garrison'
	) => {
		next[n] = { faction: to, status: 'inferred', rule, eventIds: ids };
	};
	// (0) a recapture voids what was inferred from the lost capture alone.
	for (const c of captures) {
		if (!c.revoked || c.revoked.length === 0) continue;
		const revoked = new Set(c.revoked);
		for (let n = 0; n < next.length; n++) {
			const s = next[n]!;
			if (
				s.status === 'inferred' &&
				s.faction === c.from &&
				!named.has(n) &&
				s.eventIds.every((id) => revoked.has(id))
			)
				take(n, c.to, c.eventIds, 'recapture');
		}
	}
	// (a) corridors, from the ground each captor held before today.
	const ways = [
		...captures.map((c) => ({ c, past: true })),
		...contests.map((c) => ({ c, past: false })) // the way to a fight, not beyond it
	];
	for (const { c, past } of ways) {
		const cn = nodes[c.node]!;
		if (cn.city) continue; // districts are handled by the city rules and (b)
		let o: (typeof nodes)[number] | null = null;
		let oKm = Infinity;
		for (const n of nodes) {
			if (n.index === c.node || prev[n.index]!.faction !== c.to) continue;
			const km = planeKm(plane, [cn.lon, cn.lat], [n.lon, n.lat]);
			if (km < oKm) [o, oKm] = [n, km];
		}
		if (!o || oKm > options.corridorMaxKm) continue;
		const a = [o.lon, o.lat];
		const b = [cn.lon, cn.lat];
		for (const n of nodes) {
			// a city is news of its own: a village taken past it does not carry it (Idlib stayed the opposition's
			// when the army retook a village beyond it)
			if (n.city || n.kind === 'city' || named.has(n.index) || protectedNodes.has(n.index)) continue;
			if (next[n.index]!.faction !== c.from) continue;
			const { km, t } = pointSegmentKm(plane, [n.lon, n.lat], a, b);
			if (t > 0 && (past || t < 1) && km <= options.corridorHalfWidthKm)
				take(n.index, c.to, c.eventIds, 'corridor');
		}
	}
	// (c) garrisons: the loser's airports and bases on a captured city's edge go with the city.
	for (const c of captures) {
		const cn = nodes[c.node]!;
		const city = cn.city ? nodeSet.cities.get(cn.city)!.entry : cn.kind === 'city' ? cn : null;
		if (!city) continue;
		for (const n of nodes) {
			if (!GARRISON_KINDS.has(n.kind) || named.has(n.index) || next[n.index]!.faction !== c.from) continue;
			if (planeKm(plane, [city.lon, city.lat], [n.lon, n.lat]) <= options.cityGarrisonKm)
				take(n.index, c.to, c.eventIds, 'garrison');
		}
	}
	// (b) encirclement near today's captures, per (captor, loser) pair.
	const pairs = new Map<string, { to: Faction; from: Faction; at: number[] }>();
	for (const c of captures) {
		const key = `${c.to}>${c.from}`;
		(pairs.get(key) ?? pairs.set(key, { to: c.to, from: c.from, at: [] }).get(key)!).at.push(c.node);
	}
	for (const { to, from, at } of [...pairs.values()]) {
		const isNear = (n: number) => {
			const p = [nodes[n]!.lon, nodes[n]!.lat];
			return at.some((c) => planeKm(plane, p, [nodes[c]!.lon, nodes[c]!.lat]) <= options.encircledRadiusKm);
		};
		// Worklist: the loser's places touching the captor's ground; a flip wakes its neighbours.
		const queued = new Set<number>();
		const work: number[] = [];
		const wake = (n: number) => {
			for (const nb of graph.neighbours[n] ?? [])
				if (next[nb.node]!.faction === from && !queued.has(nb.node) && !named.has(nb.node)) {
					queued.add(nb.node);
					work.push(nb.node);
				}
		};
		for (let i = 0; i < next.length; i++) if (next[i]!.faction === to && next[i] !== prev[i]) wake(i);
		work.sort((a, b) => a - b);
		for (let w = 0; w < work.length; w++) {
			const n = work[w]!;
			queued.delete(n);
			if (next[n]!.faction !== from || !isNear(n)) continue;
			let total = 0;
			let held = 0;
			const ids = new Set<string>();
			for (const nb of graph.neighbours[n] ?? []) {
				total += nb.lengthKm;
				const s = next[nb.node]!;
				if (s.faction === to) {
					held += nb.lengthKm;
					for (const id of s.eventIds) ids.add(id);
				}
			}
			const need = protectedNodes.has(n) ? options.advanceTargetShare : options.encircledShare;
			if (total > 0 && held / total >= need - 1e-9) {
				take(n, to, [...ids].sort(), 'encircled');
				wake(n);
			}
		}
	}
}

// Pockets: ground cut off from its side's main ground (no path through the side's own cells)
// goes to the side around it once it has been cut off for `pocketDays`. Not pockets: a side's
// largest piece; the enclaves it already held apart on the baseline (Sheikh Maqsoud, the Peace
// Spring strip) and what is left of them; and any piece a report still names (a garrison
// reported holding out, a town just taken behind the lines): the news there wins over the rule.
import type { Faction } from '../domain/types';
import type { DayContext, NodeState } from './control-state';
import { heaviest, placedByReport } from './control-state';
import type { CellGraph } from './voronoi-cells';

interface Piece {
	faction: Faction;
	members: number[];
	areaKm2: number;
}

/** Connected pieces of one faction each (status and rule ignored); cells that vanished are left out. */
function pieces(graph: CellGraph, state: NodeState[]): Piece[] {
	const seen = new Uint8Array(state.length);
	const out: Piece[] = [];
	for (let i = 0; i < state.length; i++) {
		if (seen[i] || (graph.cells[i]?.length ?? 0) === 0) continue;
		const faction = state[i]!.faction;
		const members: number[] = [];
		let areaKm2 = 0;
		const stack = [i];
		seen[i] = 1;
		while (stack.length) {
			const n = stack.pop()!;
			members.push(n);
			areaKm2 += graph.areaKm2[n] ?? 0;
			for (const nb of graph.neighbours[n] ?? [])
				if (!seen[nb.node] && state[nb.node]!.faction === faction) {
					seen[nb.node] = 1;
					stack.push(nb.node);
				}
		}
		out.push({ faction, members: members.sort((a, b) => a - b), areaKm2 });
	}
	return out;
}

/** Keeps, across change days, since when each place has been cut off. */
export class PocketWatch {
	/** Per node: the first day of its current cut-off, or -1. */
	private cutSince: Int32Array;
	/** Per node: true when it lies in one of its baseline faction's enclaves (not the main ground). */
	private enclave: Uint8Array;

	constructor(graph: CellGraph, baseline: NodeState[]) {
		this.cutSince = new Int32Array(baseline.length).fill(-1);
		this.enclave = new Uint8Array(baseline.length);
		const largest = new Map<Faction, Piece>();
		const all = pieces(graph, baseline);
		for (const p of all) if ((largest.get(p.faction)?.areaKm2 ?? -1) < p.areaKm2) largest.set(p.faction, p);
		for (const p of all) if (largest.get(p.faction) !== p) for (const m of p.members) this.enclave[m] = 1;
	}

	/**
	 * Hands over the pockets that have been cut off long enough; returns the day the next one will
	 * be due (so the timeline visits it), or null.
	 */
	step(ctx: DayContext): number | null {
		const { next, graph, day, options } = ctx;
		const all = pieces(graph, next);
		const largest = new Map<Faction, Piece>();
		for (const p of all) if ((largest.get(p.faction)?.areaKm2 ?? -1) < p.areaKm2) largest.set(p.faction, p);
		const cut = new Uint8Array(next.length);
		let due: number | null = null;
		for (const p of all) {
			if (largest.get(p.faction) === p) continue;
			if (
				p.members.some(
					(m) => (this.enclave[m] && ctx.nodeSet.nodes[m]!.baseline === p.faction) || placedByReport(next[m]!)
				)
			)
				continue;
			let since = -Infinity;
			for (const m of p.members) {
				cut[m] = 1;
				if (this.cutSince[m]! < 0) this.cutSince[m] = day;
				since = Math.max(since, this.cutSince[m]!);
			}
			if (day - since < options.pocketDays) {
				const when = since + options.pocketDays;
				due = due === null ? when : Math.min(due, when);
				continue;
			}
			const around = new Map<Faction, number>();
			const ids = new Set<string>();
			const inside = new Set(p.members);
			for (const m of p.members)
				for (const nb of graph.neighbours[m] ?? []) {
					if (inside.has(nb.node)) continue;
					const s = next[nb.node]!;
					around.set(s.faction, (around.get(s.faction) ?? 0) + nb.lengthKm);
				}
			const to = heaviest(around);
			if (!to) continue;
			for (const m of p.members)
				for (const nb of graph.neighbours[m] ?? [])
					if (!inside.has(nb.node) && next[nb.node]!.faction === to)
						for (const id of next[nb.node]!.eventIds) ids.add(id);
			const state: NodeState = { faction: to, status: 'inferred', rule: 'pocket', eventIds: [...ids].sort() };
			for (const m of p.members) {
				next[m] = state;
				cut[m] = 0;
			}
		}
		for (let n = 0; n < next.length; n++) if (!cut[n]) this.cutSince[n] = -1;
		return due;
	}
}

// Control areas per change day: connected groups of cells with the same faction, status and rule,
// dissolved by edge cancellation (dissolve.ts). A group whose members do not change keeps one
// feature across the whole interval, so only the groups touched by a change are dissolved again.
import type { ControlRule, ControlStatus, Faction } from '../domain/types';
import { dissolveCells } from './dissolve';
import { hashHex } from './geometry';
import type { Draft } from './intervals';
import type { NodeState } from './settlement-control';
import type { CellGraph } from './voronoi-cells';
import { isoDate } from '../geo/days';

export interface Component {
	faction: Faction;
	status: ControlStatus;
	/** Why: one rule per area, so the inspect panel can say it. */
	rule: ControlRule;
	members: number[];
	signature: string;
}

const serials = new WeakMap<NodeState, number>();
let nextSerial = 1;
/** A number per distinct state object (deterministic within a build: assigned in visiting order). */
function serialOf(s: NodeState): number {
	let n = serials.get(s);
	if (n === undefined) serials.set(s, (n = nextSerial++));
	return n;
}

/** Connected components of equal (faction, status, rule), members sorted. */
export function controlComponents(graph: CellGraph, state: NodeState[]): Component[] {
	const seen = new Uint8Array(state.length);
	const out: Component[] = [];
	for (let i = 0; i < state.length; i++) {
		if (seen[i] || (graph.cells[i]?.length ?? 0) === 0) continue;
		const s = state[i]!;
		const members: number[] = [];
		const stack = [i];
		seen[i] = 1;
		while (stack.length) {
			const n = stack.pop()!;
			members.push(n);
			for (const nb of graph.neighbours[n] ?? []) {
				if (seen[nb.node]) continue;
				const t = state[nb.node]!;
				if (t.faction !== s.faction || t.status !== s.status || t.rule !== s.rule) continue;
				seen[nb.node] = 1;
				stack.push(nb.node);
			}
		}
		members.sort((a, b) => a - b);
		// Members and the state objects behind them (which carry the event ids) make the
		// identity: new evidence, new feature. States are immutable and reused while unchanged.
		let h1 = 0x811c9dc5;
		let h2 = 0x01000193;
		for (const m of members) {
			const serial = serialOf(state[m]!);
			h1 = Math.imul(h1 ^ m, 0x01000193) ^ serial;
			h2 = Math.imul(h2 ^ (serial + 0x9e3779b9), 0x85ebca6b) ^ m;
		}
		const hash = (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
		out.push({
			faction: s.faction,
			status: s.status,
			rule: s.rule,
			members,
			signature: `${s.faction}|${s.status}|${s.rule}|${hash}|${members.length}`
		});
	}
	return out;
}

/** Drafts of control-area features for one change day, keyed by signature. */
export function controlDrafts(
	graph: CellGraph,
	state: NodeState[],
	components: Component[]
): Map<string, Draft> {
	const items = new Map<string, Draft>();
	for (const c of components) {
		items.set(c.signature, {
			build(from) {
				const geometry = dissolveCells(graph, c.members);
				if (!geometry) return null;
				const ids = new Set<string>();
				let area = 0;
				for (const m of c.members) {
					for (const id of state[m]!.eventIds) ids.add(id);
					area += graph.areaKm2[m]!;
				}
				// Content-derived id: the members and the events behind them (not the serials above).
				const hash = hashHex(`${c.members.join(',')}|${[...ids].sort().join(',')}`);
				return {
					id: `control:${c.faction}:${c.status}:${isoDate(from)}:${hash}`,
					geometry,
					properties: {
						faction: c.faction,
						status: c.status,
						rule: c.rule,
						event_ids: [...ids].sort(),
						area_km2: Math.round(area * 100) / 100,
						places: c.members.length
					}
				};
			}
		});
	}
	return items;
}

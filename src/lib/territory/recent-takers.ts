// Who has been taking ground nearby: the side a place left without a word of who came goes to the side
// advancing on it, not to whichever enemy happens to border it ("the army pulled out of X" while the
// rebels take the villages around it and an unrelated faction holds the land behind).
import type { Faction } from '../domain/types';
import type { TerritoryOptions } from './config';
import type { NodeSet } from './control-nodes';
import { planeKm } from './geometry';

interface Taking {
	node: number;
	faction: Faction;
	day: number;
}

/** The takings as of a day: what a rule of that day asks. */
export interface RecentView {
	takers: RecentTakers;
	day: number;
}

export class RecentTakers {
	private takings: Taking[] = [];

	constructor(
		private readonly nodeSet: NodeSet,
		private readonly options: Pick<TerritoryOptions, 'recentTakerDays' | 'recentTakerKm'>
	) {}

	/** A reported capture or entry of `node` by `faction` on `day` (days come in order: older takings go). */
	note(node: number, faction: Faction, day: number): void {
		const since = day - this.options.recentTakerDays;
		if (this.takings.length && this.takings[0]!.day < since)
			this.takings = this.takings.filter((t) => t.day >= since);
		this.takings.push({ node, faction, day });
	}

	/**
	 * The side, of those `eligible` allows, that took a place nearest to any of `nodes` within
	 * `recentTakerKm`, on `day` or in the `recentTakerDays` days before it; or null.
	 */
	near(nodes: number[], day: number, eligible: (f: Faction) => boolean): Faction | null {
		const since = day - this.options.recentTakerDays;
		const plane = this.nodeSet.plane;
		let best: Faction | null = null;
		let bestKm = this.options.recentTakerKm;
		for (const t of this.takings) {
			if (t.day < since || t.day > day || !eligible(t.faction)) continue;
			const at = this.nodeSet.nodes[t.node]!;
			for (const n of nodes) {
				const from = this.nodeSet.nodes[n]!;
				const km = planeKm(plane, [from.lon, from.lat], [at.lon, at.lat]);
				if (km <= bestKm) [best, bestKm] = [t.faction, km];
			}
		}
		return best;
	}
}

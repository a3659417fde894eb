// Collapse: "the army melted away", "the government has fallen". The collapsing side's ground in
// the event's scope (the whole country, a region, or one place) goes to the sides around it:
// each place to the side whose ground is nearest through the cell graph, grown outward from
// every other side's ground at once (so in December 2024 the SDF inherits the northeast and the
// Euphrates valley, the opposition the west and the south). A stated `counter_faction` takes it all.
import type { ConflictEvent, Faction } from '../domain/types';
import { diag, eventFaction, mainHolder, type DayContext, type NodeState } from './control-state';
import { growFrom } from './grow';

/** Hands the collapsing side's places among `scope` to their neighbours; returns the nodes moved. */
export function applyCollapse(
	event: ConflictEvent,
	scope: number[],
	scopeName: string,
	ctx: DayContext
): number[] {
	const { next, graph, diagnostics } = ctx;
	const collapsing = eventFaction(event, diagnostics) ?? mainHolder(scope, next, graph);
	if (!collapsing) return [];
	const targets = new Set(scope.filter((n) => next[n]!.faction === collapsing));
	if (targets.size === 0) {
		diagnostics.push(
			diag(
				'info',
				'collapse-idle',
				`event ${event.id}: ${collapsing} holds nothing in ${scopeName}; the collapse moves nothing`
			)
		);
		return [];
	}
	return collapseSide(
		collapsing,
		event.counter_faction ?? null,
		targets,
		[event.id],
		'collapse',
		scopeName,
		ctx
	);
}

/**
 * Hands `targets` (places `collapsing` holds) to `heir`, or without one to the side whose ground is
 * nearest each through the cell graph; returns the nodes moved. `rule` says why (a reported collapse,
 * the fall of a governorate's seat or of the capital: seat-falls.ts). With `within`, the sides' ground
 * inside it is looked to first: a province goes to the sides in it, not to a side across the desert
 * that holds none of it (the desert towns of Homs province go with Homs, not to a side holding the
 * next province); what that ground cannot reach goes to the nearest ground anywhere.
 */
export function collapseSide(
	collapsing: Faction,
	heir: Faction | null,
	targets: Set<number>,
	eventIds: string[],
	rule: 'collapse' | 'capital' | 'seat',
	scopeName: string,
	ctx: DayContext,
	within: ReadonlySet<number> | null = null
): number[] {
	const { next, graph, nodeSet, diagnostics } = ctx;
	const stateFor = new Map<Faction, NodeState>();
	const give = (n: number, f: Faction) => {
		let s = stateFor.get(f);
		if (!s) stateFor.set(f, (s = { faction: f, status: 'inferred', rule, eventIds }));
		next[n] = s;
	};
	const moved: number[] = [];
	if (heir && heir !== collapsing) {
		for (const n of [...targets].sort((a, b) => a - b)) {
			give(n, heir);
			moved.push(n);
		}
		return moved;
	}
	const seeds: number[] = [];
	for (let n = 0; n < next.length; n++) if (next[n]!.faction !== collapsing) seeds.push(n);
	const passable = (n: number) => targets.has(n);
	const { origin } = growFrom(graph, nodeSet, seeds, passable);
	const local = within
		? growFrom(
				graph,
				nodeSet,
				seeds.filter((n) => within.has(n)),
				passable
			).origin
		: null;
	const heirs = next.slice(); // read the heirs' factions before any target changes
	let stranded = 0;
	for (const n of [...targets].sort((a, b) => a - b)) {
		const o = local && local[n]! >= 0 ? local[n]! : origin[n]!;
		if (o < 0) {
			stranded++;
			continue;
		}
		give(n, heirs[o]!.faction);
		moved.push(n);
	}
	if (stranded > 0)
		diagnostics.push(
			diag(
				'info',
				'collapse-stranded',
				`event ${eventIds.join(', ')}: ${stranded} place(s) of ${collapsing} in ${scopeName} touch no other side's ground; they stay`
			)
		);
	return moved;
}

// The state of one place on one change day, and the helpers every control rule shares.
import type { ConflictEvent, ControlRule, ControlStatus, Diagnostic, Faction } from '../domain/types';
import type { TerritoryOptions } from './config';
import type { NodeSet } from './control-nodes';
import { planeKm } from './geometry';
import type { RecentView } from './recent-takers';
import type { CellGraph } from './voronoi-cells';

export interface NodeState {
	faction: Faction;
	status: ControlStatus;
	/** Sorted ids of the events (or override) behind this state; empty for baseline. */
	eventIds: string[];
	/** Why the place has this state (the inspect panel says it). */
	rule: ControlRule;
	/** For a contested place: the side fighting the holder for it (who takes it if the news stops there). */
	contester?: Faction;
}

/** Rules whose state rests on a report naming the place (or its city): inference leaves them alone. */
export const REPORTED_RULES = new Set<ControlRule>(['report', 'city', 'override']);

/** A place some report places: named directly or as its city, or fought over. Region claims and fills pass it by. */
export function placedByReport(s: NodeState): boolean {
	return REPORTED_RULES.has(s.rule) || s.status === 'contested';
}

/** A place that changed hands on a change day, for the inference and the change layer. */
export interface Capture {
	node: number;
	from: Faction;
	to: Faction;
	eventIds: string[];
	/** The events behind the loser's hold on the place: ground inferred from them alone goes back too. */
	revoked?: string[];
}

export const FACTION_SET = new Set<Faction>(['opposition', 'sna', 'government', 'sdf']);

export function diag(level: Diagnostic['level'], code: string, message: string): Diagnostic {
	return { level, code, message, article: null, start: null, end: null };
}

export function mergeIds(a: string[], b: string[]): string[] {
	return [...new Set([...a, ...b])].sort();
}

export function sameState(a: NodeState, b: NodeState): boolean {
	return (
		a === b ||
		(a.faction === b.faction &&
			a.status === b.status &&
			a.rule === b.rule &&
			a.contester === b.contester &&
			a.eventIds.join() === b.eventIds.join())
	);
}

/**
 * The enemy `nodes` face: the opposing faction sharing the most boundary with them; else any
 * other neighbour (government-held Deir ez-Zor, surrounded by the SDF, goes to the SDF); else
 * (a place deep behind the lines, e.g. a city the text says was abandoned) the opposing faction
 * holding the nearest place. Null when the holder has no enemy on the map.
 */
export function enemyOf(
	nodes: number[],
	holder: Faction,
	state: NodeState[],
	graph: CellGraph,
	nodeSet: NodeSet,
	opposing: Set<string>
): Faction | null {
	const opposesHolder = (f: Faction) => opposes(opposing, f, holder);
	const inside = new Set(nodes);
	const enemies = new Map<Faction, number>();
	const others = new Map<Faction, number>();
	for (const n of nodes)
		for (const nb of graph.neighbours[n] ?? []) {
			if (inside.has(nb.node)) continue;
			const f = state[nb.node]!.faction;
			if (f === holder) continue;
			const w = opposesHolder(f) ? enemies : others;
			w.set(f, (w.get(f) ?? 0) + nb.lengthKm);
		}
	const best = heaviest(enemies) ?? heaviest(others);
	if (best) return best;
	let nearest: Faction | null = null;
	let nearestKm = Infinity;
	const from = nodes.map((n) => [nodeSet.nodes[n]!.lon, nodeSet.nodes[n]!.lat]);
	for (const m of nodeSet.nodes) {
		if (inside.has(m.index) || !opposesHolder(state[m.index]!.faction)) continue;
		for (const p of from) {
			const km = planeKm(nodeSet.plane, p, [m.lon, m.lat]);
			if (km < nearestKm) [nearest, nearestKm] = [state[m.index]!.faction, km];
		}
	}
	return nearest;
}

/**
 * Who takes over places from `holder` when no report names the taker (a withdrawal, a capture naming no
 * side): the enemy that has been taking ground nearest them (recent-takers.ts), else the side fighting for
 * them, else the enemy they face (enemyOf). One order for a place, a city's districts and a region's places.
 */
export function whoTakesOver(
	nodes: number[],
	holder: Faction,
	state: NodeState[],
	graph: CellGraph,
	nodeSet: NodeSet,
	opposing: Set<string>,
	recent: RecentView,
	contester: Faction | null | undefined
): Faction | null {
	return (
		advancingOn(nodes, holder, opposing, recent) ??
		contester ??
		enemyOf(nodes, holder, state, graph, nodeSet, opposing)
	);
}

/** The enemy of `holder` that took a place nearest to `nodes` lately (recent-takers.ts), or null. */
export function advancingOn(
	nodes: number[],
	holder: Faction,
	opposing: Set<string>,
	recent: RecentView
): Faction | null {
	return recent.takers.near(nodes, recent.day, (f) => opposes(opposing, f, holder));
}

/**
 * A capture or entry naming no side, of a place with no other side at its edge, none fighting in it and none
 * taking ground near it: that holder's own gain told again (a page that lost its subject, a headline), not
 * an enemy appearing from nowhere (TerritoryOptions.unattributedNeedsNeighbour). Says so and returns true
 * when the event is to move nothing. A withdrawal from such a place is another matter (enemyOf).
 */
export function unattributedBehindLines(
	event: ConflictEvent,
	nodes: number[],
	holder: Faction,
	name: string,
	state: NodeState[],
	graph: CellGraph,
	recent: RecentView,
	options: Pick<TerritoryOptions, 'unattributedNeedsNeighbour'>,
	diagnostics: Diagnostic[]
): boolean {
	if (!options.unattributedNeedsNeighbour || (event.kind !== 'capture' && event.kind !== 'entry'))
		return false;
	if (nodes.some((n) => state[n]!.status === 'contested')) return false;
	const other = (f: Faction) => f !== holder;
	const inside = new Set(nodes);
	for (const n of nodes)
		for (const nb of graph.neighbours[n] ?? [])
			if (!inside.has(nb.node) && other(state[nb.node]!.faction)) return false;
	if (recent.takers.near(nodes, recent.day, other) !== null) return false;
	diagnostics.push(
		diag(
			'info',
			'unattributed-behind-lines',
			`event ${event.id}: a ${event.kind} of ${name} naming no side, with no side but ${holder}, its holder, at its edge, fighting in it or taking ground near it; no change`
		)
	);
	return true;
}

export function eventFaction(event: ConflictEvent, diagnostics: Diagnostic[]): Faction | null {
	if (event.faction === null || event.faction === undefined) return null;
	if (!FACTION_SET.has(event.faction)) {
		diagnostics.push(
			diag(
				'warning',
				'event-faction-unknown',
				`event ${event.id}: faction ${JSON.stringify(event.faction)} is not one of opposition, sna, government, sdf`
			)
		);
		return null;
	}
	return event.faction;
}

/**
 * The side a capture naming no taker says lost the place ("the army lost control of X"), or null.
 * Such a report moves the place away from that side even after it changed hands (a reversal, not a
 * restatement), and moves nothing where the model has someone else there already.
 */
export function namedLoser(event: ConflictEvent, actor: Faction | null): Faction | null {
	if (event.kind !== 'capture' || actor || !event.counter_faction) return null;
	return FACTION_SET.has(event.counter_faction) ? event.counter_faction : null;
}

/** What every rule of one change day works on. */
export interface DayContext {
	day: number;
	/** The state being built for the day; rules replace entries, never mutate them. */
	next: NodeState[];
	nodeSet: NodeSet;
	graph: CellGraph;
	options: TerritoryOptions;
	opposing: Set<string>;
	/** Places an event named today: later rules of the day leave them alone. */
	named: Set<number>;
	diagnostics: Diagnostic[];
	/** Who has been taking ground up to this day (recent-takers.ts). */
	recent: RecentView;
}

/** The faction holding the most area among `nodes` (ties: alphabetical), or null for none. */
export function mainHolder(
	nodes: number[],
	state: NodeState[],
	graph: CellGraph,
	filter: (n: number) => boolean = () => true
): Faction | null {
	const area = new Map<Faction, number>();
	for (const n of nodes)
		if (filter(n)) area.set(state[n]!.faction, (area.get(state[n]!.faction) ?? 0) + (graph.areaKm2[n] ?? 0));
	return heaviest(area) ?? null;
}

/** The faction holding most of `nodes` at the baseline (by count, or by `weight` such as area), or null. */
export function baselineHolder(
	nodes: number[],
	nodeSet: NodeSet,
	weight: (n: number) => number = () => 1
): Faction | null {
	const held = new Map<Faction, number>();
	for (const n of nodes) {
		const first = nodeSet.nodes[n]!.baseline;
		held.set(first, (held.get(first) ?? 0) + weight(n));
	}
	return heaviest(held) ?? null;
}

/** Whether two sides fight each other (`opposing`: the options' opposing pairs, keyed "a|b" sorted). */
export function opposes(opposing: Set<string>, a: Faction, b: Faction): boolean {
	return a !== b && opposing.has([a, b].sort().join('|'));
}

/** The side with the most weight (area, boundary length, places); ties go alphabetically, so runs repeat. */
export function heaviest(weights: Map<Faction, number>): Faction | undefined {
	return [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

// Controller of every node on every change day: the baseline, then each day's control events
// (capture/entry/withdrawal/clash; advances only protect their target), then inference for
// the places the text does not name, then analyst overrides on top. The state of a node is an
// immutable object, reused while unchanged, so later stages compare by reference.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ConflictEvent, ControlStatus, Diagnostic, Faction, GazetteerEntry } from '../domain/types';
import { dayNumber } from '../geo/days';
import { applyCityEvent } from './city-events';
import { CONTROL_KINDS, type TerritoryOptions } from './config';
import type { NodeSet } from './control-nodes';
import { diag, enemyOf, eventFaction, mergeIds, sameState, type Capture, type NodeState } from './control-state';
import { planeKm } from './geometry';
import { infer } from './inference';
import { readOverrides } from './overrides';
import type { CellGraph } from './voronoi-cells';

export type { Capture, NodeState } from './control-state';
export { sameState } from './control-state';

export interface ControlTimeline {
	/** Day numbers on which control may change, sorted; the first is the timeline start. */
	days: number[];
	/** Effective state per change day per node (overrides applied). */
	states: NodeState[][];
	diagnostics: Diagnostic[];
}

/** Within a day: advances and clashes first, so a capture the same day wins over a clash. */
const KIND_ORDER: Record<string, number> = { advance: 0, clash: 1, entry: 2, capture: 3, withdrawal: 4 };

export interface ControlInput {
	nodeSet: NodeSet;
	graph: CellGraph;
	gazetteer: Map<string, GazetteerEntry>;
	events: ConflictEvent[];
	overrides: FeatureCollection<Polygon | MultiPolygon>;
	start: number;
	end: number;
	options: TerritoryOptions;
}

export function buildControlTimeline(input: ControlInput): ControlTimeline {
	const { nodeSet, graph, gazetteer, start, end, options } = input;
	const { nodes } = nodeSet;
	const diagnostics: Diagnostic[] = [];

	// Events that move control, by day (events before the start apply on the start day).
	const byDay = new Map<number, ConflictEvent[]>();
	for (const e of [...input.events].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		if (!CONTROL_KINDS.has(e.kind) || !e.date) continue;
		let day: number;
		try {
			day = dayNumber(e.date);
		} catch {
			diagnostics.push(diag('warning', 'bad-event-date', `event ${e.id}: date ${JSON.stringify(e.date)} is not YYYY-MM-DD; ignored`));
			continue;
		}
		if (day > end) continue;
		const d = Math.max(day, start);
		(byDay.get(d) ?? byDay.set(d, []).get(d)!).push(e);
	}
	const overrides = readOverrides(input.overrides, nodeSet, start, end, diagnostics);
	const daySet = new Set<number>([start, ...byDay.keys()]);
	for (const o of overrides) {
		daySet.add(o.from);
		if (o.until + 1 <= end) daySet.add(o.until + 1);
	}
	const days = [...daySet].sort((a, b) => a - b);

	const baselineStates = new Map<Faction, NodeState>();
	let current: NodeState[] = nodes.map((n) => {
		let s = baselineStates.get(n.baseline);
		if (!s) baselineStates.set(n.baseline, (s = { faction: n.baseline, status: 'baseline', eventIds: [] }));
		return s;
	});
	const protectedNodes = new Set<number>();
	const opposing = new Set(options.opposingPairs.map((p) => [...p].sort().join('|')));
	const states: NodeState[][] = [];
	for (const day of days) {
		const prev = current;
		const next = prev.slice();
		const named = new Set<number>();
		const captures: Capture[] = [];
		const events = (byDay.get(day) ?? []).sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || (a.id < b.id ? -1 : 1));
		const cityEvents: { city: string; event: ConflictEvent }[] = [];

		for (const event of events) {
			const target = resolveTarget(event, nodeSet, gazetteer, options, diagnostics);
			if (target === null) continue;
			if (typeof target === 'string') {
				cityEvents.push({ city: target, event });
				continue;
			}
			if (event.kind === 'advance') {
				protectedNodes.add(target);
				continue;
			}
			named.add(target);
			applyNodeEvent(target, event, next, captures, nodeSet, graph, diagnostics, protectedNodes, opposing);
		}
		for (const { city, event } of cityEvents) applyCityEvent(city, event, next, captures, nodeSet, graph, options, diagnostics, named, protectedNodes, opposing);

		infer(prev, next, captures, named, protectedNodes, nodeSet, graph, options);
		current = next;

		// Overrides sit on top of the model's state; events keep moving the state beneath them.
		const effective = current.slice();
		for (const o of overrides) {
			if (day < o.from || day > o.until) continue;
			const s: NodeState = { faction: o.faction, status: 'override', eventIds: [o.id] };
			for (const n of o.nodes) effective[n] = s;
		}
		const last = states[states.length - 1];
		if (last) for (let i = 0; i < effective.length; i++) if (sameState(effective[i]!, last[i]!)) effective[i] = last[i]!;
		states.push(effective);
	}
	return { days, states, diagnostics };
}

/** Node index, city id (for cities represented by districts), or null when the place moves nothing. */
function resolveTarget(
	event: ConflictEvent,
	nodeSet: NodeSet,
	gazetteer: Map<string, GazetteerEntry>,
	options: TerritoryOptions,
	diagnostics: Diagnostic[]
): number | string | null {
	const direct = nodeSet.byPlace.get(event.place_id);
	if (direct !== undefined) return direct;
	if (nodeSet.cities.has(event.place_id)) return event.place_id;
	const entry = gazetteer.get(event.place_id);
	if (!entry) {
		diagnostics.push(diag('warning', 'event-place-unknown', `event ${event.id}: place ${event.place_id} is not in the gazetteer; it moves no control`));
		return null;
	}
	if (entry.kind === 'facility' || entry.kind === 'airport' || entry.kind === 'base') {
		let best: number | null = null;
		let bestKm = options.facilitySnapKm;
		for (const n of nodeSet.nodes) {
			if (n.kind === 'anchor') continue;
			const km = planeKm(nodeSet.plane, [entry.lon, entry.lat], [n.lon, n.lat]);
			if (km <= bestKm) [best, bestKm] = [n.index, km];
		}
		if (best !== null) return best;
	}
	diagnostics.push(diag('info', 'event-place-not-held', `event ${event.id}: ${entry.name} (${entry.kind}) is not a place that holds ground here; it moves no control`));
	return null;
}

function applyNodeEvent(
	node: number,
	event: ConflictEvent,
	next: NodeState[],
	captures: Capture[],
	nodeSet: NodeSet,
	graph: CellGraph,
	diagnostics: Diagnostic[],
	protectedNodes: Set<number>,
	opposing: Set<string>
): void {
	const before = next[node]!;
	const actor = eventFaction(event, diagnostics);
	// ACLED geo_precision 2 is "near the place": a capture near a village is fighting there, not
	// its fall; 3 (only the wider region) says nothing about the place itself.
	const near = (event.kind === 'capture' || event.kind === 'entry') && event.geo_precision === 2;
	if ((event.kind === 'capture' || event.kind === 'entry' || event.kind === 'withdrawal') && event.geo_precision === 3) {
		diagnostics.push(diag('info', 'event-too-vague', `event ${event.id}: a ${event.kind} located only by its region moves no control`));
		return;
	}
	if (event.kind === 'clash' || near) {
		if (before.status === 'reported' && captures.some((c) => c.node === node)) return;
		next[node] = { faction: before.faction, status: 'contested', eventIds: mergeIds(before.status === 'contested' ? before.eventIds : [], [event.id]) };
		return;
	}
	let to: Faction | null;
	let status: ControlStatus = 'reported';
	if (event.kind === 'withdrawal') {
		// The actor left; whoever faces it takes over (inferred: the text says who left, not who came).
		const leaver = actor ?? before.faction;
		if (leaver !== before.faction) {
			diagnostics.push(diag('info', 'withdrawal-not-holder', `event ${event.id}: ${leaver} withdrew from ${nodeSet.nodes[node]!.name}, which the model has as ${before.faction}; no change`));
			return;
		}
		to = enemyOf([node], before.faction, next, graph, nodeSet, opposing);
		status = 'inferred';
	} else {
		to = actor ?? enemyOf([node], before.faction, next, graph, nodeSet, opposing);
		if (!actor && to)
			diagnostics.push(diag('info', 'capture-actor-inferred', `event ${event.id}: no actor stated; the capture of ${nodeSet.nodes[node]!.name} is credited to the adjacent ${to}`));
	}
	if (!to) {
		diagnostics.push(diag('warning', 'capture-without-captor', `event ${event.id}: cannot tell who took ${nodeSet.nodes[node]!.name}; no change`));
		return;
	}
	const sameDay = captures.find((c) => c.node === node);
	if (sameDay && sameDay.to !== to)
		diagnostics.push(diag('warning', 'conflicting-captures', `events ${sameDay.eventIds.join(', ')} and ${event.id} give ${nodeSet.nodes[node]!.name} to different factions on one day; the later id wins`));
	const ids = sameDay && sameDay.to === to ? mergeIds(sameDay.eventIds, [event.id]) : [event.id];
	next[node] = { faction: to, status, eventIds: ids };
	protectedNodes.delete(node);
	if (sameDay && sameDay.from === to) {
		// Taken and left again the same day: no capture remains (a capture from X to X would make
		// the encirclement worklist in inference.ts flip X's places to X forever).
		captures.splice(captures.indexOf(sameDay), 1);
	} else if (sameDay) {
		sameDay.to = to;
		sameDay.eventIds = ids;
	} else if (before.faction !== to) captures.push({ node, from: before.faction, to, eventIds: ids, revoked: before.eventIds });
}

// Controller of every node on every change day: the baseline, then each day's control events
// (capture/entry/withdrawal/clash; advances only protect their target), then inference for
// the places the text does not name, then analyst overrides on top. The state of a node is an
// immutable object, reused while unchanged, so later stages compare by reference.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ConflictEvent, ControlStatus, Diagnostic, Faction, GazetteerEntry } from '../domain/types';
import { dayNumber } from '../geo/days';
import { CONTROL_KINDS, type TerritoryOptions } from './config';
import type { NodeSet } from './control-nodes';
import { polygonalCoords } from './control-nodes';
import { planeKm, pointInPolygonal, pointSegmentKm } from './geometry';
import type { CellGraph } from './voronoi-cells';

export interface NodeState {
	faction: Faction;
	status: ControlStatus;
	/** Sorted ids of the events (or override) behind this state; empty for baseline. */
	eventIds: string[];
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

export interface ControlTimeline {
	/** Day numbers on which control may change, sorted; the first is the timeline start. */
	days: number[];
	/** Effective state per change day per node (overrides applied). */
	states: NodeState[][];
	diagnostics: Diagnostic[];
}

interface Override {
	id: string;
	from: number;
	until: number;
	faction: Faction;
	nodes: number[];
}

const FACTION_SET = new Set<Faction>(['opposition', 'sna', 'government', 'sdf']);
/** Within a day: advances and clashes first, so a capture the same day wins over a clash. */
const KIND_ORDER: Record<string, number> = { advance: 0, clash: 1, entry: 2, capture: 3, withdrawal: 4 };

function diag(level: Diagnostic['level'], code: string, message: string): Diagnostic {
	return { level, code, message, article: null, start: null, end: null };
}

function mergeIds(a: string[], b: string[]): string[] {
	return [...new Set([...a, ...b])].sort();
}

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

export function sameState(a: NodeState, b: NodeState): boolean {
	return a === b || (a.faction === b.faction && a.status === b.status && a.eventIds.join() === b.eventIds.join());
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

/**
 * Who takes over `nodes`: the opposing faction sharing the most boundary with them; else any
 * other neighbour (government-held Deir ez-Zor, surrounded by the SDF, goes to the SDF); else
 * (a place deep behind the lines, e.g. a city the text says was abandoned) the opposing faction
 * holding the nearest place. Null when the holder has no enemy on the map.
 */
export function enemyOf(nodes: number[], holder: Faction, state: NodeState[], graph: CellGraph, nodeSet: NodeSet, opposing: Set<string>): Faction | null {
	const opposes = (f: Faction) => f !== holder && opposing.has([f, holder].sort().join('|'));
	const inside = new Set(nodes);
	const enemies = new Map<Faction, number>();
	const others = new Map<Faction, number>();
	for (const n of nodes)
		for (const nb of graph.neighbours[n] ?? []) {
			if (inside.has(nb.node)) continue;
			const f = state[nb.node]!.faction;
			if (f === holder) continue;
			const w = opposes(f) ? enemies : others;
			w.set(f, (w.get(f) ?? 0) + nb.lengthKm);
		}
	const heaviest = (w: Map<Faction, number>) => [...w].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
	const best = heaviest(enemies) ?? heaviest(others);
	if (best) return best;
	let nearest: Faction | null = null;
	let nearestKm = Infinity;
	const from = nodes.map((n) => [nodeSet.nodes[n]!.lon, nodeSet.nodes[n]!.lat]);
	for (const m of nodeSet.nodes) {
		if (inside.has(m.index) || !opposes(state[m.index]!.faction)) continue;
		for (const p of from) {
			const km = planeKm(nodeSet.plane, p, [m.lon, m.lat]);
			if (km < nearestKm) [nearest, nearestKm] = [state[m.index]!.faction, km];
		}
	}
	return nearest;
}

function eventFaction(event: ConflictEvent, diagnostics: Diagnostic[]): Faction | null {
	if (event.faction === null || event.faction === undefined) return null;
	if (!FACTION_SET.has(event.faction)) {
		diagnostics.push(diag('warning', 'event-faction-unknown', `event ${event.id}: faction ${JSON.stringify(event.faction)} is not one of opposition, sna, government, sdf`));
		return null;
	}
	return event.faction;
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
	if (event.kind === 'clash') {
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
	if (sameDay) {
		sameDay.to = to;
		sameDay.eventIds = ids;
	} else if (before.faction !== to) captures.push({ node, from: before.faction, to, eventIds: ids, revoked: before.eventIds });
}

/**
 * A city named as a whole: its districts nearest the attacker's ground go first. "Entered X"
 * takes a third (inferred) and contests the next third; "captured X" takes two thirds of the
 * districts the loser still holds (inferred: the text names the city, not the districts) and
 * contests the rest; a withdrawal works like a capture by the side facing the leaver (news
 * says "pulled back from Aleppo" when the army left the west of the city, not every district).
 */
function applyCityEvent(
	city: string,
	event: ConflictEvent,
	next: NodeState[],
	captures: Capture[],
	nodeSet: NodeSet,
	graph: CellGraph,
	options: TerritoryOptions,
	diagnostics: Diagnostic[],
	named: Set<number>,
	protectedNodes: Set<number>,
	opposing: Set<string>
): void {
	const districts = nodeSet.cities.get(city)!.districts;
	const name = nodeSet.cities.get(city)!.entry.name;
	const count = new Map<Faction, number>();
	for (const d of districts) count.set(next[d]!.faction, (count.get(next[d]!.faction) ?? 0) + 1);
	const holder = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
	if (event.kind === 'advance') {
		for (const d of districts) protectedNodes.add(d);
		return;
	}
	const actor = eventFaction(event, diagnostics);
	let attacker: Faction | null;
	let loser: Faction | undefined;
	if (event.kind === 'withdrawal') {
		loser = actor ?? holder;
		// The recipient: the enemy facing the leaver's districts.
		const left = districts.filter((d) => next[d]!.faction === loser);
		attacker = left.length ? enemyOf(left, loser, next, graph, nodeSet, opposing) : null;
	} else {
		attacker = actor ?? enemyOf(districts, holder, next, graph, nodeSet, opposing);
		// The loser: whoever holds most of the districts the attacker does not.
		loser = [...count].filter(([f]) => f !== attacker).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
		if (!loser) return; // the attacker holds every district already
	}
	if (!attacker) {
		diagnostics.push(diag('warning', 'city-event-without-attacker', `event ${event.id}: cannot tell who is taking ${name}; no change`));
		return;
	}
	const X = attacker;
	// Districts the loser holds, nearest the attacker's ground outside the city first.
	const outside = nodeSet.nodes.filter((n) => n.city !== city && next[n.index]!.faction === X);
	const distance = (d: number) => {
		const p = [nodeSet.nodes[d]!.lon, nodeSet.nodes[d]!.lat];
		let best = Infinity;
		for (const n of outside) best = Math.min(best, planeKm(nodeSet.plane, p, [n.lon, n.lat]));
		return best;
	};
	const pool = districts
		.filter((d) => next[d]!.faction === loser)
		.map((d) => ({ d, km: distance(d) }))
		.sort((a, b) => a.km - b.km || a.d - b.d)
		.map((x) => x.d);
	let taken: number[] = [];
	let contested: number[] = [];
	if (event.kind === 'capture' || event.kind === 'withdrawal') {
		const k = Math.ceil(pool.length * options.captureTakenShare);
		taken = pool.slice(0, k);
		contested = pool.slice(k);
	} else if (event.kind === 'entry') {
		const heldAlready = districts.filter((d) => next[d]!.faction === X).length;
		const k = Math.max(0, Math.ceil(districts.length * options.entryInferredShare) - heldAlready);
		const c = Math.ceil(districts.length * options.entryContestedShare);
		taken = pool.slice(0, k);
		contested = pool.slice(k, k + c);
	} else if (event.kind === 'clash') contested = pool.slice(0, Math.ceil(districts.length * options.entryContestedShare));
	for (const d of taken) {
		if (named.has(d) && next[d]!.status === 'reported') continue; // a district named today wins
		const before = next[d]!;
		next[d] = { faction: X, status: 'inferred', eventIds: [event.id] };
		protectedNodes.delete(d);
		const prior = captures.find((c) => c.node === d);
		if (prior) prior.eventIds = mergeIds(prior.eventIds, [event.id]);
		else captures.push({ node: d, from: before.faction, to: X, eventIds: [event.id] });
		named.add(d);
	}
	for (const d of contested) {
		if (named.has(d)) continue;
		const before = next[d]!;
		next[d] = { faction: before.faction, status: 'contested', eventIds: mergeIds(before.status === 'contested' ? before.eventIds : [], [event.id]) };
		named.add(d);
	}
}

/**
 * Places the text does not name. (a) Corridor: the loser's places within a few km of the line
 * from the captor's nearest old position to a captured place fall behind the new front.
 * (b) Encirclement: a loser's place whose boundary is mostly shared with the captor's ground,
 * near a place captured that day, goes too — repeated until nothing moves. Named places keep
 * their reported status; targets of an advance only go when wholly surrounded.
 */
function infer(
	prev: NodeState[],
	next: NodeState[],
	captures: Capture[],
	named: Set<number>,
	protectedNodes: Set<number>,
	nodeSet: NodeSet,
	graph: CellGraph,
	options: TerritoryOptions
): void {
	if (captures.length === 0) return;
	const { nodes, plane } = nodeSet;
	const take = (n: number, to: Faction, ids: string[]) => {
		next[n] = { faction: to, status: 'inferred', eventIds: ids };
	};
	// (0) a recapture voids what was inferred from the lost capture alone.
	for (const c of captures) {
		if (!c.revoked || c.revoked.length === 0) continue;
		const revoked = new Set(c.revoked);
		for (let n = 0; n < next.length; n++) {
			const s = next[n]!;
			if (s.status === 'inferred' && s.faction === c.from && !named.has(n) && s.eventIds.every((id) => revoked.has(id))) take(n, c.to, c.eventIds);
		}
	}
	// (a) corridors, from the ground each captor held before today.
	for (const c of captures) {
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
			if (n.city || named.has(n.index) || protectedNodes.has(n.index)) continue;
			if (next[n.index]!.faction !== c.from) continue;
			const { km, t } = pointSegmentKm(plane, [n.lon, n.lat], a, b);
			if (t > 0 && km <= options.corridorHalfWidthKm) take(n.index, c.to, c.eventIds);
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
				take(n, to, [...ids].sort());
				wake(n);
			}
		}
	}
}

function readOverrides(
	fc: FeatureCollection<Polygon | MultiPolygon>,
	nodeSet: NodeSet,
	start: number,
	end: number,
	diagnostics: Diagnostic[]
): Override[] {
	if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error('overrides must be a GeoJSON FeatureCollection');
	const out: Override[] = [];
	fc.features.forEach((f: Feature<Polygon | MultiPolygon>, i) => {
		const p = f.properties ?? {};
		const where = `overrides feature ${i}`;
		if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
			throw new Error(`${where}: geometry must be a Polygon or MultiPolygon`);
		if (!FACTION_SET.has(p.faction)) throw new Error(`${where}: properties.faction must be one of opposition, sna, government, sdf`);
		let from: number;
		let until: number;
		try {
			from = dayNumber(p.date);
			until = p.until === undefined || p.until === null ? end : dayNumber(p.until);
		} catch (err) {
			throw new Error(`${where}: properties.date/until: ${(err as Error).message}`);
		}
		if (until < from) throw new Error(`${where}: properties.until is before properties.date`);
		if (from > end || until < start) {
			diagnostics.push(diag('info', 'override-outside-timeline', `${where} (${p.date}) lies outside the timeline; ignored`));
			return;
		}
		const polys = polygonalCoords(f.geometry);
		const nodes = nodeSet.nodes.filter((n) => pointInPolygonal([n.lon, n.lat], polys)).map((n) => n.index);
		if (nodes.length === 0) diagnostics.push(diag('warning', 'override-empty', `${where} (${p.date}) contains no place; it changes nothing`));
		const id = typeof p.id === 'string' && p.id ? p.id : `override:${p.date}:${i}`;
		out.push({ id, from: Math.max(from, start), until, faction: p.faction, nodes });
	});
	return out;
}

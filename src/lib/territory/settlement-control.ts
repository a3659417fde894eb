// Controller of every node on every change day: the baseline, then each day's events (places,
// then cities, then regions), then the rules for what the reports imply (corridors and
// encirclement, captures along a road, collapse, contested places gone quiet, pockets), then
// analyst overrides on top. The state of a node is an immutable object, reused while unchanged,
// so later stages compare by reference. The rules and their knobs: geodata/control/README.md.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ConflictEvent, ControlStatus, Diagnostic, Faction, GazetteerEntry } from '../domain/types';
import { precisionHalfSpanDays } from '../domain/time-precision';
import { dayNumber } from '../geo/days';
import { applyCityEvent } from './city-events';
import { applyCollapse } from './collapse';
import { CONTROL_KINDS, type TerritoryOptions } from './config';
import { resolveContested } from './contested-timeout';
import type { NodeSet } from './control-nodes';
import {
	advancingOn,
	diag,
	eventFaction,
	whoTakesOver,
	unattributedBehindLines,
	namedLoser,
	mergeIds,
	placedByReport,
	sameState,
	type Capture,
	type DayContext,
	type NodeState
} from './control-state';
import { planeKm } from './geometry';
import { infer } from './inference';
import { contestOutskirts } from './outskirts';
import { readOverrides } from './overrides';
import { PocketWatch } from './pockets';
import { SeatWatch, seatPlaces } from './seat-falls';
import { RecentTakers, type RecentView } from './recent-takers';
import { applyRegionEvent } from './region-claims';
import type { RegionScope } from './regions';
import type { RouteRuns } from './route-control';
import { fillRoutes } from './route-fill';
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

/** Within a day: advances and clashes first, so a capture the same day wins over a clash; a collapse last. */
// A withdrawal by the side holding the place (or by no named side) comes before the day's entries and
// captures: "the army withdrew and the rebels took X". One by another side comes after them: it left
// what it had just entered ("reached Hama but later withdrew").
const KIND_ORDER: Record<string, number> = {
	advance: 0,
	clash: 1,
	'withdrawal-by-holder': 2,
	entry: 3,
	capture: 4,
	withdrawal: 5,
	collapse: 6
};

/** Region events that move ground; a clash or an advance "in Idlib province" names no place that changed hands. */
const REGION_KINDS = new Set(['capture', 'entry', 'withdrawal']);
/** Events that report a side taking a place: what recent-takers.ts remembers. */
const TAKING_KINDS: ReadonlySet<string> = new Set(['capture', 'entry']);

export interface ControlInput {
	nodeSet: NodeSet;
	graph: CellGraph;
	gazetteer: Map<string, GazetteerEntry>;
	events: ConflictEvent[];
	overrides: FeatureCollection<Polygon | MultiPolygon>;
	/** Which places a region or country event speaks for (regions.ts). */
	regions: RegionScope;
	/** Route runs (route-control.ts), for captures along a road. */
	routes: RouteRuns[];
	start: number;
	end: number;
	options: TerritoryOptions;
}

type Target = { node: number } | { city: string } | { region: GazetteerEntry; members: number[] };

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
			diagnostics.push(
				diag(
					'warning',
					'bad-event-date',
					`event ${e.id}: date ${JSON.stringify(e.date)} is not YYYY-MM-DD; ignored`
				)
			);
			continue;
		}
		// a change known only to its month ("in late November, rebels took X") had happened by the month's end:
		// drawn from then, not from the middle, where it would come before the fighting that made it. (Not a
		// week's: measured, moving those to the week's end lost 0.8 on all 218 articles as given.)
		if (e.time_precision === 3) day += precisionHalfSpanDays(3);
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
	// Change days; the timed rules (pockets, contested places) add the days they fall due.
	const days = [...daySet].sort((a, b) => a - b);
	const schedule = (day: number | null) => {
		if (day === null || day > end || daySet.has(day)) return;
		daySet.add(day);
		let i = days.length;
		while (i > 0 && days[i - 1]! > day) i--;
		days.splice(i, 0, day);
	};

	const baselineStates = new Map<Faction, NodeState>();
	let current: NodeState[] = nodes.map((n) => {
		let s = baselineStates.get(n.baseline);
		if (!s)
			baselineStates.set(
				n.baseline,
				(s = { faction: n.baseline, status: 'baseline', rule: 'baseline', eventIds: [] })
			);
		return s;
	});
	const pockets = new PocketWatch(graph, current);
	const lastNews = new Int32Array(nodes.length).fill(start);
	const protectedNodes = new Set<number>();
	/** The last day an advance on each place was reported (seat-falls.ts: such a place may hold out). */
	const lastAdvance = new Map<number, number>();
	const opposing = new Set(options.opposingPairs.map((p) => [...p].sort().join('|')));
	const withdrawals = new Map(
		input.events.filter((e) => e.kind === 'withdrawal').map((e) => [e.id, e.faction] as const)
	);
	const seats = new SeatWatch(seatPlaces(nodeSet, gazetteer, input.regions), current, graph, withdrawals);
	const takers = new RecentTakers(nodeSet, options);
	const states: NodeState[][] = [];
	for (let k = 0; k < days.length; k++) {
		const day = days[k]!;
		const prev = current;
		const next = prev.slice();
		const named = new Set<number>();
		const captures: Capture[] = [];
		const recent: RecentView = { takers, day };
		const ctx: DayContext = { day, next, nodeSet, graph, options, opposing, named, diagnostics, recent };
		// the holder of an event's place at the day's start, for the order of withdrawals
		const holderOf = (event: ConflictEvent): Faction | null => {
			const node = nodeSet.byPlace.get(event.place_id);
			if (node !== undefined) return prev[node]!.faction;
			const city = nodeSet.cities.get(event.place_id);
			return city ? (prev[city.districts[0]!]?.faction ?? null) : null;
		};
		const order = (e: ConflictEvent) =>
			KIND_ORDER[
				e.kind === 'withdrawal' && (!e.faction || e.faction === holderOf(e)) ? 'withdrawal-by-holder' : e.kind
			] ?? 9;
		const events = (byDay.get(day) ?? []).sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : 1));
		const cityEvents: { city: string; event: ConflictEvent }[] = [];
		const regionEvents: { entry: GazetteerEntry; members: number[]; event: ConflictEvent }[] = [];
		const collapses: ConflictEvent[] = [];
		// the day's reported takings count before its withdrawals are given away (recent-takers.ts)
		for (const event of events) {
			if (!TAKING_KINDS.has(event.kind) || !event.faction) continue;
			const city = nodeSet.cities.get(event.place_id);
			const node = nodeSet.byPlace.get(event.place_id) ?? city?.districts[0];
			if (node !== undefined) takers.note(node, event.faction, day);
		}

		for (const event of events) {
			if (event.kind === 'collapse') {
				collapses.push(event);
				continue;
			}
			const reopened =
				event.kind === 'advance' &&
				reopenInferredHold(event, prev, states, next, nodeSet, named, diagnostics);
			const place = gazetteer.get(event.place_id);
			// "rebels at the gates of Damascus": the fighting is in the city's suburbs
			if (event.kind === 'advance' && place)
				for (const n of contestOutskirts(event, place, ctx)) named.add(n);
			if (event.geo_precision === 2 && place && options.nearEventSparesKinds.includes(place.kind)) {
				if (reopened) continue;
				diagnostics.push(
					diag(
						'info',
						'event-near-place',
						`event ${event.id}: a ${event.kind} near ${place.name}, not in it; the ${place.kind} stays as it was`
					)
				);
				continue;
			}
			const target = resolveTarget(event, nodeSet, gazetteer, input.regions, options, diagnostics);
			if (target === null) continue;
			if ('city' in target) {
				cityEvents.push({ city: target.city, event });
				continue;
			}
			if ('region' in target) {
				if (REGION_KINDS.has(event.kind))
					regionEvents.push({ entry: target.region, members: target.members, event });
				else
					diagnostics.push(
						diag(
							'info',
							'region-event-idle',
							`event ${event.id}: a ${event.kind} in ${target.region.name} names no place that changed hands; it moves no control`
						)
					);
				continue;
			}
			if (event.kind === 'advance') {
				protectedNodes.add(target.node);
				lastAdvance.set(target.node, day);
				continue;
			}
			named.add(target.node);
			applyNodeEvent(
				target.node,
				event,
				next,
				captures,
				nodeSet,
				graph,
				diagnostics,
				protectedNodes,
				opposing,
				options,
				recent
			);
		}
		for (const { city, event } of cityEvents)
			applyCityEvent(
				city,
				event,
				next,
				captures,
				nodeSet,
				graph,
				options,
				diagnostics,
				named,
				protectedNodes,
				opposing,
				recent
			);
		for (const n of named) lastNews[n] = day;
		for (const { entry, members, event } of regionEvents) applyRegionEvent(event, entry, members, ctx);

		// the road first, so that what it moves counts when encirclement looks at a place's neighbours
		fillRoutes(input.routes, captures, ctx);
		// settlements a report put in fighting today: the way there is the attacker's (inference.ts (a))
		const contests: Capture[] = [];
		for (let n = 0; n < next.length; n++) {
			const s = next[n]!;
			if (
				s.status === 'contested' &&
				s.contester &&
				prev[n]!.status !== 'contested' &&
				named.has(n) &&
				(options.contestCorridorKinds as string[]).includes(nodes[n]!.kind)
			)
				contests.push({ node: n, from: s.faction, to: s.contester, eventIds: s.eventIds });
		}
		infer(prev, next, captures, named, protectedNodes, nodeSet, graph, options, contests);
		for (const event of collapses) {
			const scope = collapseScope(event, nodeSet, gazetteer, input.regions, diagnostics);
			if (scope) applyCollapse(event, scope.nodes, scope.name, ctx);
		}
		schedule(resolveContested(ctx, lastNews));
		schedule(pockets.step(ctx));
		schedule(seats.step(ctx, lastAdvance));
		current = next;

		// Overrides sit on top of the model's state; events keep moving the state beneath them.
		const effective = current.slice();
		for (const o of overrides) {
			if (day < o.from || day > o.until) continue;
			const s: NodeState = { faction: o.faction, status: 'override', rule: 'override', eventIds: [o.id] };
			for (const n of o.nodes) effective[n] = s;
		}
		const last = states[states.length - 1];
		if (last)
			for (let i = 0; i < effective.length; i++)
				if (sameState(effective[i]!, last[i]!)) effective[i] = last[i]!;
		states.push(effective);
	}
	return { days, states, diagnostics };
}

/** The places a collapse speaks for: the country, a region, a city's districts or one place. */
function collapseScope(
	event: ConflictEvent,
	nodeSet: NodeSet,
	gazetteer: Map<string, GazetteerEntry>,
	regions: RegionScope,
	diagnostics: Diagnostic[]
): { nodes: number[]; name: string } | null {
	const entry = gazetteer.get(event.place_id);
	const name = entry?.name ?? event.place_id;
	const node = nodeSet.byPlace.get(event.place_id);
	if (node !== undefined) return { nodes: [node], name };
	const city = nodeSet.cities.get(event.place_id);
	if (city) return { nodes: city.districts, name };
	const members = entry ? regions.nodesOf(entry) : null;
	if (members) return { nodes: members, name };
	diagnostics.push(
		diag(
			'warning',
			'collapse-place-unknown',
			`event ${event.id}: a collapse at ${name} (${entry?.kind ?? 'not in the gazetteer'}) names no place, region or country of the map; it moves nothing`
		)
	);
	return null;
}

/** The node, the city (represented by districts) or the region an event is at; null when it moves nothing. */
function resolveTarget(
	event: ConflictEvent,
	nodeSet: NodeSet,
	gazetteer: Map<string, GazetteerEntry>,
	regions: RegionScope,
	options: TerritoryOptions,
	diagnostics: Diagnostic[]
): Target | null {
	const direct = nodeSet.byPlace.get(event.place_id);
	if (direct !== undefined) return { node: direct };
	if (nodeSet.cities.has(event.place_id)) return { city: event.place_id };
	const entry = gazetteer.get(event.place_id);
	if (!entry) {
		diagnostics.push(
			diag(
				'warning',
				'event-place-unknown',
				`event ${event.id}: place ${event.place_id} is not in the gazetteer; it moves no control`
			)
		);
		return null;
	}
	const members = regions.nodesOf(entry);
	if (members) return { region: entry, members };
	if (entry.kind === 'facility' || entry.kind === 'airport' || entry.kind === 'base') {
		let best: number | null = null;
		let bestKm = options.facilitySnapKm;
		for (const n of nodeSet.nodes) {
			if (n.kind === 'anchor') continue;
			const km = planeKm(nodeSet.plane, [entry.lon, entry.lat], [n.lon, n.lat]);
			if (km <= bestKm) [best, bestKm] = [n.index, km];
		}
		if (best !== null) return { node: best };
	}
	diagnostics.push(
		diag(
			'info',
			'event-place-not-held',
			`event ${event.id}: ${entry.name} (${entry.kind}) is not a place that holds ground here; it moves no control`
		)
	);
	return null;
}

/**
 * "Rebels now hold three sides of X", "are closing in on X": a side still advancing on a place near it (an
 * advance located near the place, not in it) that the model gave it only by inference on an earlier day (a
 * withdrawal told, a pocket, a seat's fall) has not taken it. The place goes back to the side that held it
 * before that inference, fought for, until a report of its fall. Not after a collapse or the capital's fall:
 * those end the state. What else was inferred from the same news stays: measured, the towns a seat's fall had
 * brought had in fact fallen by the time the news corrected the seat (late18's Hama, 30 Nov – 4 Dec 2024).
 * Cities drawn by their districts are left to the city rules. Returns whether the place was reopened.
 */
function reopenInferredHold(
	event: ConflictEvent,
	prev: NodeState[],
	states: NodeState[][],
	next: NodeState[],
	nodeSet: NodeSet,
	named: Set<number>,
	diagnostics: Diagnostic[]
): boolean {
	const node = nodeSet.byPlace.get(event.place_id);
	if (node === undefined || event.geo_precision !== 2) return false;
	const before = prev[node]!;
	if (before.status !== 'inferred' || next[node] !== before || event.faction !== before.faction) return false;
	if (before.rule === 'collapse' || before.rule === 'capital') return false;
	// the holder before the inferred run began (the days' states, overrides aside, as drawn)
	let k = states.length - 1;
	while (k >= 0 && sameState(states[k]![node]!, before)) k--;
	const earlier = k >= 0 ? states[k]![node]!.faction : nodeSet.nodes[node]!.baseline;
	if (earlier === before.faction) return false;
	diagnostics.push(
		diag(
			'info',
			'advance-on-inferred',
			`event ${event.id}: ${before.faction} still advancing on ${nodeSet.nodes[node]!.name}, which the model had inferred it held; contested again`
		)
	);
	next[node] = {
		faction: earlier,
		status: 'contested',
		rule: 'report',
		contester: before.faction,
		eventIds: [event.id]
	};
	// news of the place: the quiet that resolves a fight counts from today (contested-timeout.ts)
	named.add(node);
	return true;
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
	opposing: Set<string>,
	options: TerritoryOptions,
	recent: RecentView
): void {
	const before = next[node]!;
	const actor = eventFaction(event, diagnostics);
	const loser = namedLoser(event, actor);
	if (loser && loser !== before.faction) {
		diagnostics.push(
			diag(
				'info',
				'loser-not-holder',
				`event ${event.id}: ${loser} lost ${nodeSet.nodes[node]!.name}, which the model has as ${before.faction}; no change`
			)
		);
		return;
	}
	if (
		!actor &&
		!loser &&
		(event.kind === 'capture' || event.kind === 'entry') &&
		options.unattributedMovesBaselineOnly &&
		before.status !== 'baseline' &&
		// fought over but still with its first holder ("following clashes, groups took the town"): no change of
		// hands yet to restate
		!(before.status === 'contested' && before.faction === nodeSet.nodes[node]!.baseline)
	) {
		diagnostics.push(
			diag(
				'info',
				'unattributed-after-change',
				`event ${event.id}: a ${event.kind} of ${nodeSet.nodes[node]!.name} naming no side, after it changed hands; taken as a restatement, no change`
			)
		);
		return;
	}
	if (
		!actor &&
		!loser &&
		unattributedBehindLines(
			event,
			[node],
			before.faction,
			nodeSet.nodes[node]!.name,
			next,
			graph,
			recent,
			options,
			diagnostics
		)
	)
		return;
	// ACLED geo_precision 2 is "near the place": a capture near a village is fighting there, not
	// its fall; 3 (only the wider region) says nothing about the place itself.
	const near = (event.kind === 'capture' || event.kind === 'entry') && event.geo_precision === 2;
	// "entered the city": fighting inside a city drawn as one place, not its fall (a town entered is taken)
	const cityEntered =
		event.kind === 'entry' &&
		(options.entryContestsKinds as string[]).includes(nodeSet.nodes[node]!.kind) &&
		actor !== before.faction;
	if (
		(event.kind === 'capture' || event.kind === 'entry' || event.kind === 'withdrawal') &&
		event.geo_precision === 3
	) {
		diagnostics.push(
			diag(
				'info',
				'event-too-vague',
				`event ${event.id}: a ${event.kind} located only by its region moves no control`
			)
		);
		return;
	}
	if (event.kind === 'clash' || near || cityEntered) {
		if (before.status === 'reported' && captures.some((c) => c.node === node)) return;
		// fighting told of the side a report has already given the place ("attacking the army in Aleppo and Hama,
		// capturing both"): the fight that won it told again, no new contest
		if (event.kind === 'clash' && actor === before.faction && before.status === 'reported') {
			diagnostics.push(
				diag(
					'info',
					'clash-by-holder',
					`event ${event.id}: fighting by ${actor}, which a report already has holding the place; no change`
				)
			);
			return;
		}
		// who fights the holder: the side the report names; when it names the holder's own fight ("troops
		// killed hundreds who attacked their positions in X"), only a side taking ground near the place, not
		// one merely bordering it, so no way to the place is drawn for a bordering side (inference.ts (a)) and
		// with none the quiet gives it back (contested-timeout.ts); a fight naming no side keeps whoTakesOver
		const contester =
			actor && actor !== before.faction
				? actor
				: (before.contester ??
					(actor === before.faction
						? advancingOn([node], before.faction, opposing, recent)
						: whoTakesOver([node], before.faction, next, graph, nodeSet, opposing, recent, null)) ??
					undefined);
		next[node] = {
			faction: before.faction,
			status: 'contested',
			rule: 'report',
			...(contester ? { contester } : {}),
			eventIds: mergeIds(before.status === 'contested' ? before.eventIds : [], [event.id])
		};
		return;
	}
	let to: Faction | null;
	let status: ControlStatus = 'reported';
	if (event.kind === 'withdrawal') {
		// The actor left; whoever faces it takes over (inferred: the text says who left, not who came).
		const leaver = actor ?? before.faction;
		if (leaver !== before.faction) {
			diagnostics.push(
				diag(
					'info',
					'withdrawal-not-holder',
					`event ${event.id}: ${leaver} withdrew from ${nodeSet.nodes[node]!.name}, which the model has as ${before.faction}; no change`
				)
			);
			return;
		}
		to =
			event.counter_faction ??
			whoTakesOver([node], before.faction, next, graph, nodeSet, opposing, recent, before.contester);
		status = 'inferred';
	} else {
		to = actor ?? whoTakesOver([node], before.faction, next, graph, nodeSet, opposing, recent, null);
		if (!actor && to)
			diagnostics.push(
				diag(
					'info',
					'capture-actor-inferred',
					`event ${event.id}: no actor stated; the capture of ${nodeSet.nodes[node]!.name} is credited to ${to}, the enemy taking ground nearby or facing it`
				)
			);
	}
	if (!to) {
		diagnostics.push(
			diag(
				'warning',
				'capture-without-captor',
				`event ${event.id}: cannot tell who took ${nodeSet.nodes[node]!.name}; no change`
			)
		);
		return;
	}
	const sameDay = captures.find((c) => c.node === node);
	if (sameDay && sameDay.to !== to)
		diagnostics.push(
			diag(
				'warning',
				'conflicting-captures',
				`events ${sameDay.eventIds.join(', ')} and ${event.id} give ${nodeSet.nodes[node]!.name} to different factions on one day; the later id wins`
			)
		);
	const ids = sameDay && sameDay.to === to ? mergeIds(sameDay.eventIds, [event.id]) : [event.id];
	next[node] = { faction: to, status, rule: status === 'inferred' ? 'withdrawal' : 'report', eventIds: ids };
	protectedNodes.delete(node);
	if (sameDay && sameDay.from === to) {
		// Taken and left again the same day: no capture remains (a capture from X to X would make
		// the encirclement worklist in inference.ts flip X's places to X forever).
		captures.splice(captures.indexOf(sameDay), 1);
	} else if (sameDay) {
		sameDay.to = to;
		sameDay.eventIds = ids;
	} else if (before.faction !== to)
		// only a place its own report gave away (named, or left by its holder) takes back what was
		// inferred from that report: one town of a province won back does not undo the fall of the
		// province's seat, nor a region claim
		captures.push({
			node,
			from: before.faction,
			to,
			eventIds: ids,
			...(placedByReport(before) || before.rule === 'withdrawal' ? { revoked: before.eventIds } : {})
		});
}

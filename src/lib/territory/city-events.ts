// Events that name a city represented by its districts ("entered Aleppo", "captured Aleppo").
import type { ConflictEvent, Diagnostic, Faction } from '../domain/types';
import type { TerritoryOptions } from './config';
import type { RecentView } from './recent-takers';
import type { NodeSet } from './control-nodes';
import {
	baselineHolder,
	diag,
	whoTakesOver,
	unattributedBehindLines,
	eventFaction,
	heaviest,
	mergeIds,
	namedLoser,
	type Capture,
	type NodeState
} from './control-state';
import { planeKm } from './geometry';
import type { CellGraph } from './voronoi-cells';

/**
 * A city named as a whole: its districts nearest the attacker's ground go first. "Entered X"
 * takes a share (inferred) and contests the next; "captured X" takes the share of the districts the
 * loser still holds that `captureTakenShare` says (inferred: the text names the city, not the districts)
 * and contests the rest, or, when the text says half or a part of it was taken ("half of X"), enough
 * for the attacker to hold that share (`regionExtentShare`); a withdrawal works like a capture by the side facing the
 * leaver (news says "pulled back from Aleppo" when the army left the west of the city, not every
 * district).
 */
export function applyCityEvent(
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
	opposing: Set<string>,
	recent: RecentView
): void {
	const districts = nodeSet.cities.get(city)!.districts;
	const name = nodeSet.cities.get(city)!.entry.name;
	const count = new Map<Faction, number>();
	for (const d of districts) count.set(next[d]!.faction, (count.get(next[d]!.faction) ?? 0) + 1);
	const holder = heaviest(count)!;
	if (event.kind === 'advance') {
		for (const d of districts) protectedNodes.add(d);
		return;
	}
	if (event.geo_precision === 3 && event.kind !== 'clash') {
		diagnostics.push(
			diag(
				'info',
				'event-too-vague',
				`event ${event.id}: a ${event.kind} located only by its region moves no control in ${name}`
			)
		);
		return;
	}
	const actor = eventFaction(event, diagnostics);
	const namedAsLoser = namedLoser(event, actor);
	// nothing of the city left to lose
	if (namedAsLoser && !districts.some((d) => next[d]!.faction === namedAsLoser)) return;
	// A report naming no side, after the city changed hands, is more often a later article restating the change
	// than a reversal: no change. For a capture or an entry, the city changed hands once any district did; for a
	// withdrawal ("people left Aleppo" days after the rebels took it), once its main holder is not the one of the
	// start: the leaver would be that new holder, and handing the whole city back on that guess undoes the news
	// (a single place is left to settlement-control.ts)
	if (!actor && !namedAsLoser && options.unattributedMovesBaselineOnly) {
		let changed: boolean;
		if (event.kind === 'withdrawal') changed = baselineHolder(districts, nodeSet) !== holder;
		else changed = districts.some((d) => next[d]!.status !== 'baseline');
		if (changed) {
			diagnostics.push(
				diag(
					'info',
					'unattributed-after-change',
					`event ${event.id}: a ${event.kind} of ${name} naming no side, after ${name} changed hands; taken as a restatement, no change`
				)
			);
			return;
		}
	}
	if (
		!actor &&
		!namedAsLoser &&
		unattributedBehindLines(event, districts, holder, name, next, graph, recent, options, diagnostics)
	)
		return;
	let attacker: Faction | null;
	let loser: Faction | undefined;
	if (event.kind === 'withdrawal') {
		loser = actor ?? holder;
		// The recipient: as for a place (control-state.ts whoTakesOver); the side fighting in the city is the one the
		// army leaves the districts to that "the rebels have entered"
		const left = districts.filter((d) => next[d]!.faction === loser);
		attacker =
			event.counter_faction ??
			(left.length
				? whoTakesOver(left, loser, next, graph, nodeSet, opposing, recent, mainContester(left, next))
				: null);
	} else {
		attacker = actor ?? whoTakesOver(districts, holder, next, graph, nodeSet, opposing, recent, null);
		// The loser: whoever holds most of the districts the attacker does not.
		loser = heaviest(new Map([...count].filter(([f]) => f !== attacker)));
		if (!loser) return; // the attacker holds every district already
	}
	if (!attacker) {
		diagnostics.push(
			diag(
				'warning',
				'city-event-without-attacker',
				`event ${event.id}: cannot tell who is taking ${name}; no change`
			)
		);
		return;
	}
	// A city handed back to its first holder after it changed hands is news every outlet carries; told by one
	// article, it is far more often a restatement read with the wrong side or day than a reversal
	const articles = new Set(event.sources.map((s) => s.article)).size;
	if (options.cityReversalSources > 1 && articles < options.cityReversalSources) {
		const first = baselineHolder(districts, nodeSet);
		if (attacker === first && holder !== first) {
			diagnostics.push(
				diag(
					'info',
					'city-reversal-uncorroborated',
					`event ${event.id}: ${attacker} taking ${name} back, told by ${articles} article(s) (fewer than ${options.cityReversalSources}); no change`
				)
			);
			return;
		}
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
	if (event.kind === 'capture' && (event.extent === 'half' || event.extent === 'part')) {
		// "control half of Aleppo": the attacker holds that share of the districts afterwards, the rest fought
		// over ("most of Aleppo" is the city taken, as the maps of the day drew it; a side leaving "parts of" a
		// city leaves what it held there, which its share of the whole does not say)
		const heldAlready = districts.filter((d) => next[d]!.faction === X).length;
		const k = Math.max(
			0,
			Math.ceil(districts.length * options.regionExtentShare[event.extent]) - heldAlready
		);
		taken = pool.slice(0, k);
		contested = pool.slice(k);
	} else if (event.kind === 'capture' || event.kind === 'withdrawal') {
		const k = Math.ceil(pool.length * options.captureTakenShare);
		taken = pool.slice(0, k);
		contested = pool.slice(k);
	} else if (event.kind === 'entry') {
		const heldAlready = districts.filter((d) => next[d]!.faction === X).length;
		const k = Math.max(0, Math.ceil(districts.length * options.entryInferredShare) - heldAlready);
		const c = Math.ceil(districts.length * options.entryContestedShare);
		taken = pool.slice(0, k);
		contested = pool.slice(k, k + c);
	} else if (event.kind === 'clash')
		contested = pool.slice(0, Math.ceil(districts.length * options.entryContestedShare));
	for (const d of taken) {
		if (named.has(d) && next[d]!.status === 'reported') continue; // a district named today wins
		const before = next[d]!;
		next[d] = { faction: X, status: 'inferred', rule: 'city', eventIds: [event.id] };
		protectedNodes.delete(d);
		const prior = captures.find((c) => c.node === d);
		if (prior) prior.eventIds = mergeIds(prior.eventIds, [event.id]);
		else captures.push({ node: d, from: before.faction, to: X, eventIds: [event.id] });
		named.add(d);
	}
	for (const d of contested) {
		if (named.has(d)) continue;
		const before = next[d]!;
		next[d] = {
			faction: before.faction,
			status: 'contested',
			rule: 'city',
			contester: X,
			eventIds: mergeIds(before.status === 'contested' ? before.eventIds : [], [event.id])
		};
		named.add(d);
	}
}

/** The side contesting most of `nodes`, or null when none of them is fought over. */
function mainContester(nodes: number[], state: NodeState[]): Faction | null {
	const count = new Map<Faction, number>();
	for (const n of nodes) {
		const c = state[n]!.contester;
		if (state[n]!.status === 'contested' && c) count.set(c, (count.get(c) ?? 0) + 1);
	}
	return heaviest(count) ?? null;
}

// Region claims: a capture, entry or withdrawal whose place is a province, "the countryside of X"
// or another named area ("took over Idlib province", "most of Daraa province is now held by
// local factions", "the army left Deir ez-Zor province"). The places no report puts elsewhere
// change hands, nearest to the new holder's ground first, until the new holder has the stated
// share of the region's area (config.ts `regionExtentShare`).
import type { ConflictEvent, Faction, GazetteerEntry } from '../domain/types';
import {
	diag,
	eventFaction,
	whoTakesOver,
	mainHolder,
	baselineHolder,
	opposes,
	placedByReport,
	type DayContext
} from './control-state';
import { growFrom } from './grow';

/**
 * Moves the region's unreported places for one region event; returns the nodes it moved.
 * A capture or entry gives them to its actor (or, unstated, to the side taking ground near the
 * region's main holder lately, else the side facing it); a withdrawal hands the leaver's places to the event's `counter_faction`, else
 * to the side holding the most ground next to them.
 */
export function applyRegionEvent(
	event: ConflictEvent,
	entry: GazetteerEntry,
	members: number[],
	ctx: DayContext
): number[] {
	const { next, graph, nodeSet, options, diagnostics, opposing, named } = ctx;
	if (members.length === 0) {
		diagnostics.push(
			diag(
				'info',
				'region-empty',
				`event ${event.id}: ${entry.name} holds no place of the map; it moves nothing`
			)
		);
		return [];
	}
	const actor = eventFaction(event, diagnostics);
	let to: Faction | null;
	let loser: Faction | null;
	if (event.kind === 'withdrawal' && !actor) {
		// "people were evacuated from the west of the province": with no leaver named, the region's main holder may be the side that
		// has just taken it; a region is too much to hand over on a guess (one place is not: settlement-control.ts)
		diagnostics.push(
			diag(
				'info',
				'region-withdrawal-unattributed',
				`event ${event.id}: a withdrawal from ${entry.name} naming no side that left; it moves nothing`
			)
		);
		return [];
	}
	if (event.kind === 'withdrawal') {
		loser = actor;
		const left = members.filter((m) => next[m]!.faction === loser);
		to =
			event.counter_faction ??
			(loser && left.length
				? whoTakesOver(left, loser, next, graph, nodeSet, opposing, ctx.recent, null)
				: null);
	} else {
		const holder = mainHolder(members, next, graph);
		// "they went on to capture the province": a claim naming no side, once the region's main holder is no
		// longer the one of the baseline, is a later article restating the change, not a new one (as for a
		// place: unattributedMovesBaselineOnly)
		if (!actor && !event.counter_faction && options.unattributedMovesBaselineOnly) {
			if (holder !== baselineHolder(members, nodeSet, (m) => graph.areaKm2[m] ?? 0)) {
				diagnostics.push(
					diag(
						'info',
						'unattributed-after-change',
						`event ${event.id}: a ${event.kind} of ${entry.name} naming no side, after it changed hands; taken as a restatement, no change`
					)
				);
				return [];
			}
		}
		// unsaid, the side taking ground near the region's holder lately takes it, else the holder's enemy at its
		// edge ("they consolidated their hold on the province": the side of the offensive, not the holder's
		// other neighbour)
		to =
			actor ??
			(holder
				? whoTakesOver(
						members.filter((m) => next[m]!.faction === holder),
						holder,
						next,
						graph,
						nodeSet,
						opposing,
						ctx.recent,
						null
					)
				: null);
		// The loser: the enemy of the claimant holding the most of the region; an ally's ground stays
		// its own (the opposition taking "the Shahba area" leaves the SNA's Azaz to the SNA).
		loser = to
			? mainHolder(
					members,
					next,
					graph,
					(m) => opposes(opposing, to!, next[m]!.faction) && !placedByReport(next[m]!)
				)
			: null;
	}
	if (!to || !loser || to === loser) {
		diagnostics.push(
			diag(
				'info',
				'region-claim-idle',
				`event ${event.id}: cannot tell who gains ${entry.name} from whom; it moves nothing`
			)
		);
		return [];
	}
	const share = options.regionExtentShare[event.extent ?? 'all'];
	// "most of", "half of" tell how much of the region the claimant's camp now holds, so the ground of sides
	// it does not fight (opposingPairs) counts as its own: its allies' ("the rebels hold most of the
	// province": HTS and the SNA), and between the government and the SDF, which do not fight each other
	// here, the other's; the loser's never does. "Parts of" tells a gain, measured on the claimant's own
	// ground (config.ts regionExtentShare), and "all" takes everything the loser holds there anyway.
	const camp = event.extent === 'most' || event.extent === 'half';
	let total = 0;
	let held = 0;
	for (const m of members) {
		total += graph.areaKm2[m] ?? 0;
		const f = next[m]!.faction;
		if (f === to || (camp && f !== loser && !opposes(opposing, to, f))) held += graph.areaKm2[m] ?? 0;
	}
	let need = share * total - held;
	if (need <= 1e-9) return [];
	// A city drawn by its districts is news of its own: only a claim on all of the region takes it
	// ("most of Hama province" does not say the city of Hama fell).
	const whole = (event.extent ?? 'all') === 'all';
	const candidates = members.filter(
		(m) =>
			next[m]!.faction === loser &&
			!placedByReport(next[m]!) &&
			!named.has(m) &&
			(whole || !nodeSet.nodes[m]!.city)
	);
	const seeds: number[] = [];
	for (let n = 0; n < next.length; n++) if (next[n]!.faction === to) seeds.push(n);
	const { km } = growFrom(graph, nodeSet, seeds, () => true);
	candidates.sort((a, b) => km[a]! - km[b]! || a - b);
	const moved: number[] = [];
	const state = { faction: to, status: 'inferred' as const, rule: 'region' as const, eventIds: [event.id] };
	for (const m of candidates) {
		if (need <= 1e-9) break;
		next[m] = state;
		need -= graph.areaKm2[m] ?? 0;
		moved.push(m);
	}
	return moved;
}

// Seats of government. News of a fast offensive names the cities and leaves the country between them
// unsaid: "rebels took Daraa" on 6 December 2024 meant the province's towns too (the army left them the
// same day), and "rebels took Damascus" on 8 December meant the state was gone, its coast and desert
// included. Two rules say so, each a knob in config.ts:
//   - a governorate follows its seat: `seatFollowDays` after a side takes the seat from its holder
//     (`seatFollowDaysLeft` after the holder left it, by a withdrawal or a handover), the
//     holder's places of that governorate that no report places go to the sides around them, as in a
//     collapse: each to the side whose ground in the governorate is nearest, mostly the taker (the
//     Kuweires airbase, by the SNA's al-Bab, went to the SNA when Aleppo fell to the opposition);
//   - the state follows its capital: the day a side takes the capital, what its holder still holds
//     anywhere goes to the sides around it, as in a collapse (collapse.ts).
// The seats are the gazetteer's (`seat`, from GeoNames' feature codes), so another theatre gets them too.
import type { Faction, GazetteerEntry } from '../domain/types';
import { collapseSide } from './collapse';
import type { NodeSet } from './control-nodes';
import { mainHolder, opposes, placedByReport, type DayContext, type NodeState } from './control-state';
import { isGovernorate, type RegionScope } from './regions';
import type { CellGraph } from './voronoi-cells';

interface SeatPlace {
	entry: GazetteerEntry;
	/** The seat's own nodes: the place, or its city's districts. */
	nodes: number[];
	/** The governorate's places (the whole country for the capital). */
	members: number[];
	/** The same, for lookups: the sides' ground in it is where its places go first. */
	memberSet: ReadonlySet<number>;
}

interface Pending {
	seat: SeatPlace;
	/** The day the seat fell, and the day its province follows. */
	fell: number;
	due: number;
	/** The seat's holder before it fell: the side whose places there go. */
	from: Faction;
	eventIds: string[];
}

/**
 * Who holds a seat: the side with most of its ground that is not fought over; null while less than
 * `minShare` of its ground is not (a city fought over but for a district left on its edge has not fallen).
 * (Not the city as the map draws it: a city stays drawn contested while a third of its districts are
 * fought over, and measured so, the province followed Aleppo days late; 15-article samples 89.5 → 88.0%.)
 */
function seatHolder(seat: SeatPlace, state: NodeState[], graph: CellGraph, minShare: number): Faction | null {
	let quiet = 0;
	let all = 0;
	for (const n of seat.nodes) {
		const area = graph.areaKm2[n] ?? 0;
		all += area;
		if (state[n]!.status !== 'contested') quiet += area;
	}
	if (quiet < all * minShare) return null;
	return mainHolder(seat.nodes, state, graph, (n) => state[n]!.status !== 'contested');
}

/** The seats of the map, with what follows each; a seat with no node on the map is left out. */
export function seatPlaces(
	nodeSet: NodeSet,
	gazetteer: Map<string, GazetteerEntry>,
	regions: RegionScope
): SeatPlace[] {
	const governorates = new Map<string, GazetteerEntry>();
	for (const e of gazetteer.values()) if (isGovernorate(e)) governorates.set(e.admin1!, e);
	const everyNode = nodeSet.nodes.map((n) => n.index);
	const out: SeatPlace[] = [];
	for (const entry of gazetteer.values()) {
		if (!entry.seat) continue;
		const node = nodeSet.byPlace.get(entry.id);
		const nodes = node !== undefined ? [node] : (nodeSet.cities.get(entry.id)?.districts ?? []);
		if (nodes.length === 0) continue;
		const region = entry.admin1 ? governorates.get(entry.admin1) : undefined;
		const members = entry.seat === 'country' ? everyNode : region ? regions.nodesOf(region) : null;
		if (members) out.push({ entry, nodes, members, memberSet: new Set(members) });
	}
	return out.sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
}

/** Whether a seat passing from `from` to `to` is a handover its governorate follows though they are no
 *  enemies (TerritoryOptions.seatHandoverPairs, each pair read in its order: from, to). */
const handedOver = (pairs: [Faction, Faction][], from: Faction, to: Faction) =>
	pairs.some(([a, b]) => a === from && b === to);

/** Watches the seats across change days: sees each fall and applies what follows it. */
export class SeatWatch {
	private pending: Pending[] = [];
	/** Each seat's holder when last seen held (a seat fought over has none until the fight ends). */
	private lastHolder = new Map<SeatPlace, Faction>();
	/** Seats fought for since they last changed hands: a district contested, or gone to another side. */
	private fought = new Set<SeatPlace>();
	/** Each seat's districts' holders when last seen. */
	private lastSeen = new Map<SeatPlace, Faction[]>();

	/** `withdrawals`: the side that left, by withdrawal event id (null: unsaid), by which a holder is seen to
	 *  have left a seat drawn by its districts (their rule is the city's, not the withdrawal's). */
	constructor(
		private seats: SeatPlace[],
		baseline: NodeState[],
		graph: CellGraph,
		private withdrawals: ReadonlyMap<string, Faction | null>
	) {
		for (const seat of seats) {
			const held = seatHolder(seat, baseline, graph, 0);
			if (held) this.lastHolder.set(seat, held);
		}
	}

	/**
	 * Sees the seats whose holder changed since it last saw them held (by whatever rule: a report, a
	 * contested city gone quiet), and applies what falls due today; returns the next day something
	 * falls due (so the timeline visits it), or null. Run after the day's other rules. `lastAdvance`: the
	 * last day an advance on each place was reported; a place an advance was heading for as its seat fell
	 * holds out as such a target does (inference.ts) and does not go with its province.
	 */
	step(ctx: DayContext, lastAdvance: ReadonlyMap<number, number>): number | null {
		const { next, graph, opposing, options, day } = ctx;
		for (const seat of this.seats) {
			// a district contested, or gone to another side since the last step, is a fight for the seat (an
			// enclave another side has always held, as the SDF's in Aleppo, is none); the fall's own step is
			// read before it counts
			const foughtBefore = this.fought.has(seat);
			const seen = this.lastSeen.get(seat);
			if (
				seat.nodes.some(
					(n, i) => next[n]!.status === 'contested' || (seen !== undefined && next[n]!.faction !== seen[i])
				)
			)
				this.fought.add(seat);
			this.lastSeen.set(
				seat,
				seat.nodes.map((n) => next[n]!.faction)
			);
			const to = seatHolder(seat, next, graph, options.seatHolderMinShare);
			if (!to) continue; // fought over: no fall yet
			const from = this.lastHolder.get(seat) ?? to;
			this.lastHolder.set(seat, to);
			if (!opposes(opposing, from, to) && !handedOver(options.seatHandoverPairs, from, to)) continue;
			this.fought.delete(seat);
			const eventIds = [...new Set(seat.nodes.flatMap((n) => next[n]!.eventIds))].sort();
			this.pending = this.pending.filter((p) => p.seat !== seat); // a newer fall replaces an older one
			// a seat its holder left (a withdrawal, a handover) takes its province at once; one fought for, a day on
			// (a city drawn by its districts is left when a withdrawal took them and no fight for them came
			// before: Aleppo, entered the day before the army left it, was fought for)
			const left =
				handedOver(options.seatHandoverPairs, from, to) ||
				seat.nodes.some((n) => next[n]!.rule === 'withdrawal') ||
				(!foughtBefore &&
					seat.nodes.some(
						(n) =>
							next[n]!.rule === 'city' &&
							next[n]!.eventIds.some((id) => {
								const leaver = this.withdrawals.get(id);
								return leaver !== undefined && (leaver === null || leaver === from);
							})
					));
			const due =
				seat.entry.seat === 'country'
					? day
					: day + (left ? options.seatFollowDaysLeft : options.seatFollowDays);
			this.pending.push({ seat, fell: day, due, from, eventIds });
		}
		let nextDue: number | null = null;
		const waiting: Pending[] = [];
		const wait = (p: Pending) => {
			waiting.push(p);
			nextDue = nextDue === null ? p.due : Math.min(nextDue, p.due);
		};
		for (const p of this.pending) {
			if (p.due > day) {
				wait(p);
				continue;
			}
			const holder = seatHolder(p.seat, next, graph, options.seatHolderMinShare);
			// fought over on the day it falls due: the province waits for the fight's end
			if (holder === null) wait({ ...p, due: day + 1 });
			// still with the taker (an enemy, or the side it was handed over to), or passed on to another of the
			// holder's enemies (the taker's ally): it goes
			else if (opposes(opposing, holder, p.from) || handedOver(options.seatHandoverPairs, p.from, holder))
				this.follow(p, ctx, lastAdvance);
			// the holder has it back: nothing follows
		}
		this.pending = waiting;
		return nextDue;
	}

	/** The seat's governorate (or, for the capital, the country) goes with it, to the sides around. */
	private follow(p: Pending, ctx: DayContext, lastAdvance: ReadonlyMap<number, number>): void {
		const { next, named } = ctx;
		const held = p.seat.members.filter((n) => next[n]!.faction === p.from && !named.has(n));
		if (p.seat.entry.seat === 'country') {
			// the state is gone: even the places a report had it holding
			collapseSide(p.from, null, new Set(held), p.eventIds, 'capital', p.seat.entry.name, ctx);
			return;
		}
		// a province goes, but a town a report places (held out, taken back) keeps what the report says, and
		// one an advance was reported heading for, the day before the seat fell or since, holds out as such a
		// target does (Nubl and al-Zahraa, a day past Aleppo)
		const headedFor = (n: number) => (lastAdvance.get(n) ?? -Infinity) >= p.fell - 1;
		const targets = held.filter((n) => !placedByReport(next[n]!) && !headedFor(n));
		collapseSide(
			p.from,
			null,
			new Set(targets),
			p.eventIds,
			'seat',
			p.seat.entry.name,
			ctx,
			p.seat.memberSet
		);
	}
}

// The `places` layer: each settlement with its controller, one feature per unchanged interval
// (the app's "who held Khan al-Asal on 29 Nov" reads this). A city represented by its districts
// gets the faction holding most of them, `contested` while they are split, and the counts.
import type { ControlRule, ControlStatus, Faction, GazetteerEntry } from '../domain/types';
import { isoDate } from '../geo/days';
import type { NodeSet } from './control-nodes';
import { opposes } from './control-state';
import { IntervalTracker, type Draft } from './intervals';
import type { NodeState } from './settlement-control';
import type { Feature } from 'geojson';
import { round6 } from './validate';

interface PlaceState {
	faction: Faction;
	status: ControlStatus;
	rule: ControlRule;
	eventIds: string[];
	districts?: Partial<Record<Faction, number>>;
}

function cityState(
	districts: number[],
	state: NodeState[],
	opposing: Set<string>,
	contestedShare: number
): PlaceState {
	const count: Partial<Record<Faction, number>> = {};
	const statuses = new Map<ControlStatus, number>();
	const rules = new Map<ControlRule, number>();
	const ids = new Set<string>();
	for (const d of districts) {
		const s = state[d]!;
		count[s.faction] = (count[s.faction] ?? 0) + 1;
		statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
		rules.set(s.rule, (rules.get(s.rule) ?? 0) + 1);
		for (const id of s.eventIds) ids.add(id);
	}
	const ranked = (Object.entries(count) as [Faction, number][]).sort(
		(a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
	);
	const faction = ranked[0]![0];
	const majorStatus = [...statuses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
	// Fighting in its districts, or split with a side opposing the main holder: the city is
	// contested once that is a real share of it (config.ts `cityContestedShare`). A quarter held by
	// a non-opposing faction (Aleppo's Kurdish districts under the government) never makes it so.
	let disputed = 0;
	for (const d of districts) {
		const s = state[d]!;
		if (s.status === 'contested' || opposes(opposing, s.faction, faction)) disputed++;
	}
	const contested = disputed > 0 && disputed >= contestedShare * districts.length;
	const sorted: Partial<Record<Faction, number>> = {};
	for (const [f, n] of [...ranked].sort((a, b) => (a[0] < b[0] ? -1 : 1))) sorted[f] = n;
	const majorRule = [...rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
	return {
		faction,
		status: contested && majorStatus !== 'override' ? 'contested' : majorStatus,
		rule: majorRule,
		eventIds: [...ids].sort(),
		districts: sorted
	};
}

function samePlace(a: PlaceState, b: PlaceState): boolean {
	return (
		a.faction === b.faction &&
		a.status === b.status &&
		a.rule === b.rule &&
		a.eventIds.join() === b.eventIds.join() &&
		JSON.stringify(a.districts ?? null) === JSON.stringify(b.districts ?? null)
	);
}

export function placesLayer(
	nodeSet: NodeSet,
	gazetteer: Map<string, GazetteerEntry>,
	days: number[],
	states: NodeState[][],
	end: number,
	opposing: Set<string>,
	/** Share of a city's districts fought over or held by a side opposing its main holder that makes it contested. */
	contestedShare: number
): Feature[] {
	const tracker = new IntervalTracker();
	const subjects: { entry: GazetteerEntry; at: (state: NodeState[]) => PlaceState }[] = [];
	for (const n of nodeSet.nodes)
		for (const id of n.placeIds) subjects.push({ entry: gazetteer.get(id)!, at: (s) => s[n.index]! });
	for (const { entry, districts } of nodeSet.cities.values())
		subjects.push({ entry, at: (s) => cityState(districts, s, opposing, contestedShare) });
	const last = new Map<string, { sig: string; state: PlaceState }>();
	let counter = 0;
	days.forEach((day, k) => {
		const items = new Map<string, Draft>();
		for (const { entry, at } of subjects) {
			const st = at(states[k]!);
			const prior = last.get(entry.id);
			const same =
				prior && (prior.state === st || (st.districts !== undefined && samePlace(prior.state, st)));
			const sig = same ? prior.sig : `${entry.id}#${counter++}`;
			last.set(entry.id, { sig, state: st });
			items.set(sig, {
				build(from) {
					return {
						id: `${entry.id}@${isoDate(from)}`,
						geometry: { type: 'Point', coordinates: [round6(entry.lon), round6(entry.lat)] },
						properties: {
							place_id: entry.id,
							name: entry.name,
							name_ar: entry.name_ar,
							kind: entry.kind,
							parent: entry.parent,
							faction: st.faction,
							status: st.status,
							rule: st.rule,
							event_ids: st.eventIds,
							...(st.districts ? { districts: st.districts } : {})
						}
					};
				}
			});
		}
		tracker.step(day, items);
	});
	return tracker.finish(end);
}

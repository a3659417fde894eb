// An advance to a large city: reports of rebels "at the gates" or "on the outskirts" of Damascus tell of
// fighting in its suburbs before any of them is named. The towns and villages around the city that the other
// side holds become contested (the control maps of 7 Dec 2024 drew Damascus's ring so), each naming the
// advance behind it and its own rule, `outskirts` (the inspect panel says no report names the place); the
// contested-place timeout and later reports settle them.
import type { ConflictEvent, GazetteerEntry } from '../domain/types';
import type { DayContext } from './control-state';
import { opposes, placedByReport } from './control-state';
import { planeKm } from './geometry';

/** Kinds of place an advance on a city contests around it: settlements, not the city's own districts. */
const SUBURB_KINDS = new Set(['town', 'village']);

/** Contests the suburbs of the city an advance is reported on; returns the nodes it changed. */
export function contestOutskirts(event: ConflictEvent, city: GazetteerEntry, ctx: DayContext): number[] {
	const { next, nodeSet, options, opposing, named } = ctx;
	const advancer = event.faction;
	if (
		!advancer ||
		options.advanceOutskirtsKm <= 0 ||
		city.kind !== 'city' ||
		city.population < options.advanceOutskirtsMinPopulation
	)
		return [];
	// the city must still be its first holder's, and the advancer that holder's enemy: once it fell, news of an
	// advance on it is history or a misread side
	const cityNode = nodeSet.byPlace.get(city.id) ?? nodeSet.cities.get(city.id)?.districts[0];
	if (cityNode === undefined) return [];
	const holder = next[cityNode]!.faction;
	if (holder !== nodeSet.nodes[cityNode]!.baseline || !opposes(opposing, holder, advancer)) return [];
	const centre = [city.lon, city.lat];
	// one pass over the places: the suburbs to contest, and whether the advancer's front is near, for "pushing
	// toward Damascus" from 100 km away is no fight in its suburbs yet
	let frontNear = false;
	const suburbs: number[] = [];
	for (const node of nodeSet.nodes) {
		const held = next[node.index]!;
		const km = planeKm(nodeSet.plane, centre, [node.lon, node.lat]);
		if (held.faction === advancer && km <= options.advanceOutskirtsFrontKm) frontNear = true;
		if (
			km <= options.advanceOutskirtsKm &&
			SUBURB_KINDS.has(node.kind) &&
			node.city === null &&
			!named.has(node.index) &&
			!placedByReport(held) &&
			opposes(opposing, held.faction, advancer)
		)
			suburbs.push(node.index);
	}
	if (!frontNear) return [];
	for (const n of suburbs)
		next[n] = {
			faction: next[n]!.faction,
			status: 'contested',
			rule: 'outskirts',
			contester: advancer,
			eventIds: [event.id]
		};
	return suburbs;
}

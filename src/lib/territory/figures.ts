// Per-date figures for the manifest: area per faction, gains and losses, front length, M5 km
// per faction, the front's distance from the theatre's reference point, and the day's events.
import type { Position } from 'geojson';
import type { DateFigures, Faction, IsoDate } from '../domain/types';
import { FACTIONS } from './config';
import { pointSegmentKm, type Plane } from './geometry';
import type { FrontEdges } from './front-line';
import type { NodeState } from './settlement-control';
import type { CellGraph } from './voronoi-cells';

export function areaByFaction(graph: CellGraph, state: NodeState[]): Partial<Record<Faction, number>> {
	const sum = new Map<Faction, number>(FACTIONS.map((f) => [f, 0]));
	for (let i = 0; i < state.length; i++)
		sum.set(state[i]!.faction, sum.get(state[i]!.faction)! + graph.areaKm2[i]!);
	const out: Partial<Record<Faction, number>> = {};
	for (const f of FACTIONS) out[f] = Math.round(sum.get(f)! * 100) / 100;
	return out;
}

/** Shortest distance in km from a point to any front edge, null when there is no front. */
export function frontDistanceKm(
	graph: CellGraph,
	front: FrontEdges,
	p: Position,
	plane: Plane
): number | null {
	let best = Infinity;
	for (const { edges } of front.byPair.values())
		for (const [u, v] of edges)
			best = Math.min(best, pointSegmentKm(plane, p, graph.vertices[u]!, graph.vertices[v]!).km);
	return Number.isFinite(best) ? Math.round(best * 100) / 100 : null;
}

export interface ChangeDayFigures {
	area_km2: Partial<Record<Faction, number>>;
	gained_km2: Partial<Record<Faction, number>>;
	lost_km2: Partial<Record<Faction, number>>;
	frontline_km: number;
	m5_km: Partial<Record<Faction, number>>;
	front_to_reference_km: number | null;
}

/** Expands change-day figures to every date; gains and losses only on the change day itself. */
export function figuresByDate(
	dates: IsoDate[],
	days: number[],
	dayOf: (d: IsoDate) => number,
	perChangeDay: ChangeDayFigures[],
	eventsByDate: Map<IsoDate, string[]>
): DateFigures[] {
	let k = 0;
	return dates.map((date) => {
		const day = dayOf(date);
		while (k + 1 < days.length && days[k + 1]! <= day) k++;
		const f = perChangeDay[k]!;
		const onChangeDay = days[k] === day;
		return {
			date,
			area_km2: f.area_km2,
			gained_km2: onChangeDay ? f.gained_km2 : {},
			lost_km2: onChangeDay ? f.lost_km2 : {},
			frontline_km: f.frontline_km,
			m5_km: f.m5_km,
			front_to_reference_km: f.front_to_reference_km,
			event_ids: eventsByDate.get(date) ?? []
		};
	});
}

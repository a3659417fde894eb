// Gained and lost ground per faction between consecutive change days: the cells whose faction
// changed, dissolved per faction, with km² and the events behind the new state. Status-only
// changes (a village becoming contested) are not gains or losses.
import type { Faction } from '../domain/types';
import { isoDate } from '../geo/days';
import { dissolveCells } from './dissolve';
import { datedFeature } from './intervals';
import type { NodeState } from './settlement-control';
import type { CellGraph } from './voronoi-cells';
import type { Feature } from 'geojson';

export interface DayChange {
	gainedKm2: Partial<Record<Faction, number>>;
	lostKm2: Partial<Record<Faction, number>>;
	features: Feature[];
}

export function changesBetween(
	graph: CellGraph,
	before: NodeState[],
	after: NodeState[],
	day: number
): DayChange {
	const gained = new Map<Faction, { cells: number[]; from: Set<Faction>; ids: Set<string> }>();
	const lost = new Map<Faction, { cells: number[]; to: Set<Faction>; ids: Set<string> }>();
	for (let i = 0; i < after.length; i++) {
		const a = before[i]!;
		const b = after[i]!;
		if (a === b || a.faction === b.faction || (graph.cells[i]?.length ?? 0) === 0) continue;
		let g = gained.get(b.faction);
		if (!g) gained.set(b.faction, (g = { cells: [], from: new Set(), ids: new Set() }));
		g.cells.push(i);
		g.from.add(a.faction);
		for (const id of b.eventIds) g.ids.add(id);
		let l = lost.get(a.faction);
		if (!l) lost.set(a.faction, (l = { cells: [], to: new Set(), ids: new Set() }));
		l.cells.push(i);
		l.to.add(b.faction);
		for (const id of b.eventIds) l.ids.add(id);
	}
	const out: DayChange = { gainedKm2: {}, lostKm2: {}, features: [] };
	const date = isoDate(day);
	const emit = (
		faction: Faction,
		change: 'gained' | 'lost',
		cells: number[],
		counterparts: Set<Faction>,
		ids: Set<string>
	) => {
		const geometry = dissolveCells(graph, cells);
		const km2 = Math.round(cells.reduce((s, c) => s + graph.areaKm2[c]!, 0) * 100) / 100;
		(change === 'gained' ? out.gainedKm2 : out.lostKm2)[faction] = km2;
		if (!geometry) return;
		out.features.push(
			datedFeature(
				`change:${date}:${faction}:${change}`,
				geometry,
				{
					faction,
					kind: change,
					counterparts: [...counterparts].sort(),
					area_km2: km2,
					places: cells.length,
					event_ids: [...ids].sort()
				},
				day,
				day
			)
		);
	};
	for (const [f, g] of [...gained].sort()) emit(f, 'gained', g.cells, g.from, g.ids);
	for (const [f, l] of [...lost].sort()) emit(f, 'lost', l.cells, l.to, l.ids);
	return out;
}

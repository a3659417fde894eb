// Analyst overrides (the project's overrides.geojson): a polygon, a faction, a date range.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Diagnostic, Faction } from '../domain/types';
import { dayNumber } from '../geo/days';
import type { NodeSet } from './control-nodes';
import { polygonalCoords } from './control-nodes';
import { diag, FACTION_SET } from './control-state';
import { pointInPolygonal } from './geometry';

export interface Override {
	id: string;
	from: number;
	until: number;
	faction: Faction;
	nodes: number[];
}

export function readOverrides(
	fc: FeatureCollection<Polygon | MultiPolygon>,
	nodeSet: NodeSet,
	start: number,
	end: number,
	diagnostics: Diagnostic[]
): Override[] {
	if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		throw new Error('overrides must be a GeoJSON FeatureCollection');
	const out: Override[] = [];
	fc.features.forEach((f: Feature<Polygon | MultiPolygon>, i) => {
		const p = f.properties ?? {};
		const where = `overrides feature ${i}`;
		if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
			throw new Error(`${where}: geometry must be a Polygon or MultiPolygon`);
		if (!FACTION_SET.has(p.faction))
			throw new Error(`${where}: properties.faction must be one of opposition, sna, government, sdf`);
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
			diagnostics.push(
				diag('info', 'override-outside-timeline', `${where} (${p.date}) lies outside the timeline; ignored`)
			);
			return;
		}
		const polys = polygonalCoords(f.geometry);
		const nodes = nodeSet.nodes.filter((n) => pointInPolygonal([n.lon, n.lat], polys)).map((n) => n.index);
		if (nodes.length === 0)
			diagnostics.push(
				diag('warning', 'override-empty', `${where} (${p.date}) contains no place; it changes nothing`)
			);
		const id = typeof p.id === 'string' && p.id ? p.id : `override:${p.date}:${i}`;
		out.push({ id, from: Math.max(from, start), until, faction: p.faction, nodes });
	});
	return out;
}

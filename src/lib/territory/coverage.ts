// Every settlement of the country inside a control area. Why some were not: the outline is
// Natural Earth 1:10m (geodata/country/), whose border runs a few hundred metres off the true
// line, while GeoNames puts border towns on the line itself: Kobani (‘Ayn al ‘Arab) lies 0.6 km
// outside the outline, Tal Abyad 0.4 km, Kassab 0.6 km; the outline leaves out Arwad island
// (3 km offshore) and puts the Tartus naval base 0.7 km out at sea. Their points got no cell, or
// a cell clipped away from them, so they fell outside every control area. The fix: a small
// patch of outline around each such settlement, joined to the outline, before the cells are cut.
// Settlements deep inside a neighbour's polygon stay out: in the occupied Golan (Mas‘adah,
// Buq‘ata, 2.7–4 km beyond the line of control the outline draws) no faction of this model holds
// ground.
import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Diagnostic, GazetteerEntry } from '../domain/types';
import type { TerritoryOptions } from './config';
import { polygonalCoords } from './control-nodes';
import { diag } from './control-state';
import { KM_PER_DEG, makePlane, pointInPolygonal, pointSegmentKm, type Plane } from './geometry';
import { normalizePolygonal } from './validate';

export interface Coverage {
	/** The outline with the patches, to cut the cells with. */
	country: Feature<Polygon | MultiPolygon>;
	/** Ids of the settlements a patch was added for. */
	patched: Set<string>;
	diagnostics: Diagnostic[];
}

/**
 * The outline, patched so it covers every settlement of its country (`properties.iso_a2`) that
 * lies just outside it or out at sea. `neighbours` (other countries' polygons) tell sea from a
 * neighbour's land; without them only settlements within `coverageSlackKm` are patched.
 *
 * @example
 * const { country, patched } = coverOutline(gazetteer, syria, neighbours, options);
 * patched.has('place:geonames:172256'); // Kobani
 */
export function coverOutline(
	gazetteer: GazetteerEntry[],
	country: Feature<Polygon | MultiPolygon>,
	neighbours: FeatureCollection<Polygon | MultiPolygon> | undefined,
	options: TerritoryOptions
): Coverage {
	const diagnostics: Diagnostic[] = [];
	const iso = country.properties?.iso_a2;
	const patched = new Set<string>();
	if (typeof iso !== 'string' || !iso) return { country, patched, diagnostics };
	const polys = polygonalCoords(country.geometry);
	const kinds = new Set(options.nodeKinds);
	const foreign = (neighbours?.features ?? [])
		.filter(
			(f) =>
				f?.geometry &&
				(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
				f.properties?.iso_a2 !== iso
		)
		.map((f) => polygonalCoords(f.geometry));
	const plane = makePlane(polys[0]?.[0]?.[0]?.[1] ?? 0);
	const discs: Feature<Polygon>[] = [];
	for (const e of [...gazetteer].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		if (e.country !== iso || !kinds.has(e.kind) || !Number.isFinite(e.lon) || !Number.isFinite(e.lat))
			continue;
		const p: Position = [e.lon, e.lat];
		if (pointInPolygonal(p, polys)) continue;
		const km = distanceToOutlineKm(p, polys, plane);
		const inForeignLand = foreign.some((f) => pointInPolygonal(p, f));
		const atSea = neighbours !== undefined && !inForeignLand;
		if (km > options.coverageSlackKm && !atSea) {
			diagnostics.push(
				diag(
					'info',
					'settlement-beyond-border',
					`${e.id} (${e.name}) lies ${km.toFixed(1)} km outside the country outline${inForeignLand ? ", in a neighbour's polygon" : ''}; no control area covers it`
				)
			);
			continue;
		}
		// Near the outline: a disc reaching over the border line, so it joins the outline; far out at sea (an island): a disc of its own.
		const radius = km <= options.coverageSlackKm ? km + options.coverageMarginKm : options.coverageMarginKm;
		discs.push(disc(p, radius, plane));
		patched.add(e.id);
		diagnostics.push(
			diag(
				'info',
				'settlement-outside-outline',
				`${e.id} (${e.name}) lies ${km.toFixed(1)} km outside the country outline; the outline is widened around it so its cell covers it`
			)
		);
	}
	if (discs.length === 0) return { country, patched, diagnostics };
	const merged = union(featureCollection<Polygon | MultiPolygon>([country, ...discs]));
	if (!merged) return { country, patched: new Set(), diagnostics };
	return {
		country: {
			type: 'Feature',
			properties: country.properties,
			geometry: normalizePolygonal(merged.geometry)
		},
		patched,
		diagnostics
	};
}

function distanceToOutlineKm(p: Position, polys: Position[][][], plane: Plane): number {
	let best = Infinity;
	for (const rings of polys)
		for (const ring of rings)
			for (let i = 0; i + 1 < ring.length; i++)
				best = Math.min(best, pointSegmentKm(plane, p, ring[i]!, ring[i + 1]!).km);
	return best;
}

/** A 16-sided polygon of `radiusKm` around p, counterclockwise. */
function disc(p: Position, radiusKm: number, plane: Plane): Feature<Polygon> {
	const ring: Position[] = [];
	const r = radiusKm / KM_PER_DEG;
	for (let i = 0; i < 16; i++) {
		const a = (i / 16) * 2 * Math.PI;
		ring.push([p[0]! + (r * Math.cos(a)) / plane.kx, p[1]! + r * Math.sin(a)]);
	}
	ring.push(ring[0]!);
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

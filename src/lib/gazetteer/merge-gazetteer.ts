// GeoNames rows + curated rows + routes (+ the derived sides of each governorate) → one gazetteer, sorted by id.
import type { Diagnostic, GazetteerEntry, StageResult } from '../domain/types';
import type { CuratedEntry } from './curated-rows';
import { sideRegions } from './side-regions';

/**
 * A curated row with a `geonames` id overrides that GeoNames row field by field (its spellings add to
 * the GeoNames ones); any other curated row is a new place. Duplicate curated ids are errors.
 */
export function mergeGazetteer(
	geonames: GazetteerEntry[],
	curated: CuratedEntry[],
	routes: GazetteerEntry[]
): StageResult<GazetteerEntry> {
	const diagnostics: Diagnostic[] = [];
	const byId = new Map<string, GazetteerEntry>();
	for (const entry of geonames) byId.set(entry.id, entry);
	const curatedIds = new Set<string>();
	for (const { overridesGeonames, ...row } of [
		...curated,
		...routes.map((r) => ({ ...r, overridesGeonames: false }))
	]) {
		if (curatedIds.has(row.id)) {
			diagnostics.push({
				level: 'error',
				code: 'duplicate-place-id',
				message: `${row.id} is curated twice; the later row was dropped`,
				article: null,
				start: null,
				end: null
			});
			continue;
		}
		curatedIds.add(row.id);
		const base = byId.get(row.id);
		if (overridesGeonames && !base) {
			// The GeoNames place is not in cities500: the curated row stands on its own.
			byId.set(row.id, row);
			continue;
		}
		if (!overridesGeonames && base) {
			diagnostics.push({
				level: 'error',
				code: 'duplicate-place-id',
				message: `${row.id} is both a GeoNames and a curated id`,
				article: null,
				start: null,
				end: null
			});
			continue;
		}
		if (base) {
			const aliases = [...new Set([base.name, ...base.aliases, ...row.aliases])].filter(
				(a) => a !== row.name
			);
			byId.set(row.id, { ...base, ...row, aliases, population: base.population, country: base.country });
		} else byId.set(row.id, row);
	}
	// the sides of each governorate ("western Aleppo countryside"), derived from its capital
	for (const side of sideRegions([...byId.values()])) if (!byId.has(side.id)) byId.set(side.id, side);
	const items = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { items, diagnostics };
}

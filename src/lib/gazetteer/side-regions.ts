// "The western countryside of Aleppo", "northern Hama": news names a side of a governorate far more
// often than the governorate itself. Each governorate gets one derived region per side, placed a set
// distance from its capital in that direction, so an event there is mapped where the text puts it
// (ACLED geo-precision 3) and not at the governorate's middle, often 50 km or more away.
import type { GazetteerEntry } from '../domain/types';
import { round6 } from '../geo/round';

/** Distance from a governorate's capital to the point of one of its sides, km (news "countryside" is the first 10–40 km). */
export const SIDE_REGION_KM = 25;

export const SIDES = [
	'north',
	'northeast',
	'east',
	'southeast',
	'south',
	'southwest',
	'west',
	'northwest'
] as const;
export type Side = (typeof SIDES)[number];
const BEARING: Record<Side, number> = {
	north: 0,
	northeast: 45,
	east: 90,
	southeast: 135,
	south: 180,
	southwest: 225,
	west: 270,
	northwest: 315
};

/** Id of the derived region for one side of a governorate. */
export const sideRegionId = (regionId: string, side: Side) => `${regionId}:${side}`;

/**
 * A side of a country is a curated region of its own ("northwest Syria", the rebel-held pocket, is no
 * fixed distance from the capital): its row's id is the side and the country's id joined by a hyphen
 * (`place:sm:northwest-syria` for `place:sm:syria`).
 */
export const countrySideId = (countryId: string, side: Side) =>
	countryId.replace(/:([^:]+)$/, (_m, slug: string) => `:${side}-${slug}`);

/** The governorate's capital: the city (or town) of the governorate that bears its name. */
function capitalOf(region: GazetteerEntry, byName: Map<string, GazetteerEntry[]>): GazetteerEntry | null {
	const name = region.name.replace(/\s+Governorate$/i, '');
	const candidates = (byName.get(name.toLowerCase()) ?? []).filter(
		(e) => (e.kind === 'city' || e.kind === 'town') && e.country === region.country
	);
	return candidates.sort((a, b) => b.population - a.population)[0] ?? null;
}

export function sideRegions(entries: GazetteerEntry[]): GazetteerEntry[] {
	const byName = new Map<string, GazetteerEntry[]>();
	for (const e of entries) byName.set(e.name.toLowerCase(), [...(byName.get(e.name.toLowerCase()) ?? []), e]);
	const out: GazetteerEntry[] = [];
	for (const region of entries) {
		if (region.kind !== 'region' || !/Governorate$/i.test(region.name)) continue;
		const capital = capitalOf(region, byName);
		if (!capital) continue;
		for (const side of SIDES) {
			const rad = (BEARING[side] * Math.PI) / 180;
			const lat = capital.lat + (SIDE_REGION_KM / 111.32) * Math.cos(rad);
			const lon =
				capital.lon + (SIDE_REGION_KM / (111.32 * Math.cos((capital.lat * Math.PI) / 180))) * Math.sin(rad);
			out.push({
				id: sideRegionId(region.id, side),
				name: `${side[0]!.toUpperCase()}${side.slice(1)}ern ${capital.name} countryside`,
				name_ar: null,
				aliases: [],
				kind: 'region',
				lon: round6(lon),
				lat: round6(lat),
				country: region.country,
				admin1: region.admin1,
				admin2: null,
				parent: region.id,
				population: 0,
				source: `derived: ${SIDE_REGION_KM} km ${side} of ${capital.name} (${capital.id}), src/lib/gazetteer/side-regions.ts`
			});
		}
	}
	return out;
}

// GeoNames cities500 rows (tab-separated, geonames.org export format) → gazetteer entries.
// Data: GeoNames, CC BY 4.0 (credited on the map and in the manifest).
import type { GazetteerEntry, PlaceKind } from '../domain/types';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN_NAME = /^[\p{Script=Latin}\s'’‘`ʿʾ.-]+$/u;

/** Syria's GeoNames admin1 codes → governorate names as the news writes them. */
export const SYRIA_ADMIN1: Record<string, string> = {
	'01': 'Hasakah',
	'02': 'Latakia',
	'03': 'Quneitra',
	'04': 'Raqqa',
	'05': 'Suwayda',
	'06': 'Daraa',
	'07': 'Deir ez-Zor',
	'08': 'Rif Dimashq',
	'09': 'Aleppo',
	'10': 'Hama',
	'11': 'Homs',
	'12': 'Idlib',
	'13': 'Damascus',
	'14': 'Tartus'
};

export interface GeonamesOptions {
	/** Countries kept whole (ISO2). */
	countries: string[];
	/** Countries kept only for places at least this populous: neighbours named in the news. */
	neighbours: string[];
	neighbourMinPopulation: number;
}

function kindOf(featureCode: string, population: number): PlaceKind {
	if (featureCode === 'PPLX') return 'neighbourhood';
	if (featureCode === 'PPLC' || featureCode === 'PPLA' || population >= 100_000) return 'city';
	if (population >= 5_000 || featureCode === 'PPLA2') return 'town';
	return 'village';
}

/** Parses one cities500 line, or returns null when it is outside the kept countries. */
export function geonamesEntry(line: string, options: GeonamesOptions): GazetteerEntry | null {
	const f = line.split('\t');
	if (f.length < 15) return null;
	const [id, name, , alternates, lat, lon, , featureCode, country, , admin1, , , , population] =
		f as string[];
	const pop = Number(population) || 0;
	const whole = options.countries.includes(country!);
	if (!whole && !(options.neighbours.includes(country!) && pop >= options.neighbourMinPopulation))
		return null;
	const alt = (alternates ?? '').split(',').filter(Boolean);
	const arabic = alt.filter((a) => ARABIC.test(a));
	// Latin spellings only, long enough not to collide with English words; codes like "ALP" are dropped.
	const latin = alt.filter(
		(a) => LATIN_NAME.test(a) && a.length >= 4 && a !== a.toUpperCase() && /^\p{Lu}/u.test(a)
	);
	return {
		id: `place:geonames:${id}`,
		name: name!,
		name_ar: arabic[0] ?? null,
		aliases: [...new Set([...latin, ...arabic])].filter((a) => a !== name),
		kind: kindOf(featureCode!, pop),
		lon: Number(lon),
		lat: Number(lat),
		country: country!,
		admin1: country === 'SY' ? (SYRIA_ADMIN1[admin1!] ?? null) : null,
		parent: null,
		population: pop,
		source: `GeoNames ${id}`
	};
}

// GeoNames cities500 rows (tab-separated, geonames.org export format) → gazetteer entries.
// Data: GeoNames, CC BY 4.0 (credited on the map and in the manifest).
import type { GazetteerEntry, PlaceKind } from '../domain/types';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN_NAME = /^[\p{Script=Latin}\s'’‘`ʿʾ.-]+$/u;

export interface GeonamesOptions {
	/** Countries kept whole (ISO2). */
	countries: string[];
	/** Countries kept only for places at least this populous: neighbours named in the news. */
	neighbours: string[];
	neighbourMinPopulation: number;
	/**
	 * Per country (ISO2), GeoNames admin1 codes → the region's name as the news writes it (the
	 * `admin1` of each entry: which places a claim on a province speaks for). Countries left out get none.
	 */
	admin1Names?: Record<string, Record<string, string>>;
}

function kindOf(featureCode: string, population: number): PlaceKind {
	if (featureCode === 'PPLX') return 'neighbourhood';
	if (featureCode === 'PPLC' || featureCode === 'PPLA' || population >= 100_000) return 'city';
	if (population >= 5_000 || featureCode === 'PPLA2') return 'town';
	return 'village';
}

/** The country code of a row (its ninth field), or null when the row has fewer fields. */
function countryField(line: string): string | null {
	let start = 0;
	for (let field = 0; field < 8; field++) {
		const tab = line.indexOf('\t', start);
		if (tab < 0) return null;
		start = tab + 1;
	}
	const end = line.indexOf('\t', start);
	return end < 0 ? null : line.slice(start, end);
}

/** Parses one cities500 line, or returns null when it is outside the kept countries. */
export function geonamesEntry(line: string, options: GeonamesOptions): GazetteerEntry | null {
	// most of the world's 200,000 rows are in no kept country: their country is read without splitting the row
	const country = countryField(line);
	if (country === null || !(options.countries.includes(country) || options.neighbours.includes(country)))
		return null;
	const f = line.split('\t');
	if (f.length < 15) return null;
	const [id, name, , alternates, lat, lon, , featureCode, , , admin1, , , , population] = f as string[];
	const pop = Number(population) || 0;
	const whole = options.countries.includes(country);
	if (!whole && !(options.neighbours.includes(country) && pop >= options.neighbourMinPopulation)) return null;
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
		country,
		admin1: options.admin1Names?.[country]?.[admin1!] ?? null,
		// cities500's admin2 codes are almost all empty for Syria: districts.ts assigns it after the merge
		admin2: null,
		parent: null,
		population: pop,
		...(featureCode === 'PPLC'
			? { seat: 'country' as const }
			: featureCode === 'PPLA'
				? { seat: 'admin1' as const }
				: {}),
		source: `GeoNames ${id}`
	};
}

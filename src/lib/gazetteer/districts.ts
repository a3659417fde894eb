// Districts (ACLED's admin2) for gazetteer entries, from the district table (geodata/districts.csv):
// one row per district with its governorate (admin1) and its seat. No district boundaries are
// available offline, so an entry's district is the one whose seat is nearest among the seats of the
// entry's own governorate: a Voronoi approximation of the real boundaries, exact for the seats
// themselves and wrong for some towns near a boundary (README "Publishing" gives the measured rate).
import type { GazetteerEntry, PlaceKind } from '../domain/types';
import { distanceKm } from '../geo/distance';
import type { CsvTable } from './csv';
import { PLACE_KINDS } from './curated-rows';

export const DISTRICT_COLUMNS = [
	'country',
	'admin1',
	'district',
	'seat_geonames',
	'seat_lat',
	'seat_lon',
	'note'
] as const;

/** One district: where it belongs and the point its seat stands on. */
export interface District {
	/** ISO 3166-1 alpha-2, as the gazetteer's `country`. */
	country: string;
	/** The governorate, spelt as the gazetteer's `admin1` (gazetteer-config.json `admin1Names`). */
	admin1: string;
	/** The district's name as ACLED writes it (its admin2). */
	name: string;
	/** The seat's gazetteer id, or null when the table gives coordinates (a seat missing from cities500). */
	seatId: string | null;
	lon: number;
	lat: number;
}

/**
 * Kinds that lie inside one district. A region, a road, a river or a country spans several, so it
 * gets none rather than the district of its representative point.
 */
export const DISTRICT_KINDS: ReadonlySet<PlaceKind> = new Set(
	PLACE_KINDS.filter((k) => k !== 'region' && k !== 'road' && k !== 'river' && k !== 'country')
);

/**
 * Reads the district table against the gazetteer it will be applied to. Every problem (an unknown
 * governorate, a seat id the gazetteer lacks or that lies in another governorate, a duplicate
 * district, a seat given twice or not at all) is named by file, line and field; any problem throws
 * with all of them, one per line. Why not drop the bad row and go on: the towns of a dropped
 * district would silently fall to its neighbours, and the export would state wrong districts.
 *
 * @example
 * const districts = districtTable(parseCsv(text, 'geodata/districts.csv'), 'geodata/districts.csv',
 *   gazetteer, { SY: { '09': 'Aleppo' } });
 * districts[0]; // { country: 'SY', admin1: 'Aleppo', name: 'Jebel Saman', seatId: 'place:geonames:170063', … }
 */
export function districtTable(
	table: CsvTable,
	file: string,
	gazetteer: readonly GazetteerEntry[],
	admin1Names: Record<string, Record<string, string>>
): District[] {
	const expected = DISTRICT_COLUMNS.join(',');
	if (table.header.join(',') !== expected)
		throw new Error(`${file}: header must be "${expected}", got "${table.header.join(',')}"`);
	const byId = new Map(gazetteer.map((e) => [e.id, e]));
	const problems: string[] = [];
	const seen = new Map<string, number>();
	const out: District[] = [];
	for (const { line, cells } of table.rows) {
		const row = Object.fromEntries(DISTRICT_COLUMNS.map((c, i) => [c, (cells[i] ?? '').trim()])) as Record<
			(typeof DISTRICT_COLUMNS)[number],
			string
		>;
		const before = problems.length;
		const bad = (column: string, reason: string) => problems.push(`${file}:${line}: ${column} ${reason}`);
		const governorates = Object.hasOwn(admin1Names, row.country) ? admin1Names[row.country]! : null;
		const knownGovernorate = governorates !== null && Object.values(governorates).includes(row.admin1);
		if (!governorates)
			bad('country', `"${row.country}" has no governorates in gazetteer-config.json "admin1Names"`);
		else if (!knownGovernorate)
			bad(
				'admin1',
				`"${row.admin1}" is not a governorate of ${row.country} in gazetteer-config.json "admin1Names" (${[...new Set(Object.values(governorates))].sort().join(', ')})`
			);
		if (!row.district) bad('district', 'is empty');
		else {
			const key = `${row.country}\u0000${row.district.toLowerCase()}`;
			const first = seen.get(key);
			if (first !== undefined) bad('district', `"${row.district}" is already on line ${first}`);
			else seen.set(key, line);
		}
		let seat: { id: string | null; lon: number; lat: number } | null = null;
		const hasCoordinates = row.seat_lat !== '' || row.seat_lon !== '';
		if (row.seat_geonames && hasCoordinates)
			bad('seat_geonames', 'and seat_lat/seat_lon are both given: give the seat one way');
		else if (row.seat_geonames) {
			const id = `place:geonames:${row.seat_geonames}`;
			const entry = /^\d+$/.test(row.seat_geonames) ? byId.get(id) : undefined;
			if (!/^\d+$/.test(row.seat_geonames))
				bad('seat_geonames', `must be a GeoNames id, got "${row.seat_geonames}"`);
			else if (!entry)
				bad('seat_geonames', `${row.seat_geonames} is not in the gazetteer (cities500 and curated rows)`);
			// a seat elsewhere is a wrong id or a namesake (said only when the row's governorate is known)
			else if (knownGovernorate && (entry.country !== row.country || entry.admin1 !== row.admin1))
				bad(
					'seat_geonames',
					`${row.seat_geonames} (${entry.name}) is in ${entry.admin1 ?? 'no governorate'}, ${entry.country}, not in ${row.admin1}, ${row.country}`
				);
			else seat = { id, lon: entry.lon, lat: entry.lat };
		} else if (hasCoordinates) {
			const lat = Number(row.seat_lat);
			const lon = Number(row.seat_lon);
			if (!row.seat_lat || !Number.isFinite(lat) || lat < -90 || lat > 90)
				bad('seat_lat', `must be a latitude, got "${row.seat_lat}"`);
			else if (!row.seat_lon || !Number.isFinite(lon) || lon < -180 || lon > 180)
				bad('seat_lon', `must be a longitude, got "${row.seat_lon}"`);
			else seat = { id: null, lon, lat };
		} else bad('seat_geonames', 'is empty and so are seat_lat/seat_lon: the seat is needed');
		if (problems.length === before && seat)
			out.push({
				country: row.country,
				admin1: row.admin1,
				name: row.district,
				seatId: seat.id,
				lon: seat.lon,
				lat: seat.lat
			});
	}
	if (problems.length) throw new Error(problems.join('\n'));
	return out;
}

/**
 * The entries with `admin2` set: for a point place (DISTRICT_KINDS) of a governorate the table
 * covers, the district whose seat is nearest (great-circle); a tie goes to the earlier row. Every
 * other entry gets null. The entries' order is kept.
 *
 * @example
 * assignDistricts(gazetteer, districts).find((e) => e.name === 'Tal Rifaat')?.admin2; // 'Azaz'
 */
export function assignDistricts(
	entries: readonly GazetteerEntry[],
	districts: readonly District[]
): GazetteerEntry[] {
	const byGovernorate = new Map<string, District[]>();
	for (const d of districts) {
		const key = `${d.country}\u0000${d.admin1}`;
		(byGovernorate.get(key) ?? byGovernorate.set(key, []).get(key)!).push(d);
	}
	return entries.map((entry) => {
		const seats =
			entry.admin1 !== null && DISTRICT_KINDS.has(entry.kind)
				? byGovernorate.get(`${entry.country}\u0000${entry.admin1}`)
				: undefined;
		return { ...entry, admin2: seats ? nearestDistrict(entry, seats) : null };
	});
}

function nearestDistrict(entry: GazetteerEntry, seats: readonly District[]): string {
	let best = seats[0]!;
	let bestKm = Infinity;
	for (const d of seats) {
		const km = distanceKm([entry.lon, entry.lat], [d.lon, d.lat]);
		if (km < bestKm) {
			best = d;
			bestKm = km;
		}
	}
	return best.name;
}

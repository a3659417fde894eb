// Curated gazetteer rows (geodata/gazetteer/*.csv) → gazetteer entries or GeoNames overrides.
import type { Diagnostic, GazetteerEntry, PlaceKind, StageResult } from '../domain/types';
import type { CsvTable } from './csv';

export const CURATED_COLUMNS = [
	'id',
	'geonames',
	'name',
	'name_ar',
	'aliases',
	'kind',
	'lat',
	'lon',
	'admin1',
	'parent',
	'source'
] as const;

export const PLACE_KINDS: readonly PlaceKind[] = [
	'city',
	'town',
	'village',
	'neighbourhood',
	'airport',
	'base',
	'facility',
	'road',
	'river',
	'region',
	'country'
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC = /\p{Script=Arabic}/u;

/** A curated row: a full entry, and whether it overrides a GeoNames row of the same id. */
export interface CuratedEntry extends GazetteerEntry {
	overridesGeonames: boolean;
}

/** Reads one curated table; rows with a bad field become error diagnostics naming file, line and column. */
export function curatedRows(table: CsvTable, file: string): StageResult<CuratedEntry> {
	const items: CuratedEntry[] = [];
	const diagnostics: Diagnostic[] = [];
	const expected = CURATED_COLUMNS.join(',');
	if (table.header.join(',') !== expected) {
		throw new Error(`${file}: header must be "${expected}", got "${table.header.join(',')}"`);
	}
	for (const { line, cells } of table.rows) {
		const row = Object.fromEntries(CURATED_COLUMNS.map((c, i) => [c, (cells[i] ?? '').trim()])) as Record<
			(typeof CURATED_COLUMNS)[number],
			string
		>;
		const bad = (column: string, reason: string) =>
			diagnostics.push({
				level: 'error',
				code: 'bad-gazetteer-row',
				message: `${file}:${line}: ${column} ${reason}`,
				article: null,
				start: null,
				end: null
			});
		const lat = Number(row.lat);
		const lon = Number(row.lon);
		if (row.geonames && !/^\d+$/.test(row.geonames)) {
			bad('geonames', `must be a GeoNames id, got "${row.geonames}"`);
			continue;
		}
		if (!row.geonames && !SLUG.test(row.id)) {
			bad('id', `must be a lowercase slug, got "${row.id}"`);
			continue;
		}
		if (!row.name) {
			bad('name', 'is empty');
			continue;
		}
		if (row.name_ar && !ARABIC.test(row.name_ar)) {
			bad('name_ar', `must be Arabic script, got "${row.name_ar}"`);
			continue;
		}
		if (!PLACE_KINDS.includes(row.kind as PlaceKind)) {
			bad('kind', `must be one of ${PLACE_KINDS.join('/')}, got "${row.kind}"`);
			continue;
		}
		if (!row.lat || !Number.isFinite(lat) || lat < -90 || lat > 90) {
			bad('lat', `must be a latitude, got "${row.lat}"`);
			continue;
		}
		if (!row.lon || !Number.isFinite(lon) || lon < -180 || lon > 180) {
			bad('lon', `must be a longitude, got "${row.lon}"`);
			continue;
		}
		if (!row.source) {
			bad('source', 'is empty: every curated row names the source of its coordinates');
			continue;
		}
		items.push({
			id: row.geonames ? `place:geonames:${row.geonames}` : `place:sm:${row.id}`,
			name: row.name,
			name_ar: row.name_ar || null,
			aliases: row.aliases
				? row.aliases
						.split('|')
						.map((a) => a.trim())
						.filter(Boolean)
				: [],
			kind: row.kind as PlaceKind,
			lon,
			lat,
			country: row.kind === 'country' ? '' : 'SY',
			admin1: row.admin1 || null,
			// the district comes from geodata/districts.csv once the gazetteer is merged (districts.ts)
			admin2: null,
			parent: row.parent || null,
			population: 0,
			source: row.source,
			overridesGeonames: Boolean(row.geonames)
		});
	}
	return { items, diagnostics };
}

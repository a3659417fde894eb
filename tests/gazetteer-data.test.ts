// Validates every curated gazetteer table in geodata/gazetteer/*.csv: header, ids, kinds, coordinates, names, sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/gazetteer/csv';
import { CURATED_COLUMNS, PLACE_KINDS } from '../src/lib/gazetteer/curated-rows';

const DIR = join(__dirname, '..', 'geodata', 'gazetteer');
// the loader's own column and kind lists: the data must be what the loader reads
const COLUMNS: readonly string[] = CURATED_COLUMNS;
const KINDS: readonly string[] = PLACE_KINDS;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC = /\p{Script=Arabic}/u;
// Syria's bounding box with a little margin; every non-country place of the theatre falls inside it.
const BBOX = { south: 32.3, north: 37.4, west: 35.6, east: 42.4 };

type Row = Record<string, string | undefined>;

/** Every problem with one row, as "<column>: <reason>"; empty when the row is valid. */
function rowProblems(row: Row): string[] {
	const problems: string[] = [];
	if (row.geonames && !/^\d+$/.test(row.geonames))
		problems.push(`geonames: not a GeoNames id "${row.geonames}"`);
	if (!row.id && !row.geonames) problems.push('id: empty while geonames is empty too');
	if (row.id && !SLUG.test(row.id)) problems.push(`id: not a lowercase slug "${row.id}"`);
	if (!KINDS.includes(row.kind ?? '')) problems.push(`kind: "${row.kind}" is not one of ${KINDS.join('/')}`);
	const lat = Number(row.lat);
	const lon = Number(row.lon);
	if (!row.lat || !Number.isFinite(lat)) problems.push(`lat: not a number "${row.lat}"`);
	if (!row.lon || !Number.isFinite(lon)) problems.push(`lon: not a number "${row.lon}"`);
	if (row.kind !== 'country' && Number.isFinite(lat) && Number.isFinite(lon)) {
		if (lat < BBOX.south || lat > BBOX.north || lon < BBOX.west || lon > BBOX.east)
			problems.push(`lat/lon: ${row.lat},${row.lon} is outside Syria's bounding box`);
	}
	if (!(row.name ?? '').trim()) problems.push('name: empty');
	if (!ARABIC.test(row.name_ar ?? '')) problems.push(`name_ar: no Arabic script in "${row.name_ar}"`);
	if (!(row.source ?? '').trim()) problems.push('source: empty');
	return problems;
}

/** The key that must be unique across all files: the slug id, or the GeoNames id of an override row. */
function rowKey(row: Row): string {
	return row.id ? `sm:${row.id}` : `geonames:${row.geonames}`;
}

function loadTables(): { file: string; header: string[]; rows: { line: number; row: Row }[] }[] {
	const files = readdirSync(DIR)
		.filter((f) => f.endsWith('.csv'))
		.sort();
	return files.map((file) => {
		const table = parseCsv(readFileSync(join(DIR, file), 'utf8'), file);
		const rows = table.rows.map(({ line, cells }) => ({
			line,
			row: Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i] ?? ''])) as Row
		}));
		return { file, header: table.header, rows };
	});
}

describe('curated gazetteer data (geodata/gazetteer/*.csv)', () => {
	const tables = loadTables();

	it('has at least one table, each with rows', () => {
		expect(tables.length).toBeGreaterThan(0);
		for (const t of tables) expect(t.rows.length, t.file).toBeGreaterThan(0);
	});

	it('every table has the columns in the contract order', () => {
		for (const t of tables) expect(t.header, t.file).toEqual(COLUMNS);
	});

	it('every row is valid', () => {
		const problems = tables.flatMap((t) =>
			t.rows.flatMap(({ line, row }) => rowProblems(row).map((p) => `${t.file}:${line}: ${p}`))
		);
		expect(problems).toEqual([]);
	});

	it('ids (and GeoNames overrides) are unique across all files', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const t of tables) {
			for (const { line, row } of t.rows) {
				const key = rowKey(row);
				const where = `${t.file}:${line}`;
				const first = seen.get(key);
				if (first) duplicates.push(`${key} at ${where}, first at ${first}`);
				else seen.set(key, where);
			}
		}
		expect(duplicates).toEqual([]);
	});

	it('the row check rejects each kind of bad row', () => {
		const good: Row = {
			id: 'khan-al-asal',
			geonames: '',
			name: 'Khan al-Asal',
			name_ar: 'خان العسل',
			aliases: '',
			kind: 'town',
			lat: '36.16722',
			lon: '37.03917',
			admin1: 'Aleppo',
			parent: '',
			source: 'Wikipedia'
		};
		expect(rowProblems(good)).toEqual([]);
		const cases: [Partial<Row>, string][] = [
			[{ id: 'Khan al-Asal' }, 'id:'],
			[{ id: '', geonames: '' }, 'id:'],
			[{ geonames: 'x12' }, 'geonames:'],
			[{ kind: 'hamlet' }, 'kind:'],
			[{ lat: 'north' }, 'lat:'],
			[{ lon: '' }, 'lon:'],
			[{ lat: '48.85', lon: '2.35' }, 'outside'],
			[{ name: ' ' }, 'name:'],
			[{ name_ar: 'Khan al-Asal' }, 'name_ar:'],
			[{ source: '' }, 'source:']
		];
		for (const [change, expected] of cases) {
			const problems = rowProblems({ ...good, ...change });
			expect(problems.join('; '), JSON.stringify(change)).toContain(expected);
		}
		// Countries may lie outside Syria.
		expect(rowProblems({ ...good, kind: 'country', lat: '39.0', lon: '35.0' })).toEqual([]);
	});
});

// `npm run export` on the default data (static/data, built by `npm run gazetteer` as `npm test`
// does first): the files a desk opens in a spreadsheet or GIS, read back by real parsers.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { XMLValidator } from 'fast-xml-parser';
import { kml as kmlToGeojson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../scripts/export';
import { ACLED_COLUMNS, CREDITS_TAG } from '../../src/lib/export/acled-csv';

const DATA = join(__dirname, '..', '..', 'static', 'data');
let dir: string;
let errors: string[];
let events: {
	id: string;
	date: string;
	admin1: string | null;
	admin2: string | null;
	place_id: string;
	faction: string | null;
	kind: string;
}[];
/** The kind of each place of the data (places.geojson): a district is given to point places only. */
let placeKinds: Map<string, string>;

beforeAll(() => {
	if (!existsSync(join(DATA, 'manifest.json')))
		throw new Error(`${DATA}/manifest.json: missing; run \`npm run gazetteer\` first`);
	const layer = JSON.parse(readFileSync(join(DATA, 'layers', 'events.geojson'), 'utf8')) as {
		features: { properties: (typeof events)[number] }[];
	};
	events = layer.features.map((f) => f.properties);
	const places = JSON.parse(readFileSync(join(DATA, 'places.geojson'), 'utf8')) as {
		features: { properties: { id: string; kind: string } }[];
	};
	placeKinds = new Map(places.features.map((f) => [f.properties.id, f.properties.kind]));
});
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'sm-export-'));
	errors = [];
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const run = (...args: string[]) => main(['--data', DATA, ...args]);

describe('npm run export', () => {
	it('writes all dates as CSV: BOM, 31 columns, every event with its governorate, the credit once', async () => {
		const out = join(dir, 'all.csv');
		expect(await run('--format', 'csv', '--out', out)).toBe(0);
		const bytes = readFileSync(out);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
		expect(r.errors).toEqual([]);
		expect(r.meta.fields).toEqual([...ACLED_COLUMNS]);
		const rows = r.data.filter((row) => row.tags !== CREDITS_TAG);
		expect(rows).toHaveLength(events.length);
		expect(rows.every((row) => row.admin1 !== '')).toBe(true);
		expect(new Set(rows.map((row) => row.admin1))).toEqual(new Set(events.map((e) => e.admin1)));
		// admin2, the district: filled for every event at a point place of Syria, empty at a region
		const admin2 = new Map(rows.map((row) => [row.event_id_cnty, row.admin2]));
		const atPoints = events.filter(
			(e) => !['region', 'road', 'river', 'country'].includes(placeKinds.get(e.place_id)!)
		);
		expect(atPoints.length).toBeGreaterThan(events.length / 2);
		for (const e of atPoints) expect(admin2.get(e.id), `${e.id} at ${e.place_id}`).toMatch(/^[A-Z][\w' -]+$/);
		for (const e of events) expect(admin2.get(e.id)).toBe(e.admin2 ?? '');
		expect(new Set(rows.map((row) => row.admin2))).toContain('Jebel Saman');
		expect(r.data.filter((row) => row.notes?.includes('GeoNames'))).toHaveLength(1);
	});

	it('writes a date range: only the events dated in it', async () => {
		const out = join(dir, 'range.csv');
		expect(await run('--from', '2024-11-28', '--to', '2024-11-29', '--format', 'csv', '--out', out)).toBe(0);
		const r = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
			header: true,
			skipEmptyLines: true
		});
		const dates = r.data.filter((row) => row.tags !== CREDITS_TAG).map((row) => row.event_date);
		const expected = events.filter((e) => e.date >= '2024-11-28' && e.date <= '2024-11-29');
		expect(expected.length).toBeGreaterThan(0);
		expect(dates.sort()).toEqual(expected.map((e) => e.date).sort());
	});

	it('writes KML and KMZ that a real parser validates and togeojson reads with typed fields', async () => {
		const kmlFile = join(dir, 'all.kml');
		const kmzFile = join(dir, 'all.kmz');
		expect(await run('--format', 'kml', '--out', kmlFile)).toBe(0);
		expect(await run('--format', 'kmz', '--out', kmzFile)).toBe(0);
		const kml = readFileSync(kmlFile, 'utf8');
		expect(XMLValidator.validate(kml)).toBe(true);
		expect(strFromU8(unzipSync(readFileSync(kmzFile))['doc.kml']!)).toBe(kml);
		const fc = kmlToGeojson(new DOMParser().parseFromString(kml, 'text/xml') as unknown as Document);
		const evs = fc.features.filter((f) => f.properties?.layer === 'events');
		expect(evs).toHaveLength(events.length);
		const byId = new Map(evs.map((f) => [f.properties!.id as string, f.properties!]));
		for (const e of events) {
			const p = byId.get(e.id)!;
			expect(p).toMatchObject({ kind: e.kind, date: e.date });
			// A null attribute (an event whose side the reports do not name) has no field.
			expect(p.faction).toBe(e.faction ?? undefined);
			expect(typeof p.geo_precision).toBe('number');
			// the governorate and the district are typed fields too (absent where null)
			expect([p.admin1, p.admin2]).toEqual([e.admin1 ?? undefined, e.admin2 ?? undefined]);
		}
		expect(evs.filter((f) => typeof f.properties!.faction === 'string').length).toBeGreaterThan(0);
	});

	it('refuses bad arguments with exit 2, naming the flag', async () => {
		expect(await run('--format', 'xls', '--out', join(dir, 'x'))).toBe(2);
		expect(errors.at(-1)).toMatch(/--format must be one of csv, kml, kmz/);
		expect(await run('--format', 'csv', '--from', '2024-11-31', '--out', join(dir, 'x'))).toBe(2);
		expect(errors.at(-1)).toMatch(/from: "2024-11-31" is not a calendar date/);
		expect(
			await run('--format', 'csv', '--from', '2024-11-30', '--to', '2024-11-27', '--out', join(dir, 'x'))
		).toBe(2);
		expect(errors.at(-1)).toMatch(/after/);
		expect(await run('--format', 'csv')).toBe(2);
		expect(existsSync(join(dir, 'x'))).toBe(false);
	});

	it('exits 1 when the data folder cannot be read', async () => {
		expect(await main(['--data', join(dir, 'none'), '--format', 'csv', '--out', join(dir, 'x')])).toBe(1);
		expect(errors.at(-1)).toMatch(/manifest\.json: missing/);
	});
});

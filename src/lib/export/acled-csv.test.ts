import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
	ACLED_COLUMNS,
	BOM,
	CREDITS_TAG,
	csvCell,
	disorderType,
	eventsBetween,
	eventsToAcledCsv
} from './acled-csv';
import { event, MANIFEST } from './test-fixtures';

/** Reads the file back as a spreadsheet or a script would: papaparse, header row, BOM dropped. */
function parseCsv(text: string): string[][] {
	const r = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	expect(r.errors).toEqual([]);
	return r.data;
}

const input = (events = [event({})]) => ({
	events,
	sources: MANIFEST.sources,
	attribution: MANIFEST.attribution
});

describe('eventsToAcledCsv', () => {
	it("starts with ACLED's header and writes one row per event in column order", () => {
		const rows = parseCsv(
			eventsToAcledCsv(input([event({ admin1: 'Aleppo', admin2: 'Jebel Saman' } as never)]))
		);
		expect(rows[0]).toEqual([...ACLED_COLUMNS]);
		expect(rows).toHaveLength(3);
		const r = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]![i]]));
		expect(r).toMatchObject({
			event_id_cnty: 'evt:2024-11-29:aaaa0001',
			event_date: '2024-11-29',
			year: '2024',
			disorder_type: 'Political violence',
			sub_event_type: 'Non-state actor overtakes territory',
			inter1: 'Rebel group',
			iso: '760',
			country: 'Syria',
			location: 'Khan al-Asal',
			admin1: 'Aleppo',
			admin2: 'Jebel Saman',
			admin3: '',
			latitude: '36.17',
			longitude: '36.95',
			fatalities: '0'
		});
		expect(r.source).toBe('Outlet A, “First report”, 2024-11-29, https://a.example/1');
		expect(r.notes).not.toContain('GeoNames');
	});

	it('leaves admin1 and admin2 empty for an event without them (a region, or an older data folder)', () => {
		const rows = parseCsv(
			eventsToAcledCsv(
				input([event({}), event({ id: 'evt:2024-11-29:b', admin1: 'Aleppo', admin2: null } as never)])
			)
		);
		const cell = (row: number, c: (typeof ACLED_COLUMNS)[number]) => rows[row]![ACLED_COLUMNS.indexOf(c)];
		expect([cell(1, 'admin1'), cell(1, 'admin2'), cell(2, 'admin1'), cell(2, 'admin2')]).toEqual([
			'',
			'',
			'Aleppo',
			''
		]);
	});

	it('opens with a UTF-8 byte-order mark, so Excel reads the curly quotes and Arabic as UTF-8', () => {
		const csv = eventsToAcledCsv(input([event({ place_name: 'حلب' })]));
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.startsWith(BOM + 'event_id_cnty,')).toBe(true);
		// papaparse with a header row: every row has ACLED's 31 named fields.
		const r = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(r.errors).toEqual([]);
		expect(r.meta.fields).toHaveLength(31);
		expect(r.meta.fields![0]).toBe('event_id_cnty');
		expect(r.data[0]!.location).toBe('حلب');
	});

	it('writes the data credit once, in a last row of 31 cells tagged as credits', () => {
		const rows = parseCsv(eventsToAcledCsv(input([event({}), event({ id: 'evt:2024-11-29:b' })])));
		const credit = rows.filter((r) => r.join(',').includes('GeoNames (CC BY 4.0)'));
		expect(credit).toHaveLength(1);
		expect(credit[0]).toBe(rows.at(-1));
		expect(credit[0]).toHaveLength(31);
		expect(credit[0]![ACLED_COLUMNS.indexOf('tags')]).toBe(CREDITS_TAG);
		expect(credit[0]![ACLED_COLUMNS.indexOf('event_date')]).toBe('');
	});

	it('says whether an event was reviewed or machine-read', () => {
		const rows = parseCsv(
			eventsToAcledCsv(
				input([event({ reviewed: true }), event({ id: 'evt:2024-11-30:aaaa0002', reviewed: false })])
			)
		);
		// the header first, the credits row last
		const col = (name: (typeof ACLED_COLUMNS)[number]) =>
			rows.slice(1, -1).map((r) => r[ACLED_COLUMNS.indexOf(name)]);
		expect(
			col('notes').map((n) => /Reviewed by an analyst|Machine-read, not reviewed/.exec(n ?? '')?.[0])
		).toEqual(['Reviewed by an analyst', 'Machine-read, not reviewed']);
		expect(col('tags')).toEqual(['', 'machine-read']);
	});

	it('quotes commas, quotes and newlines so the row survives a round trip', () => {
		const note = 'He said "held", then\nleft, later';
		const rows = parseCsv(eventsToAcledCsv(input([event({ note })])));
		expect(rows).toHaveLength(3);
		expect(rows[1]![ACLED_COLUMNS.indexOf('notes')]).toBe(note);
	});

	it('guards text cells that a spreadsheet would run as a formula', () => {
		const rows = parseCsv(
			eventsToAcledCsv(input([event({ actor: '=HYPERLINK("http://x","y")', place_name: '@SUM(A1)' })]))
		);
		expect(rows[1]![ACLED_COLUMNS.indexOf('actor1')]).toBe(`'=HYPERLINK("http://x","y")`);
		expect(rows[1]![ACLED_COLUMNS.indexOf('location')]).toBe(`'@SUM(A1)`);
	});

	it('keeps negative coordinates as numbers', () => {
		const rows = parseCsv(eventsToAcledCsv(input([event({}, [-1.5, -0.1234567])])));
		expect(rows[1]![ACLED_COLUMNS.indexOf('longitude')]).toBe('-1.5');
		expect(rows[1]![ACLED_COLUMNS.indexOf('latitude')]).toBe('-0.123457');
	});

	it('sorts rows by date then id', () => {
		const csv = eventsToAcledCsv(
			input([event({ id: 'evt:2024-11-30:b', date: '2024-11-30' }), event({ id: 'evt:2024-11-29:z' })])
		);
		expect(
			parseCsv(csv)
				.slice(1)
				.map((r) => r[0])
		).toEqual(['evt:2024-11-29:z', 'evt:2024-11-30:b', '']);
	});
});

describe('eventsBetween', () => {
	it('keeps events dated inside the range, both ends included, and drops undated ones', () => {
		const evs = ['2024-11-27', '2024-11-28', '2024-11-29', '2024-11-30'].map((date, i) =>
			event({ id: `evt:${date}:${i}`, date })
		);
		const undated = event({ id: 'evt:none', date: null });
		const kept = eventsBetween([...evs, undated], '2024-11-28', '2024-11-29');
		expect(kept.map((f) => f.properties.date)).toEqual(['2024-11-28', '2024-11-29']);
		expect(eventsBetween(evs, '2024-11-30', '2024-11-27')).toEqual([]);
	});
});

describe('csvCell', () => {
	it('leaves plain text alone and guards each formula opener', () => {
		expect(csvCell('Aleppo')).toBe('Aleppo');
		for (const c of ['=', '+', '-', '@']) expect(csvCell(`${c}1`)).toBe(`'${c}1`);
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(NaN)).toBe('');
		expect(csvCell(null)).toBe('');
	});
});

describe('disorderType', () => {
	it('follows the ACLED event type', () => {
		expect(disorderType('Battles')).toBe('Political violence');
		expect(disorderType('Strategic developments')).toBe('Strategic developments');
	});
});

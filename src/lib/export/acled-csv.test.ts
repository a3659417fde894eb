import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, csvCell, disorderType, eventsToAcledCsv } from './acled-csv';
import { event, MANIFEST } from './test-fixtures';

/** A strict RFC 4180 reader, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i += 2;
		} else if (quoted && c === '"') {
			quoted = false;
			i++;
		} else if (quoted) {
			cell += c;
			i++;
		} else if (c === '"') {
			quoted = true;
			i++;
		} else if (c === ',') {
			row.push(cell);
			cell = '';
			i++;
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i += 2;
		} else {
			cell += c;
			i++;
		}
	}
	return rows;
}

const input = (events = [event({})]) => ({
	events,
	sources: MANIFEST.sources,
	attribution: MANIFEST.attribution
});

describe('eventsToAcledCsv', () => {
	it("starts with ACLED's header and writes one row per event in column order", () => {
		const rows = parseCsv(eventsToAcledCsv(input()));
		expect(rows[0]).toEqual([...ACLED_COLUMNS]);
		expect(rows).toHaveLength(2);
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
			latitude: '36.17',
			longitude: '36.95',
			fatalities: '0'
		});
		expect(r.source).toBe('Outlet A, “First report”, 2024-11-29, https://a.example/1');
		expect(r.notes).toContain('GeoNames (CC BY 4.0)');
	});

	it('says whether an event was reviewed or machine-read', () => {
		const rows = parseCsv(
			eventsToAcledCsv(
				input([event({ reviewed: true }), event({ id: 'evt:2024-11-30:aaaa0002', reviewed: false })])
			)
		);
		const col = (name: (typeof ACLED_COLUMNS)[number]) =>
			rows.slice(1).map((r) => r[ACLED_COLUMNS.indexOf(name)]);
		expect(
			col('notes').map((n) => /Reviewed by an analyst|Machine-read, not reviewed/.exec(n ?? '')?.[0])
		).toEqual(['Reviewed by an analyst', 'Machine-read, not reviewed']);
		expect(col('tags')).toEqual(['', 'machine-read']);
	});

	it('quotes commas, quotes and newlines so the row survives a round trip', () => {
		const note = 'He said "held", then\nleft, later';
		const rows = parseCsv(eventsToAcledCsv(input([event({ note })])));
		expect(rows).toHaveLength(2);
		expect(rows[1]![ACLED_COLUMNS.indexOf('notes')]).toContain(note);
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
		).toEqual(['evt:2024-11-29:z', 'evt:2024-11-30:b']);
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

import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { curatedRows } from './curated-rows';

const HEADER = 'id,geonames,name,name_ar,aliases,kind,lat,lon,admin1,parent,source';

describe('parseCsv', () => {
	it('refuses a last line without its line break: a file cut inside its last field would parse', () => {
		expect(() => parseCsv('id,name\na,Khan al-Asal\nb,Sara', 'cut.csv')).toThrow(
			/^cut\.csv:3: the last line has no line break/
		);
		expect(parseCsv('id,name\na,Khan al-Asal\r\n', 'whole.csv').rows).toHaveLength(1);
	});
	it('reads quoted fields with commas, quotes and line breaks', () => {
		const t = parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n', 't.csv');
		expect(t.rows[0]!.cells).toEqual(['x, y', 'say "hi"\nthere']);
	});
	it('names the file and line of a ragged row or an open quote', () => {
		expect(() => parseCsv('a,b\n1,2,3\n', 't.csv')).toThrow('t.csv:2: 3 fields, the header has 2');
		expect(() => parseCsv('a,b\n"1,2\n', 't.csv')).toThrow('t.csv:2: unterminated quoted field');
	});
});

describe('curatedRows', () => {
	it('makes entries, GeoNames overrides and errors by line and column', () => {
		const table = parseCsv(
			`${HEADER}\nkhan-al-asal,,Khan al-Asal,خان العسل,Khan el-Assal|Han el-Asel,town,36.167,37.039,Aleppo,,Wikipedia\n,164816,Saraqeb,سراقب,Saraqib,town,35.86,36.80,Idlib,,GeoNames\nbad,,Bad,سيء,,hamlet,36,37,Aleppo,,x\n`,
			'c.csv'
		);
		const { items, diagnostics } = curatedRows(table, 'c.csv');
		expect(items.map((e) => [e.id, e.overridesGeonames])).toEqual([
			['place:sm:khan-al-asal', false],
			['place:geonames:164816', true]
		]);
		expect(items[0]!.aliases).toEqual(['Khan el-Assal', 'Han el-Asel']);
		expect(diagnostics[0]!.message).toMatch(/c\.csv:4: kind must be one of/);
	});
	it('refuses a header in another order', () => {
		expect(() => curatedRows(parseCsv('name,id\nA,b\n', 'c.csv'), 'c.csv')).toThrow(/header must be/);
	});
});

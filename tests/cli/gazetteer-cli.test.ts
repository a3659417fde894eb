// The gazetteer command as a user runs it: outputs, determinism, atomicity, and every bad input.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/gazetteer';

const ROOT = join(__dirname, '..', '..');
const ARTICLES = join(ROOT, 'tests', 'fixtures', 'articles');
let dir: string;
let errors: string[];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
	errors = [];
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function articles(files: Record<string, string | Buffer>): string {
	const d = join(dir, 'in');
	mkdirSync(d, { recursive: true });
	for (const [name, body] of Object.entries(files)) writeFileSync(join(d, name), body);
	return d;
}
const run = (...args: string[]) => main(['--geodata', join(ROOT, 'geodata'), ...args]);
const snapshot = (d: string) =>
	Object.fromEntries(
		readdirSync(d)
			.filter((f) => !f.includes('.tmp'))
			.map((f) => [f, f.includes('.') ? readFileSync(join(d, f), 'utf8') : ''])
	);

describe('npm run gazetteer', () => {
	it('writes the contract files, byte-identical on a second run', () => {
		const out = join(dir, 'out');
		expect(run('--articles', ARTICLES, '--out', out)).toBe(0);
		const first = snapshot(out);
		expect(Object.keys(first)).toEqual(
			expect.arrayContaining(['places.geojson', 'events.geojson', 'diagnostics.json', 'manifest.json'])
		);
		expect(run('--articles', ARTICLES, '--out', out)).toBe(0);
		expect(snapshot(out)).toEqual(first);
	});

	it('builds the embedded default data with no --articles', () => {
		const out = join(dir, 'default');
		expect(run('--out', out)).toBe(0);
		const events = JSON.parse(readFileSync(join(out, 'events.geojson'), 'utf8'));
		expect(events.features.length).toBeGreaterThan(20);
		// the dated layer shows an event on its own day, not on every later day
		const layer = JSON.parse(readFileSync(join(out, 'layers', 'events.geojson'), 'utf8'));
		const dayPrecise = layer.features.filter(
			(f: { properties: { time_precision: number } }) => f.properties.time_precision === 1
		);
		expect(dayPrecise.length).toBeGreaterThan(20);
		for (const f of dayPrecise)
			expect([f.properties.from_date, f.properties.to_date]).toEqual([f.properties.date, f.properties.date]);
	});

	it('reports each unusable file on one line naming it, and still reads the others', () => {
		const d = articles({
			'good.md': '---\npublished: 2024-11-29\n---\nRebels captured Saraqeb on Friday.',
			'binary.txt': Buffer.from([0x52, 0x00, 0xff, 0x10]),
			'latin1.txt': Buffer.from([0x41, 0x6c, 0x65, 0x70, 0x70, 0x6f, 0xe9, 0x20]),
			'empty.md': '   \n',
			'huge.txt': 'Aleppo. '.repeat(300_000),
			'bad-yaml.md': '---\npublished: [2024\n---\nClashes in Idlib.',
			'wrong-types.md': '---\npublished: 12\ntitle: [a, b]\nurl: javascript:alert(1)\n---\nClashes in Idlib.',
			'ignored.pdf': 'not an article'
		});
		expect(run('--articles', d, '--out', join(dir, 'out'))).toBe(0);
		const joined = errors.join('\n');
		expect(joined).toMatch(/binary\.txt: binary file/);
		expect(joined).toMatch(/latin1\.txt: not valid UTF-8/);
		expect(joined).toMatch(/empty\.md: empty file/);
		expect(joined).toMatch(/huge\.txt: too large/);
		expect(joined).toMatch(/bad-yaml\.md: front matter is not valid YAML/);
		expect(joined).toMatch(/wrong-types\.md: front matter field "published" must be an ISO date/);
		expect(joined).toMatch(/wrong-types\.md: front matter field "title" must be a non-empty string/);
		expect(joined).toMatch(/wrong-types\.md: front matter field "url" must be an http\(s\) URL/);
		expect(joined).not.toMatch(/ignored\.pdf/);
		const events = JSON.parse(readFileSync(join(dir, 'out', 'events.geojson'), 'utf8'));
		expect(
			events.features.some(
				(f: { properties: { kind: string; date: string } }) =>
					f.properties.kind === 'capture' && f.properties.date === '2024-11-29'
			)
		).toBe(true);
	});

	it('exits non-zero when nothing could be read, and with --strict on any error', () => {
		const none = articles({ 'empty.txt': '' });
		expect(run('--articles', none, '--out', join(dir, 'o1'))).toBe(1);
		const some = articles({ 'ok.txt': 'Clashes in Idlib on 29 November 2024.', 'empty.txt': '' });
		expect(run('--articles', some, '--out', join(dir, 'o2'))).toBe(0);
		expect(run('--articles', some, '--out', join(dir, 'o3'), '--strict')).toBe(1);
	});

	it('refuses an unknown flag, a missing folder and a bad --published', () => {
		expect(() => run('--colour', 'red')).toThrow(/unknown argument "--colour"/);
		expect(() => run('--articles', join(dir, 'nope'))).toThrow(/no such folder/);
		expect(() => run('--articles', ARTICLES, '--published', '29/11/2024')).toThrow(
			/--published must be YYYY-MM-DD/
		);
	});

	it('leaves earlier outputs intact when a run fails on bad geodata', () => {
		const out = join(dir, 'out');
		expect(run('--articles', ARTICLES, '--out', out)).toBe(0);
		const before = snapshot(out);
		const geodata = join(dir, 'geodata');
		cpSync(join(ROOT, 'geodata'), geodata, { recursive: true });
		writeFileSync(join(geodata, 'actors.json'), '{ not json');
		expect(() => main(['--geodata', geodata, '--articles', ARTICLES, '--out', out])).toThrow(
			/actors\.json: not valid JSON/
		);
		expect(snapshot(out)).toEqual(before);
	});

	it('refuses a bad district table, naming file, line and field of every problem, and writes nothing', () => {
		const out = join(dir, 'out');
		expect(run('--articles', ARTICLES, '--out', out)).toBe(0);
		const before = snapshot(out);
		const geodata = join(dir, 'geodata');
		cpSync(join(ROOT, 'geodata'), geodata, { recursive: true });
		const file = join(geodata, 'districts.csv');
		const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
		writeFileSync(
			file,
			[
				header,
				...rows,
				"SY,Idleb,Ma'arrat Misrin,167605,,,",
				'SY,Aleppo,Nowhere,1,,,',
				'SY,Aleppo,Azaz,163476,,,'
			].join('\n') + '\n'
		);
		const line = rows.length + 2;
		let message = '';
		try {
			main(['--geodata', geodata, '--articles', ARTICLES, '--out', out]);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message.split('\n')).toEqual([
			`${file}:${line}: admin1 "Idleb" is not a governorate of SY in gazetteer-config.json "admin1Names" (Aleppo, Damascus, Daraa, Deir ez-Zor, Hama, Hasakah, Homs, Idlib, Latakia, Quneitra, Raqqa, Rif Dimashq, Suwayda, Tartus)`,
			`${file}:${line + 1}: seat_geonames 1 is not in the gazetteer (cities500 and curated rows)`,
			expect.stringMatching(new RegExp(`^${file}:${line + 2}: district "Azaz" is already on line \\d+$`))
		]);
		expect(snapshot(out)).toEqual(before);
	});

	it('reports bad curated gazetteer rows and routes by file, line and field', () => {
		const geodata = join(dir, 'geodata');
		cpSync(join(ROOT, 'geodata'), geodata, { recursive: true });
		writeFileSync(
			join(geodata, 'gazetteer', 'zz-bad.csv'),
			'id,geonames,name,name_ar,aliases,kind,lat,lon,admin1,parent,source\n' +
				'bad-lat,,Nowhere,لا,,village,NaN,37,Aleppo,,test\n' +
				'far-away,,Far,بعيد,,village,95,37,Aleppo,,test\n' +
				'Bad Id,,X,س,,village,36,37,Aleppo,,test\n' +
				'khan-al-asal,,Duplicate,مكرر,,village,36,37,Aleppo,,test\n'
		);
		writeFileSync(
			join(geodata, 'routes.geojson'),
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { id: 'm5-highway', name: 'M5', kind: 'road' },
						geometry: { type: 'LineString', coordinates: [[37, 'x']] }
					}
				]
			})
		);
		expect(main(['--geodata', geodata, '--out', join(dir, 'out')])).toBe(0);
		const joined = errors.join('\n');
		expect(joined).toMatch(/zz-bad\.csv:2: lat must be a latitude, got "NaN"/);
		expect(joined).toMatch(/zz-bad\.csv:3: lat must be a latitude, got "95"/);
		expect(joined).toMatch(/zz-bad\.csv:4: id must be a lowercase slug/);
		expect(joined).toMatch(/place:sm:khan-al-asal is curated twice/);
		expect(joined).toMatch(/routes\.geojson: features\[0\]\.geometry must be a LineString of 2\+ positions/);
	});
});

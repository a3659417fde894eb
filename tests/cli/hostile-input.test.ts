// Hostile input to the gazetteer command (issue 6): each case gets a clear error naming the file and
// the reason, and earlier outputs stay as they were.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/gazetteer';

const ROOT = join(__dirname, '..', '..');
let dir: string;
let out: string;
let before: Record<string, string>;
let errors: string[];

const listing = (d: string) =>
	Object.fromEntries(
		readdirSync(d)
			.filter((f) => f.endsWith('.json') || f.endsWith('.geojson'))
			.map((f) => [f, readFileSync(join(d, f), 'utf8')])
	);

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'sm-hostile-'));
	out = join(dir, 'out');
	vi.spyOn(console, 'log').mockImplementation(() => {});
	expect(main(['--geodata', join(ROOT, 'geodata'), '--out', out])).toBe(0);
	before = listing(out);
	vi.restoreAllMocks();
});
beforeEach(() => {
	errors = [];
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** A copy of geodata with one file replaced. */
function geodataWith(rel: string, content: string): string {
	const g = mkdtempSync(join(dir, 'geo-'));
	cpSync(join(ROOT, 'geodata'), g, { recursive: true });
	writeFileSync(join(g, rel), content);
	return g;
}
const square = (coords: (number | string)[][]) => ({ type: 'Polygon', coordinates: [coords] });
const collection = (...features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: object, properties: object = { faction: 'government' }, id?: string) => ({
	type: 'Feature',
	...(id ? { id } : {}),
	properties,
	geometry
});
const CCW = [
	[36, 35],
	[37, 35],
	[37, 36],
	[36, 36],
	[36, 35]
];

describe('bad baseline and override files', () => {
	it.each([
		['not JSON', '{ nope', /baseline-2024-11-26\.geojson: not valid JSON/],
		[
			'not a FeatureCollection',
			'{"type":"Point","coordinates":[1,2]}',
			/baseline-2024-11-26\.geojson: must be a GeoJSON FeatureCollection/
		],
		[
			'a NaN coordinate',
			collection(
				feature(
					square([
						[36, 35],
						[37, 35],
						['NaN', 36],
						[36, 35]
					])
				)
			),
			/features\[0\]\.geometry: position \["NaN",36\] is not a pair of finite numbers/
		],
		[
			'an out-of-range coordinate',
			collection(
				feature(
					square([
						[36, 35],
						[370, 35],
						[37, 36],
						[36, 35]
					])
				)
			),
			/features\[0\]\.geometry: position \[370, 35\] is out of range/
		],
		[
			'clockwise winding',
			collection(feature(square([...CCW].reverse()))),
			/features\[0\]\.geometry: exterior ring must wind counterclockwise/
		],
		[
			'a self-intersecting ring',
			collection(
				feature(
					square([
						[36, 35],
						[37, 36],
						[37, 35],
						[36, 36],
						[36, 35]
					])
				)
			),
			/intersects itself/
		],
		[
			'a missing faction',
			collection(feature(square(CCW), {})),
			/features\[0\]\.properties\.faction must be a string/
		],
		[
			'duplicate ids',
			collection(
				feature(square(CCW), { faction: 'government' }, 'a'),
				feature(square(CCW), { faction: 'sna' }, 'a')
			),
			/features\[1\]: duplicate id "a"/
		]
	])('baseline with %s', (_label, content, message) => {
		const g = geodataWith('control/baseline-2024-11-26.geojson', content);
		expect(() => main(['--geodata', g, '--out', out])).toThrow(message);
		expect(listing(out)).toEqual(before);
	});

	it('an override without a date', () => {
		const g = geodataWith('overrides.geojson', collection(feature(square(CCW), { faction: 'opposition' })));
		expect(() => main(['--geodata', g, '--out', out])).toThrow(
			/overrides\.geojson: features\[0\]\.properties\.date must be a string/
		);
		expect(listing(out)).toEqual(before);
	});
});

describe('hostile articles', () => {
	function articles(files: Record<string, string | Buffer>): string {
		const d = mkdtempSync(join(dir, 'in-'));
		for (const [name, body] of Object.entries(files)) writeFileSync(join(d, name), body);
		return d;
	}

	it('refuses a 50 MB article and random bytes by name, and reads the rest', () => {
		const random = Buffer.alloc(4096);
		let s = 12345;
		for (let i = 0; i < random.length; i++) random[i] = (s = (s * 1103515245 + 12345) & 0x7fffffff) & 0xff;
		const d = articles({
			'big.txt': Buffer.alloc(50 * 1024 * 1024, 0x61),
			'random.md': random,
			'ok.md': '---\npublished: 2024-11-29\n---\nRebels seized Saraqeb on Friday.'
		});
		const o = join(dir, 'o-big');
		expect(main(['--geodata', join(ROOT, 'geodata'), '--articles', d, '--out', o])).toBe(0);
		expect(errors.join('\n')).toMatch(/big\.txt: too large \(50\.0 MB/);
		expect(errors.join('\n')).toMatch(/random\.md: (binary file|not valid UTF-8)/);
		expect(readFileSync(join(o, 'events.geojson'), 'utf8')).toContain('"kind":"capture"');
	});

	it('reads places through deeply nested and script-laden HTML, and keeps offsets true', () => {
		const html =
			'<div>'.repeat(3000) +
			'Rebels seized <b>Saraqeb</b> on Friday.<script>var x = "Homs Hama Idlib";</script><style>.Aleppo{}</style>' +
			'</div>'.repeat(3000);
		const d = articles({ 'html.md': `---\npublished: 2024-11-29\n---\n${html}` });
		const o = join(dir, 'o-html');
		expect(main(['--geodata', join(ROOT, 'geodata'), '--articles', d, '--out', o])).toBe(0);
		const places = JSON.parse(readFileSync(join(o, 'places.geojson'), 'utf8'));
		expect(places.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
			'Saraqeb'
		]);
		const m = places.features[0].properties.mentions[0];
		expect(readFileSync(join(d, 'html.md'), 'utf8').slice(m.start, m.end)).toBe('Saraqeb');
	});
});

describe('bad arguments', () => {
	it.each([
		[['--out'], /--out needs a value/],
		[['--articles', '--strict'], /--articles needs a value/],
		[['positional'], /unknown argument "positional"/]
	])('%j', (args, message) => {
		expect(() => main(args)).toThrow(message);
	});
	it('an empty output folder name does not escape into the working folder', () => {
		mkdirSync(join(dir, 'keep'), { recursive: true });
		expect(() => main(['--geodata', join(ROOT, 'geodata'), '--out', ''])).toThrow(/--out needs a value/);
	});
});

/** A folder holding the given article files (name → content), for main --articles. */
function articlesDir(files: Record<string, string | Buffer>): string {
	const a = mkdtempSync(join(dir, 'articles-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(a, name, '..'), { recursive: true });
		writeFileSync(join(a, name), content);
	}
	return a;
}
const runOn = (articles: string, ...extra: string[]) =>
	main([
		'--geodata',
		join(ROOT, 'geodata'),
		'--articles',
		articles,
		'--out',
		mkdtempSync(join(dir, 'out-')),
		...extra
	]);
const FRONT = '---\npublished: 2024-11-30\n---\n';

describe('unbounded input', () => {
	it('an article naming a place 200,000 times on one line is capped with a warning, not a stack overflow', () => {
		const a = articlesDir({
			'list.md': `${FRONT}Fighters went into ${'Aleppo, '.repeat(200_000)}and stayed.\n`
		});
		expect(runOn(a)).toBe(0);
		expect(errors.join('\n')).toMatch(
			/warning: list\.md: 200000 place mentions, more than the limit of 20000/
		);
	});
});

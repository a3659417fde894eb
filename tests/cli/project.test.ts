// Map projects (issue 12 §1, §5): a second theatre built from its theatre.json alone, the embedded
// default as a project, hostile theatre files (exit 2, the last good output kept) and --watch.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LayerManifest } from '../../src/lib/domain/types';
import { main } from '../../scripts/gazetteer';
import { bundleGazetteer, smallGeodata, startGazetteer, tree } from './child-gazetteer';

const ROOT = join(import.meta.dirname, '..', '..');
const GEODATA = join(ROOT, 'geodata');
const MANBIJ = join(ROOT, 'tests', 'fixtures', 'projects', 'manbij');
const readJsonFile = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'sm-project-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs main() in this process with its console quiet; returns the exit code and what it printed. */
function quietMain(args: string[]): { code: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
	const error = vi
		.spyOn(console, 'error')
		.mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
	try {
		return { code: main(args), out, err };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

describe('a second theatre from theatre.json alone', () => {
	it('builds the Manbij project with its own title, bounds, view, timeline and reference point', () => {
		const out = join(dir, 'manbij');
		expect(quietMain(['--geodata', GEODATA, '--project', MANBIJ, '--out', out]).code).toBe(0);
		const theatre = readJsonFile(join(MANBIJ, 'theatre.json'));
		const m = readJsonFile(join(out, 'manifest.json')) as LayerManifest;
		expect(m.title).toBe('Tal Rifaat and Manbij, 30 November – 9 December 2024');
		expect(m.theatre!.title).toEqual(theatre.title);
		expect(m.theatre!.subtitle).toEqual(theatre.subtitle);
		expect(m.theatre!.bounds).toEqual([34, 33, 43, 38]);
		expect(m.theatre!.view).toEqual([36.8, 36.2, 38.4, 36.9]);
		expect(m.start).toBe('2024-11-30');
		// the end is the last event's date: the capture of Manbij reported on 9 December
		expect(m.end).toBe('2024-12-09');
		expect(m.theatre!.distance_reference!.name.en).toBe('Manbij');
		expect(m.attribution).toEqual(theatre.attribution);
		// the front came closer to Manbij when the city fell
		const figure = (date: string) => m.figures.find((f) => f.date === date)!.front_to_reference_km!;
		expect(figure('2024-12-09')).toBeLessThan(figure('2024-11-30'));
		const events = readJsonFile(join(out, 'events.geojson')).features.map(
			(f: { properties: { date: string; kind: string; faction: string | null; place_id: string } }) =>
				f.properties
		);
		expect(events).toContainEqual(
			expect.objectContaining({
				date: '2024-12-09',
				kind: 'capture',
				faction: 'sna',
				place_id: 'place:geonames:167357'
			})
		);
		expect(m.sources.map((s) => s.article)).toContain('2024-12-09-manbij-taken.md');
	});

	it('the embedded default is a project: no arguments and --project geodata write the same files', () => {
		const a = join(dir, 'default-a');
		const b = join(dir, 'default-b');
		expect(quietMain(['--geodata', GEODATA, '--out', a]).code).toBe(0);
		expect(quietMain(['--geodata', GEODATA, '--project', GEODATA, '--out', b]).code).toBe(0);
		expect(tree(b)).toEqual(tree(a));
		expect((readJsonFile(join(a, 'manifest.json')) as LayerManifest).theatre!.title).toEqual(
			readJsonFile(join(GEODATA, 'theatre.json')).title
		);
	});
});

describe('hostile theatre.json', () => {
	let bundle: string;
	let geodata: string;
	let project: string;
	let out: string;
	let good: Record<string, string> | null;
	let theatre: Record<string, unknown>;

	beforeAll(async () => {
		const d = mkdtempSync(join(dir, 'hostile-'));
		bundle = bundleGazetteer(d);
		geodata = smallGeodata(d);
		project = join(d, 'project');
		cpSync(geodata, project, { recursive: true });
		out = join(d, 'out');
		theatre = readJsonFile(join(project, 'theatre.json'));
		const first = startGazetteer(bundle, ['--geodata', geodata, '--project', project, '--out', out]);
		expect((await first.exited).code).toBe(0);
		good = tree(out);
		expect(Object.keys(good ?? {})).toContain('manifest.json');
	});

	/** Writes theatre.json as given, runs the real command; expects exit 2, an error naming file and field, the output unchanged. */
	async function refused(content: string, ...expected: RegExp[]) {
		writeFileSync(join(project, 'theatre.json'), content);
		const child = startGazetteer(bundle, ['--geodata', geodata, '--project', project, '--out', out]);
		const { code } = await child.exited;
		const stderr = child.stderr();
		expect(code).toBe(2);
		for (const e of expected) expect(stderr).toMatch(e);
		expect(stderr.length).toBeLessThan(5000);
		expect(tree(out)).toEqual(good);
	}
	const file = () => join(project, 'theatre.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

	it('invalid JSON: says the line and column', async () => {
		const text = JSON.stringify(theatre, null, '\t').replace('"view": [', '"view": [,');
		await refused(text, new RegExp(`${file()}: not valid JSON: line \\d+, column \\d+`));
	});

	it('an unknown key: refused with a suggestion', async () => {
		await refused(
			JSON.stringify({ ...theatre, timelinestart: '2024-11-26' }),
			new RegExp(`${file()}: timelinestart: unknown key \\(did you mean "timelineStart"\\?\\)`)
		);
	});

	it('a wrong type and out-of-range bounds: each field named with its rule', async () => {
		await refused(
			JSON.stringify({ ...theatre, title: 'only English', bounds: [31, 29, 47, 95] }),
			new RegExp(`${file()}: title: must be an object \\{en, ar\\}, got a string`),
			new RegExp(`${file()}: bounds\\[3\\] \\(north\\): must be from -90 to 90, got 95`)
		);
	});

	it('a baseline file that does not exist', async () => {
		await refused(
			JSON.stringify({ ...theatre, baseline: 'control/nowhere.geojson' }),
			new RegExp(`${file()}: baseline: "control/nowhere.geojson" does not exist`)
		);
	});

	it('10 MB string fields: refused by their length, not echoed', async () => {
		const huge = 'x'.repeat(10 * 1024 * 1024);
		await refused(
			JSON.stringify({ ...theatre, subtitle: { en: huge, ar: huge } }),
			new RegExp(`${file()}: subtitle.en: must be at most 500 characters, got 10,485,760`),
			new RegExp(`${file()}: subtitle.ar: must be at most 500 characters`)
		);
	});

	it('a project without theatre.json, and a theatre whose country is not in the gazetteer', async () => {
		rmSync(join(project, 'theatre.json'));
		const child = startGazetteer(bundle, ['--geodata', geodata, '--project', project, '--out', out]);
		expect((await child.exited).code).toBe(2);
		expect(child.stderr()).toMatch(new RegExp(`${file()}: missing`));
		await refused(
			JSON.stringify({
				...theatre,
				country: { ...(theatre.country as object), gazetteerId: 'place:sm:atlantis' }
			}),
			new RegExp(`${file()}: country.gazetteerId: "place:sm:atlantis" is not a country of the gazetteer`)
		);
		expect(tree(out)).toEqual(good);
	});
});

describe('arguments', () => {
	it('refuses --project with --articles, and --watch without --project', () => {
		expect(() => main(['--project', MANBIJ, '--articles', MANBIJ, '--out', join(dir, 'x')])).toThrow(
			/--project and --articles: give one/
		);
		expect(() => main(['--watch', '--out', join(dir, 'x')])).toThrow(/--watch needs --project DIR/);
	});
	it('refuses a project with neither articles/ nor events.json', () => {
		const p = join(dir, 'empty-project');
		mkdirSync(p);
		cpSync(join(MANBIJ, 'theatre.json'), join(p, 'theatre.json'));
		cpSync(join(MANBIJ, 'actors.json'), join(p, 'actors.json'));
		cpSync(join(MANBIJ, 'control'), join(p, 'control'), { recursive: true });
		expect(() => main(['--geodata', GEODATA, '--project', p, '--out', join(dir, 'y')])).toThrow(
			/needs an articles\/ folder \(or a curated events\.json\)/
		);
	});
});

describe('--watch', () => {
	it('rebuilds when theatre.json or an article changes, and keeps the output when a change is bad', async () => {
		const d = mkdtempSync(join(dir, 'watch-'));
		const bundle = bundleGazetteer(d);
		const geodata = smallGeodata(d);
		const project = join(d, 'project');
		mkdirSync(join(project, 'articles'), { recursive: true });
		for (const f of ['theatre.json', 'actors.json', 'control'])
			cpSync(join(geodata, f), join(project, f), { recursive: true });
		const article = (text: string) => `---\npublished: 2024-11-28\n---\n${text}\n`;
		writeFileSync(
			join(project, 'articles', 'one.md'),
			article('Fighting was reported in Khan al-Asal on Thursday.')
		);
		const out = join(d, 'out');
		const child = spawn(
			process.execPath,
			[bundle, '--geodata', geodata, '--project', project, '--out', out, '--watch'],
			{
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		let stdout = '';
		let waiters: { re: RegExp; from: number; resolve: () => void }[] = [];
		const check = () => {
			waiters = waiters.filter((w) => {
				if (!w.re.test(stdout.slice(w.from))) return true;
				w.resolve();
				return false;
			});
		};
		child.stdout.on('data', (c: Buffer) => {
			stdout += c.toString();
			check();
		});
		child.stderr.resume();
		/** Waits for a line matching `re` printed after this call (no timing: the event itself). */
		const next = (re: RegExp) => {
			const from = stdout.length;
			return new Promise<void>((resolve) => {
				waiters.push({ re, from, resolve });
			});
		};
		const manifest = () => readJsonFile(join(out, 'manifest.json')) as LayerManifest;
		const eventCount = () => readJsonFile(join(out, 'events.geojson')).features.length as number;
		try {
			await next(/watch: first build, exit 0/);
			const firstEvents = eventCount();
			expect(manifest().theatre!.title.en).toBe(
				(readJsonFile(join(project, 'theatre.json')) as { title: { en: string } }).title.en
			);

			// a new title in theatre.json
			let rebuilt = next(/watch: rebuilt after a change to [^\n]*theatre\.json[^\n]*, exit 0/);
			const theatre = readJsonFile(join(project, 'theatre.json'));
			writeFileSync(
				join(project, 'theatre.json'),
				JSON.stringify({ ...theatre, title: { en: 'Watched front', ar: 'جبهة مراقبة' } })
			);
			await rebuilt;
			expect(manifest().title).toBe('Watched front');

			// an article added in a new subfolder
			rebuilt = next(/watch: rebuilt after a change to [^\n]*, exit 0/);
			mkdirSync(join(project, 'articles', 'later'));
			writeFileSync(
				join(project, 'articles', 'later', 'two.md'),
				article('Government aircraft struck Maarat al-Artiq on Thursday.')
			);
			await rebuilt;
			expect(eventCount()).toBeGreaterThan(firstEvents);
			expect(manifest().sources.map((s) => s.article)).toContain('later/two.md');

			// a broken theatre.json: the error is printed, the output stays
			const before = tree(out);
			const failed = next(
				/watch: rebuilt after a change to [^\n]*theatre\.json[^\n]*, failed \(output left as it was\)/
			);
			writeFileSync(join(project, 'theatre.json'), '{ "title": ');
			await failed;
			expect(tree(out)).toEqual(before);
		} finally {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
		}
		// a real process and four builds: generous on a loaded machine (no timing is asserted)
	}, 240_000);
});

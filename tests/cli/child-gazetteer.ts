// The gazetteer as a real child process, for tests that kill it, race two of it, or must catch a hang.
// scripts/gazetteer.ts is bundled once by esbuild (the compiler tsx itself uses), so a child starts in
// about 0.1 s instead of the 0.7 s tsx takes to load a hundred modules; with the small geodata below a
// whole run takes a few tenths of a second, and twenty killed runs stay within seconds.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { PAUSE_ENV } from '../../scripts/lib/write-atomic';

const ROOT = join(import.meta.dirname, '..', '..');

/** Bundles scripts/gazetteer.ts into `dir`, with its pool's worker entry beside it; returns the bundle's path. */
export function bundleGazetteer(dir: string): string {
	buildSync({
		// the pool (scripts/lib/worker-pool.ts) starts `pipeline-worker.mjs` from the bundle's folder
		entryPoints: {
			gazetteer: join(ROOT, 'scripts', 'gazetteer.ts'),
			'pipeline-worker': join(ROOT, 'scripts', 'lib', 'pipeline-worker.ts')
		},
		bundle: true,
		platform: 'node',
		format: 'esm',
		outdir: dir,
		outExtension: { '.js': '.mjs' },
		logLevel: 'error',
		// CommonJS dependencies inside an ES module bundle still call require() for Node's own modules
		banner: {
			js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
		}
	});
	return join(dir, 'gazetteer.mjs');
}

/** Two villages of the curated gazetteer, west of Aleppo (coordinates from geodata/gazetteer/countryside.csv). */
const PLACES = ['khan-al-asal', 'maarat-al-artiq'];
const box = (w: number, s: number, e: number, n: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});
const feature = (geometry: object, properties: object) => ({ type: 'Feature', properties, geometry });

/**
 * A small but complete geodata folder: the real actors, curated events and stopwords, two villages and
 * no GeoNames rows, a box for a country split between two factions. The model runs in milliseconds.
 */
export function smallGeodata(dir: string): string {
	const g = join(dir, 'geodata');
	mkdirSync(join(g, 'gazetteer'), { recursive: true });
	mkdirSync(join(g, 'control'), { recursive: true });
	mkdirSync(join(g, 'country'), { recursive: true });
	for (const file of ['actors.json', 'events.json', 'theatre.json'])
		cpSync(join(ROOT, 'geodata', file), join(g, file));
	const config = JSON.parse(readFileSync(join(ROOT, 'geodata', 'gazetteer-config.json'), 'utf8'));
	writeFileSync(
		join(g, 'gazetteer-config.json'),
		JSON.stringify({ ...config, countries: [], neighbours: [] })
	);
	const [header, ...rows] = readFileSync(join(ROOT, 'geodata', 'gazetteer', 'countryside.csv'), 'utf8').split(
		'\n'
	);
	writeFileSync(
		join(g, 'gazetteer', 'places.csv'),
		[header, ...rows.filter((r) => PLACES.includes(r.split(',')[0]!))].join('\n') + '\n'
	);
	// the theatre's country (theatre.json country.gazetteerId) must be a country row
	const countries = readFileSync(join(ROOT, 'geodata', 'gazetteer', 'countries.csv'), 'utf8').split('\n');
	writeFileSync(
		join(g, 'gazetteer', 'countries.csv'),
		[countries[0], ...countries.filter((r) => r.startsWith('syria,'))].join('\n') + '\n'
	);
	writeFileSync(
		join(g, 'country', 'syria.geojson'),
		JSON.stringify(feature(box(36.8, 36.0, 37.3, 36.4), { name: 'test country' }))
	);
	const baseline = [
		feature(box(36.8, 36.0, 37.0, 36.4), { faction: 'opposition' }),
		feature(box(37.0, 36.0, 37.3, 36.4), { faction: 'government' })
	];
	writeFileSync(
		join(g, 'control', 'baseline-2024-11-26.geojson'),
		JSON.stringify({ type: 'FeatureCollection', features: baseline })
	);
	writeFileSync(join(g, 'overrides.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
	writeFileSync(join(g, 'routes.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
	return g;
}

/** Every file under `d` (relative path → content); null when `d` does not exist. */
export function tree(d: string): Record<string, string> | null {
	try {
		if (!statSync(d).isDirectory()) return null;
	} catch {
		return null;
	}
	const result: Record<string, string> = {};
	const walk = (p: string) => {
		for (const f of readdirSync(p)) {
			const full = join(p, f);
			if (statSync(full).isDirectory()) walk(full);
			else result[relative(d, full)] = readFileSync(full, 'utf8');
		}
	};
	walk(d);
	return result;
}

export interface Child {
	process: ChildProcess;
	stderr: () => string;
	/** Resolves with the exit code and signal. */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** Resolves with the step line once the write phase pauses (PAUSE_ENV set). */
	paused: Promise<{ step: number; total: number; label: string }>;
	/** Lets a paused child go on. */
	resume: () => void;
}

/** Starts the bundled gazetteer; with `pauseAt`, it stops before that write step and waits. */
export function startGazetteer(bundle: string, args: string[], pauseAt?: number): Child {
	const env = { ...process.env };
	if (pauseAt) env[PAUSE_ENV] = String(pauseAt);
	else delete env[PAUSE_ENV];
	const child = spawn(process.execPath, [bundle, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
	let err = '';
	let onPause: (p: { step: number; total: number; label: string }) => void;
	const paused = new Promise<{ step: number; total: number; label: string }>((res) => (onPause = res));
	child.stderr!.on('data', (chunk: Buffer) => {
		err += chunk.toString();
		const m = new RegExp(`${PAUSE_ENV}: paused before step (\\d+) of (\\d+) \\((.*)\\)`).exec(err);
		if (m) onPause({ step: Number(m[1]), total: Number(m[2]), label: m[3]! });
	});
	child.stdout!.resume();
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
		child.on('exit', (code, signal) => res({ code, signal }))
	);
	return { process: child, stderr: () => err, exited, paused, resume: () => child.stdin!.write('\n') };
}

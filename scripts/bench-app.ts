// App benchmark (issue 4 §12), run by scripts/bench.ts or alone: `npx tsx scripts/bench-app.ts`.
// Needs the built site (`npm run build`) and Chromium. Measures in headless Chromium:
//   - time to the map's first `idle`, the app against a bare MapLibre page with the same data (ratio);
//   - main-thread cost of one scrub step, on the default data and on a generated data set of
//     100,000 events and 1,000 dated polygons: the app's own update (time index + feature-state),
//     and the step including MapLibre's synchronous frame render (map.redraw()) — in headless
//     Chromium that render runs on SwiftShader, so it is an upper bound for a machine with a GPU;
//   - source reloads while scrubbing (must be 0: the date lives in global state, not in the data).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import type { Browser } from 'playwright-core';
import { dayNumber, isoDate } from '../src/lib/geo/days';
import type { LayerManifest } from '../src/lib/domain/types';
import {
	BUILD_DIR,
	FIXTURE_DATA,
	launchBrowser,
	openPage,
	realDataHasLayers,
	ROOT,
	startServer,
	waitForMap
} from '../tests/e2e/browser';

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	goal: string;
}

/** Small seeded PRNG (mulberry32): the generated data set is the same on every run. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const KINDS = [
	'capture',
	'clash',
	'advance',
	'airstrike',
	'drone-strike',
	'shelling',
	'projectile',
	'car-bomb'
];
const FACTIONS = ['opposition', 'sna', 'government', 'sdf'];

/** A data folder with `events` events and `polygons` dated control polygons over a year. */
export function generateLargeData(dir: string, events = 100_000, polygons = 1_000): void {
	const rnd = prng(42);
	const start = '2024-01-01';
	const days = 365;
	const d0 = dayNumber(start);
	const end = isoDate(d0 + days - 1);
	const dated = (from: number, to: number) => ({ from, to, from_date: isoDate(from), to_date: isoDate(to) });
	const control: Feature[] = [];
	// 100 cells on a 10×10 grid, each split into 10 consecutive periods with changing controllers.
	for (let i = 0; i < polygons; i++) {
		const cell = i % 100;
		const period = Math.floor(i / 100);
		const [w, s] = [36.0 + (cell % 10) * 0.2, 35.5 + Math.floor(cell / 10) * 0.13];
		const from = d0 + Math.floor((period * days) / 10);
		const to = d0 + Math.floor(((period + 1) * days) / 10) - 1;
		const ring = [
			[w, s],
			[w + 0.2, s],
			[w + 0.2, s + 0.13],
			[w + 0.1, s + 0.16],
			[w, s + 0.13],
			[w, s]
		];
		control.push({
			type: 'Feature',
			id: `ctl:${i}`,
			properties: {
				id: `ctl:${i}`,
				faction: FACTIONS[Math.floor(rnd() * 4)],
				status: rnd() < 0.2 ? 'inferred' : 'reported',
				event_ids: [],
				area_km2: 300,
				...dated(from, to)
			},
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
	}
	const ev: Feature[] = [];
	for (let i = 0; i < events; i++) {
		const day = d0 + Math.floor(rnd() * days);
		const id = `evt:${i}`;
		ev.push({
			type: 'Feature',
			id,
			properties: {
				id,
				date: isoDate(day),
				time_precision: 1,
				kind: KINDS[Math.floor(rnd() * KINDS.length)],
				event_type: 'Battles',
				sub_event_type: 'Armed clash',
				actor: null,
				faction: FACTIONS[Math.floor(rnd() * 4)],
				place_id: 'place:bench',
				geo_precision: 1,
				confidence: 'reported',
				fatalities: null,
				sources: [{ article: 'bench.md', start: 0, end: 10 }],
				...dated(day, day)
			},
			geometry: {
				type: 'Point',
				coordinates: [+(36 + rnd() * 2).toFixed(6), +(35.5 + rnd() * 1.3).toFixed(6)]
			}
		});
	}
	const front: Feature[] = Array.from({ length: 10 }, (_, p) => ({
		type: 'Feature',
		id: `front:${p}`,
		properties: {
			id: `front:${p}`,
			...dated(d0 + Math.floor((p * days) / 10), d0 + Math.floor(((p + 1) * days) / 10) - 1)
		},
		geometry: {
			type: 'LineString',
			coordinates: [
				[36.5 + p * 0.1, 35.5],
				[36.5 + p * 0.1, 36.8]
			]
		}
	}));
	const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
	const layers: Record<string, FeatureCollection> = {
		control: fc(control),
		events: fc(ev),
		frontline: fc(front),
		places: fc([]),
		routes: fc([]),
		changes: fc([])
	};
	mkdirSync(join(dir, 'layers'), { recursive: true });
	for (const [name, data] of Object.entries(layers))
		writeFileSync(join(dir, `layers/${name}.geojson`), JSON.stringify(data));
	const manifest: LayerManifest = {
		version: 1,
		title: 'benchmark data (generated)',
		start,
		end,
		dates: Array.from({ length: days }, (_, i) => isoDate(d0 + i)),
		layers: Object.fromEntries(Object.keys(layers).map((n) => [n, `layers/${n}.geojson`])),
		snapshots: {},
		figures: [],
		sources: [],
		attribution: ['generated']
	};
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
	writeFileSync(join(dir, 'places.geojson'), JSON.stringify(fc([])));
}

/** A page with nothing but MapLibre and the same data: what the app's first idle is compared with. */
function writeBarePage(dir: string, day: number): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const manifest = await (await fetch('/data/manifest.json')).json();
const src = (n) => ({ type: 'geojson', data: '/data/' + manifest.layers[n] });
const on = ['all', ['<=', ['get', 'from'], ${day}], ['>=', ['get', 'to'], ${day}]];
const map = new maplibregl.Map({ container: 'map', bounds: [36.3, 35.6, 37.6, 36.6], style: { version: 8,
  sources: { countries: { type: 'geojson', data: '/geodata/basemap/countries.geojson' }, control: src('control'), frontline: src('frontline'), events: src('events') },
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#c9dbe8' } },
    { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#efece6' } },
    { id: 'control', type: 'fill', source: 'control', filter: on, paint: { 'fill-color': '#2b8a3e', 'fill-opacity': 0.4 } },
    { id: 'front', type: 'line', source: 'frontline', filter: on, paint: { 'line-width': 3 } },
    { id: 'events', type: 'circle', source: 'events', filter: on, paint: { 'circle-radius': 6, 'circle-color': '#e8590c' } }
  ] } });
map.once('idle', () => { performance.mark('map-first-idle'); document.body.dataset.mapReady = 'true'; });
window.__map = map;
</script></body></html>`
	);
}

async function firstIdleMs(browser: Browser, origin: string, path: string): Promise<number> {
	const { page, errors } = await openPage(browser, origin);
	await page.goto(`${origin}${path}`);
	await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, {
		timeout: 120_000
	});
	const ms = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0]!.startTime);
	await page.context().close();
	if (errors.length) throw new Error(`${path}: page errors: ${errors.join('; ')}`);
	return ms;
}

interface ScrubStats {
	/** The app's own work per step (time index + feature-state), ms. */
	update: { median: number; p95: number; max: number };
	/** The step including MapLibre's synchronous frame render, ms. */
	step: { median: number; p95: number; max: number };
	reloads: number;
}

/** Sweeps the timeline in quarter-day steps, timing each step's main-thread work. */
async function scrubCost(
	browser: Browser,
	origin: string,
	startIso: string,
	endIso: string,
	steps: number
): Promise<ScrubStats> {
	const { page, errors } = await openPage(browser, origin);
	await page.goto(`${origin}/?date=${startIso}`);
	await waitForMap(page, 120_000);
	const times = await page.evaluate(
		async ({ start, end, steps }) => {
			const w = window as unknown as {
				__app: { setTime(t: number): void };
				__map: {
					redraw(): void;
					on(e: string, f: (e: { sourceDataType?: string; isSourceLoaded?: boolean }) => void): void;
				};
			};
			let reloads = 0;
			w.__map.on('sourcedata', (e) => {
				if (e.sourceDataType !== 'metadata' && e.sourceDataType !== 'visibility') reloads++;
			});
			const out: number[] = [];
			const upd: number[] = [];
			const span = end - start;
			for (let i = 0; i <= steps; i++) {
				const t = start + ((i * span) / steps) * 1;
				const t0 = performance.now();
				w.__app.setTime(Math.round(t * 4) / 4);
				upd.push(performance.now() - t0);
				w.__map.redraw();
				out.push(performance.now() - t0);
				// Let the browser breathe between steps, as a real animation frame would.
				await new Promise((r) => requestAnimationFrame(() => r(null)));
			}
			return { out, upd, reloads };
		},
		{ start: dayNumber(startIso), end: dayNumber(endIso), steps }
	);
	await page.context().close();
	if (errors.length) throw new Error(`scrub: page errors: ${errors.join('; ')}`);
	const stats = (xs: number[]) => {
		const sorted = [...xs].sort((a, b) => a - b);
		const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
		return { median: q(0.5), p95: q(0.95), max: sorted[sorted.length - 1]! };
	};
	return { update: stats(times.upd), step: stats(times.out), reloads: times.reloads };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

export async function benchApp(): Promise<BenchResult[]> {
	if (!existsSync(join(BUILD_DIR, 'index.html')))
		throw new Error('bench-app: build/ missing: run "npm run build" first');
	const defaultData = realDataHasLayers() ? join(BUILD_DIR, 'data') : FIXTURE_DATA;
	const manifest = JSON.parse(readFileSync(join(defaultData, 'manifest.json'), 'utf8')) as LayerManifest;
	const tmp = mkdtempSync(join(tmpdir(), 'situation-map-bench-'));
	const results: BenchResult[] = [];
	const browser = await launchBrowser();
	try {
		const bareDir = join(tmp, 'bare');
		writeBarePage(bareDir, dayNumber(manifest.end));
		const mounts = {
			'/bare/': bareDir,
			'/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist'),
			'/geodata/': join(ROOT, 'geodata')
		};
		const small = await startServer({ dataDir: defaultData, mounts });
		try {
			const app: number[] = [];
			const embed: number[] = [];
			const bare: number[] = [];
			for (let i = 0; i < 3; i++) {
				app.push(await firstIdleMs(browser, small.url, '/'));
				embed.push(await firstIdleMs(browser, small.url, '/embed/'));
				bare.push(await firstIdleMs(browser, small.url, '/bare/'));
			}
			results.push(
				{
					name: 'app: first map idle (default data)',
					value: Math.round(median(app)),
					unit: 'ms',
					goal: 'report'
				},
				{
					name: 'bare MapLibre page: first map idle (same data)',
					value: Math.round(median(bare)),
					unit: 'ms',
					goal: 'report'
				},
				{
					name: 'app / bare first-idle ratio',
					value: r2(median(app) / median(bare)),
					unit: 'x',
					goal: 'report (lower is better)'
				},
				{
					name: 'embed: first map idle (default data)',
					value: Math.round(median(embed)),
					unit: 'ms',
					goal: 'report'
				},
				{
					name: 'embed / bare first-idle ratio',
					value: r2(median(embed) / median(bare)),
					unit: 'x',
					goal: 'report (lower is better)'
				}
			);
			const s = await scrubCost(browser, small.url, manifest.start, manifest.end, 80);
			results.push(
				{
					name: 'scrub step, app update only (default data), median',
					value: r2(s.update.median),
					unit: 'ms',
					goal: '< 4'
				},
				{
					name: 'scrub step incl. synchronous frame render (default data), median',
					value: r2(s.step.median),
					unit: 'ms',
					goal: '< 4'
				},
				{
					name: 'scrub step incl. synchronous frame render (default data), p95',
					value: r2(s.step.p95),
					unit: 'ms',
					goal: '< 16'
				},
				{ name: 'source reloads while scrubbing (default data)', value: s.reloads, unit: 'count', goal: '0' }
			);
		} finally {
			await small.close();
		}
		const largeDir = join(tmp, 'large');
		generateLargeData(largeDir);
		const large = await startServer({ dataDir: largeDir });
		try {
			const lm = JSON.parse(readFileSync(join(largeDir, 'manifest.json'), 'utf8')) as LayerManifest;
			const idle = await firstIdleMs(browser, large.url, '/');
			results.push({
				name: 'app: first map idle (100k events, 1k polygons)',
				value: Math.round(idle),
				unit: 'ms',
				goal: 'report'
			});
			const s = await scrubCost(browser, large.url, lm.start, isoDate(dayNumber(lm.start) + 60), 240);
			results.push(
				{
					name: 'scrub step, app update only (100k events, 1k polygons), median',
					value: r2(s.update.median),
					unit: 'ms',
					goal: 'report'
				},
				{
					name: 'scrub step, app update only (100k events, 1k polygons), max',
					value: r2(s.update.max),
					unit: 'ms',
					goal: '< 16'
				},
				{
					name: 'scrub step incl. synchronous frame render (100k events, 1k polygons), median',
					value: r2(s.step.median),
					unit: 'ms',
					goal: 'report'
				},
				{
					name: 'scrub step incl. synchronous frame render (100k events, 1k polygons), p95',
					value: r2(s.step.p95),
					unit: 'ms',
					goal: '< 16'
				},
				{
					name: 'scrub step incl. synchronous frame render (100k events, 1k polygons), max',
					value: r2(s.step.max),
					unit: 'ms',
					goal: '< 16'
				},
				{ name: 'source reloads while scrubbing (large data)', value: s.reloads, unit: 'count', goal: '0' }
			);
		} finally {
			await large.close();
		}
	} finally {
		await browser.close();
		rmSync(tmp, { recursive: true, force: true });
	}
	return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const results = await benchApp();
	for (const r of results) console.log(`${r.name}: ${r.value} ${r.unit} (goal ${r.goal})`);
}

// App benchmark (issues 4 and 14), run by scripts/bench.ts or alone: `npx tsx scripts/bench-app.ts`.
// Needs the built site (`npm run build`) and Chromium. Every ratio is measured within one run, pages
// interleaved, because the machine is shared and its load moves absolute figures (issue 14). In
// headless Chromium WebGL runs on SwiftShader, so frames cost what a GPU would do in microseconds.
//   - First map idle of `/` and `/embed` against two bare MapLibre pages: the plain one (a few
//     layers of the same data) and one with the app's own sources, layers and visible features
//     (the style the app drew, captured from it, time weights baked in): the app's own overhead.
//   - A CPU-side figure beside each wall time: main-thread busy time (CDP TaskDuration) minus the
//     time spent inside WebGL calls, where the main thread waits for the software renderer.
//   - Draw calls and stencil clipping masks per settled frame, counted by wrapping the WebGL
//     context (a mask is a draw with the colour mask off: MapLibre's tile clipping masks).
//   - Scrub steps through the date slider's own path (keydown on the slider: the page's per-day
//     work, summary and event list, counts), each step to a new day, with MapLibre's frame render
//     (map.redraw()); and quarter-day steps through the map's own setter (areas cross-fade).
//   - Source reloads while scrubbing (must be 0: the date drives feature-state, never the data).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { dayNumber, isoDate } from '../src/lib/geo/days';
import type { LayerManifest } from '../src/lib/domain/types';
import { patternImages } from '../src/lib/map/hatch';
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
import { seededRandom } from '../src/lib/util/seeded-random';

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	goal: string;
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
	const rnd = seededRandom(42);
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

/** Counts WebGL draw calls and stencil masks, and times the main thread inside WebGL calls. */
const GL_PROBE = `(() => {
	const stats = { draws: 0, masks: 0, glMs: 0, colourOff: false };
	window.__gl = stats;
	for (const C of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
		if (!C) continue;
		const proto = C.prototype;
		for (const name of Object.getOwnPropertyNames(proto)) {
			const d = Object.getOwnPropertyDescriptor(proto, name);
			if (!d || typeof d.value !== 'function' || name === 'constructor') continue;
			const f = d.value;
			const draw = name.startsWith('drawElements') || name.startsWith('drawArrays');
			const colour = name === 'colorMask';
			proto[name] = function (...a) {
				if (colour) stats.colourOff = !a[0] && !a[1] && !a[2] && !a[3];
				if (draw) { stats.draws++; if (stats.colourOff) stats.masks++; }
				const t0 = performance.now();
				try { return f.apply(this, a); } finally { stats.glMs += performance.now() - t0; }
			};
		}
	}
})();`;

interface GlStats {
	draws: number;
	masks: number;
	glMs: number;
}

/** Today's plain bare page: MapLibre, the countries and three of the data layers, filtered by day. */
function writePlainBarePage(dir: string, day: number): void {
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

interface AppFrame {
	style: { sources: Record<string, { type: string; data?: unknown }>; layers: unknown[] } & Record<
		string,
		unknown
	>;
	center: [number, number];
	zoom: number;
	width: number;
	height: number;
}

/**
 * What a page (the app, the embed) drew on its first idle: its style with every GeoJSON source's
 * features that are shown (time weight above 0), the camera and the canvas size.
 */
async function captureAppFrame(browser: Browser, origin: string, path: string): Promise<AppFrame> {
	const { page, errors } = await openPage(browser, origin);
	await page.goto(`${origin}${path}`);
	await waitForMap(page, 120_000);
	const frame = (await page.evaluate(async () => {
		type Src = { getData(): Promise<{ features: { id?: number; properties: Record<string, unknown> }[] }> };
		const map = (window as unknown as { __map: Record<string, (...a: unknown[]) => unknown> }).__map;
		const style = map.getStyle!() as AppFrame['style'];
		for (const [id, s] of Object.entries(style.sources)) {
			if (s.type !== 'geojson') continue;
			const data = await (map.getSource!(id) as Src).getData();
			// Timed features (with a day range) only where the app shows them.
			data.features = data.features.filter((f) => {
				if (f.properties.from === undefined || f.id === undefined) return true;
				const st = map.getFeatureState!({ source: id, id: f.id }) as { w?: number };
				return (st.w ?? 0) > 0;
			});
			s.data = data;
		}
		const c = map.getCenter!() as { lng: number; lat: number };
		const canvas = map.getCanvas!() as HTMLCanvasElement;
		return {
			style,
			center: [c.lng, c.lat],
			zoom: map.getZoom!(),
			width: canvas.clientWidth,
			height: canvas.clientHeight
		};
	})) as AppFrame;
	await page.context().close();
	if (errors.length) throw new Error(`capture: page errors: ${errors.join('; ')}`);
	return frame;
}

/** The feature-state weight, baked in: every feature left in the captured data is fully shown. */
function bakeWeights(v: unknown): unknown {
	if (Array.isArray(v)) {
		if (v[0] === 'coalesce' && Array.isArray(v[1]) && v[1][0] === 'feature-state') return 1;
		return v.map(bakeWeights);
	}
	if (v && typeof v === 'object')
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bakeWeights(x)]));
	return v;
}

/** The bare page with the same content: plain MapLibre drawing the app's captured frame. */
function writeSameContentPage(dir: string, frame: AppFrame): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'style.json'), JSON.stringify(bakeWeights(frame.style)));
	const images = Object.entries(patternImages()).map(([name, img]) => ({
		name,
		width: img.width,
		height: img.height,
		data: [...img.data]
	}));
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body{margin:0}#map{width:${frame.width}px;height:${frame.height}px}</style></head><body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const style = await (await fetch('/same/style.json')).json();
const map = new maplibregl.Map({ container: 'map', style, center: ${JSON.stringify(frame.center)}, zoom: ${frame.zoom} });
for (const i of ${JSON.stringify(images)}) map.addImage(i.name, { width: i.width, height: i.height, data: new Uint8Array(i.data) });
map.once('idle', () => { performance.mark('map-first-idle'); document.body.dataset.mapReady = 'true'; });
window.__map = map;
</script></body></html>`
	);
}

interface FirstIdle {
	/** Wall time to the map's first idle, ms. */
	wall: number;
	/** Main-thread busy time (CDP TaskDuration) minus time inside WebGL calls, ms (probe runs only). */
	cpu: number | null;
	/** Draw calls and stencil masks of one settled frame after the idle (probe runs only). */
	draws: number | null;
	masks: number | null;
}

async function firstIdle(browser: Browser, origin: string, path: string, probe: boolean): Promise<FirstIdle> {
	const { page, errors } = await openPage(browser, origin);
	if (probe) await page.addInitScript(GL_PROBE);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto(`${origin}${path}`);
	await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, {
		timeout: 120_000
	});
	const wall = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0]!.startTime);
	let out: FirstIdle = { wall, cpu: null, draws: null, masks: null };
	if (probe) {
		const { metrics } = (await cdp.send('Performance.getMetrics')) as {
			metrics: { name: string; value: number }[];
		};
		const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
		const frame = (await page.evaluate(() => {
			const w = window as unknown as { __gl: GlStats; __map: { redraw(): void } };
			const glMs = w.__gl.glMs;
			const d0 = w.__gl.draws;
			const m0 = w.__gl.masks;
			w.__map.redraw();
			return { glMs, draws: w.__gl.draws - d0, masks: w.__gl.masks - m0 };
		})) as { glMs: number; draws: number; masks: number };
		out = { wall, cpu: task - frame.glMs, draws: frame.draws, masks: frame.masks };
	}
	await page.context().close();
	if (errors.length) throw new Error(`${path}: page errors: ${errors.join('; ')}`);
	return out;
}

interface Steps {
	/** Whole step: input, page work, MapLibre's frame render; ms. */
	wall: number[];
	/** The page's work before the render (slider → Svelte → summary, list, feature-state); ms. */
	page: number[];
	/** The step minus the time inside WebGL calls; ms. */
	cpu: number[];
	reloads: number;
}

/** Opens the app on a day with the WebGL probe and a counter of source reloads. */
export async function openScrubPage(browser: Browser, origin: string, startIso: string): Promise<Page> {
	const { page, errors } = await openPage(browser, origin);
	await page.addInitScript(GL_PROBE);
	page.on('close', () => {
		if (errors.length) console.error(`scrub page errors: ${errors.join('; ')}`);
	});
	await page.goto(`${origin}/?date=${startIso}`);
	await waitForMap(page, 120_000);
	await page.evaluate(() => {
		const w = window as unknown as {
			__reloads: number;
			__map: { on(e: string, f: (e: { sourceDataType?: string }) => void): void };
		};
		w.__reloads = 0;
		w.__map.on('sourcedata', (e) => {
			if (e.sourceDataType !== 'metadata' && e.sourceDataType !== 'visibility') w.__reloads++;
		});
	});
	return page;
}

/**
 * Steps through the date slider as a reader does (keydown on the focused slider), one day a step,
 * with `keys` the keys to press. Each step: the key, the page's reaction (Svelte flushes in
 * microtasks), then MapLibre's frame render; checks the map reached the new day.
 */
export async function sliderSteps(page: Page, keys: string[]): Promise<Steps> {
	return page.evaluate(async (keys) => {
		const w = window as unknown as {
			__gl: { glMs: number };
			__reloads: number;
			__map: { redraw(): void };
			__app: { mapTime(): number };
		};
		const slider = document.querySelector<HTMLElement>('[role=slider]')!;
		slider.focus();
		const out = { wall: [] as number[], page: [] as number[], cpu: [] as number[], reloads: 0 };
		const reloads0 = w.__reloads;
		for (const key of keys) {
			const before = w.__app.mapTime();
			const gl0 = w.__gl.glMs;
			const t0 = performance.now();
			slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
			for (let k = 0; k < 10; k++) await Promise.resolve();
			const t1 = performance.now();
			w.__map.redraw();
			const t2 = performance.now();
			if (w.__app.mapTime() === before) throw new Error(`slider: ${key} did not change the day`);
			out.wall.push(t2 - t0);
			out.page.push(t1 - t0);
			out.cpu.push(t2 - t0 - (w.__gl.glMs - gl0));
			await new Promise((r) => requestAnimationFrame(() => r(null)));
		}
		out.reloads = w.__reloads - reloads0;
		return out;
	}, keys);
}

/** Quarter-day steps through the map's own setter (the cross-fade between days), with the render. */
async function quarterDaySteps(page: Page, start: number, days: number): Promise<Steps> {
	return page.evaluate(
		async ({ start, days }) => {
			const w = window as unknown as {
				__gl: { glMs: number };
				__reloads: number;
				__app: { setTime(t: number): void };
				__map: { redraw(): void };
			};
			const out = { wall: [] as number[], page: [] as number[], cpu: [] as number[], reloads: 0 };
			const reloads0 = w.__reloads;
			for (let i = 1; i <= days * 4; i++) {
				const gl0 = w.__gl.glMs;
				const t0 = performance.now();
				w.__app.setTime(start + i / 4);
				const t1 = performance.now();
				w.__map.redraw();
				const t2 = performance.now();
				out.wall.push(t2 - t0);
				out.page.push(t1 - t0);
				out.cpu.push(t2 - t0 - (w.__gl.glMs - gl0));
				await new Promise((r) => requestAnimationFrame(() => r(null)));
			}
			out.reloads = w.__reloads - reloads0;
			return out;
		},
		{ start, days }
	);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], p: number) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Rows for a set of steps: wall median/p95/max with goals, the page's share and the CPU side. */
function stepRows(
	label: string,
	s: Steps,
	goals: { p95: string; max?: string; pageP95?: string }
): BenchResult[] {
	const n = s.wall.length;
	return [
		{ name: `${label}: steps`, value: n, unit: '', goal: 'report' },
		{ name: `${label}: step median`, value: r2(median(s.wall)), unit: 'ms', goal: 'report' },
		{ name: `${label}: step p95`, value: r2(quantile(s.wall, 0.95)), unit: 'ms', goal: goals.p95 },
		{
			name: `${label}: step max`,
			value: r2(Math.max(...s.wall)),
			unit: 'ms',
			goal: goals.max ?? 'report'
		},
		{
			name: `${label}: the page's own work before the render, p95`,
			value: r2(quantile(s.page, 0.95)),
			unit: 'ms',
			goal: goals.pageP95 ?? 'report'
		},
		{
			name: `${label}: CPU side (step minus time inside WebGL calls), p95`,
			value: r2(quantile(s.cpu, 0.95)),
			unit: 'ms',
			goal: 'report'
		},
		{ name: `${label}: source reloads`, value: s.reloads, unit: 'count', goal: '0' }
	];
}

const REPS = 3;

export async function benchApp(): Promise<BenchResult[]> {
	if (!existsSync(join(BUILD_DIR, 'index.html')))
		throw new Error('bench-app: build-test/ missing: run "npm run build:test" first');
	const defaultData = realDataHasLayers() ? join(BUILD_DIR, 'data') : FIXTURE_DATA;
	const manifest = JSON.parse(readFileSync(join(defaultData, 'manifest.json'), 'utf8')) as LayerManifest;
	const tmp = mkdtempSync(join(tmpdir(), 'situation-map-bench-'));
	const results: BenchResult[] = [];
	const browser = await launchBrowser();
	try {
		const plainDir = join(tmp, 'bare');
		const sameDir = join(tmp, 'same');
		const sameEmbedDir = join(tmp, 'same-embed');
		writePlainBarePage(plainDir, dayNumber(manifest.end));
		const mounts = {
			'/bare/': plainDir,
			'/same/': sameDir,
			'/same-embed/': sameEmbedDir,
			'/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist'),
			'/geodata/': join(ROOT, 'geodata')
		};
		const small = await startServer({ dataDir: defaultData, mounts });
		try {
			// each page against a bare page drawing what that page drew (the embed shows other layers and size)
			writeSameContentPage(sameDir, await captureAppFrame(browser, small.url, '/'));
			writeSameContentPage(sameEmbedDir, await captureAppFrame(browser, small.url, '/embed/'));
			const pages = {
				app: '/',
				embed: '/embed/',
				plain: '/bare/',
				same: '/same/',
				sameEmbed: '/same-embed/'
			} as const;
			type Key = keyof typeof pages;
			const runs: Record<Key, FirstIdle[]> = { app: [], embed: [], plain: [], same: [], sameEmbed: [] };
			// Interleaved, so a change of machine load touches every page alike.
			for (let i = 0; i < REPS; i++)
				for (const k of Object.keys(pages) as Key[])
					runs[k].push(await firstIdle(browser, small.url, pages[k], false));
			const probes: Record<Key, FirstIdle[]> = { app: [], embed: [], plain: [], same: [], sameEmbed: [] };
			for (let i = 0; i < 2; i++)
				for (const k of Object.keys(pages) as Key[])
					probes[k].push(await firstIdle(browser, small.url, pages[k], true));
			const wall = (k: Key) => median(runs[k].map((r) => r.wall));
			const cpu = (k: Key) => median(probes[k].map((r) => r.cpu ?? NaN));
			const draws = (k: Key) => median(probes[k].map((r) => r.draws ?? NaN));
			const masks = (k: Key) => median(probes[k].map((r) => r.masks ?? NaN));
			const names: Record<Key, string> = {
				app: 'app /',
				embed: 'embed /embed',
				plain: 'plain bare page (3 data layers)',
				same: 'bare page with the app’s sources, layers and visible features',
				sameEmbed: 'bare page with the embed’s sources, layers and visible features'
			};
			/** The bare page that draws what each page drew. */
			const sameAs = { app: 'same', embed: 'sameEmbed' } as const;
			for (const k of ['plain', 'same', 'sameEmbed', 'app', 'embed'] as Key[]) {
				results.push(
					{
						name: `first map idle, ${names[k]} (median of ${REPS})`,
						value: Math.round(wall(k)),
						unit: 'ms',
						goal: 'report'
					},
					{
						name: `first map idle, ${names[k]}: CPU side (main-thread busy minus inside WebGL)`,
						value: Math.round(cpu(k)),
						unit: 'ms',
						goal: 'report'
					},
					{ name: `settled frame, ${names[k]}: draw calls`, value: draws(k), unit: '', goal: 'report' },
					{ name: `settled frame, ${names[k]}: stencil masks`, value: masks(k), unit: '', goal: 'report' }
				);
			}
			for (const k of ['app', 'embed'] as const) {
				const same = sameAs[k];
				results.push(
					{
						name: `${names[k]} / same-content bare page, first idle`,
						value: r2(wall(k) / wall(same)),
						unit: 'x',
						goal: '≤ 1.2'
					},
					{
						name: `${names[k]} / plain bare page, first idle`,
						value: r2(wall(k) / wall('plain')),
						unit: 'x',
						goal: '≤ 1.6'
					},
					{
						name: `${names[k]} / same-content bare page, first idle CPU side`,
						value: r2(cpu(k) / cpu(same)),
						unit: 'x',
						goal: 'report'
					},
					{
						name: `${names[k]} / same-content bare page, draw calls per settled frame`,
						value: r2(draws(k) / draws(same)),
						unit: 'x',
						goal: '≤ 2'
					}
				);
			}
			// The default data has few days: the slider goes to the end and back, several times.
			const page = await openScrubPage(browser, small.url, manifest.start);
			const span = dayNumber(manifest.end) - dayNumber(manifest.start);
			const keys: string[] = [];
			for (let i = 0; i < Math.ceil(80 / (2 * span)); i++)
				keys.push(...Array<string>(span).fill('ArrowRight'), ...Array<string>(span).fill('ArrowLeft'));
			results.push(
				...stepRows(
					'scrub through the slider, default data (each step a new day)',
					await sliderSteps(page, keys),
					{ p95: '< 8', max: '< 16' }
				)
			);
			results.push(
				...stepRows(
					'quarter-day steps through the map setter, default data',
					await quarterDaySteps(page, dayNumber(manifest.start), span),
					{ p95: '< 8' }
				)
			);
			await page.context().close();
		} finally {
			await small.close();
		}
		const largeDir = join(tmp, 'large');
		generateLargeData(largeDir);
		const large = await startServer({ dataDir: largeDir });
		try {
			const lm = JSON.parse(readFileSync(join(largeDir, 'manifest.json'), 'utf8')) as LayerManifest;
			const idle = await firstIdle(browser, large.url, '/', false);
			results.push({
				name: 'first map idle, app /, 100k events + 1k polygons',
				value: Math.round(idle.wall),
				unit: 'ms',
				goal: 'report'
			});
			const page = await openScrubPage(browser, large.url, lm.start);
			results.push(
				...stepRows(
					'scrub through the slider, 100k events + 1k polygons (each step a new day)',
					await sliderSteps(page, Array<string>(120).fill('ArrowRight')),
					{ p95: '< 16 (day-change p95 < 16)', max: '< 33' }
				)
			);
			results.push(
				...stepRows(
					'quarter-day steps through the map setter, 100k events + 1k polygons',
					await quarterDaySteps(page, dayNumber(lm.start) + 120, 60),
					{ p95: '< 16', max: '< 33' }
				)
			);
			await page.context().close();
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

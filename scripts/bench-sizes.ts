// Page weight of `/` and `/embed` (issue 6 §1), run by scripts/bench.ts or alone:
// `npx tsx scripts/bench-sizes.ts`. Needs the built site (`npm run build`). Sizes are gzip
// (node:zlib, default level, as a static host would serve them):
//   - JavaScript: the modules the page's HTML preloads and imports, their static imports
//     transitively, and the scripts they load by URL (MapLibre's worker). Chunks only imported
//     on demand (the export menu's encoders, other routes) are left out: they are not loaded with
//     the page.
//   - CSS: the page's stylesheets.
//   - Basemap: the GeoJSON assets the page's modules reference (countries, governorates, routes…).
//   - Data: the data folder the app fetches — manifest.json, every layer it lists, places.geojson.
//   - Fonts: the woff2 files the modules reference (fetched only when labels need the glyphs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PRODUCTION_BUILD_DIR, ROOT } from '../tests/e2e/browser';
import type { BenchResult } from './bench-territory';

export interface PageFiles {
	js: string[];
	css: string[];
	basemap: string[];
	fonts: string[];
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const INLINE_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
const ASSET_URL = /new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g;

/** Files (absolute paths inside `buildDir`) a prerendered page loads, by kind. */
export function pageFiles(buildDir: string, htmlFile: string): PageFiles {
	const htmlPath = join(buildDir, htmlFile);
	const html = readFileSync(htmlPath, 'utf8');
	const from = (base: string, ref: string) => resolve(dirname(base), ref.split(/[?#]/)[0]!);
	const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1];
	const js = new Set<string>();
	const css = new Set<string>();
	const basemap = new Set<string>();
	const fonts = new Set<string>();
	const queue: string[] = [];
	const addJs = (file: string) => {
		if (js.has(file)) return;
		if (!existsSync(file))
			throw new Error(
				`${relative(buildDir, htmlPath)}: references ${relative(buildDir, file)}, which is missing from the build`
			);
		js.add(file);
		queue.push(file);
	};
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const rel = attr(tag, 'rel');
		const href = attr(tag, 'href') ?? attr(tag, 'src');
		if (!href || /^[a-z]+:/i.test(href)) continue;
		if (rel === 'modulepreload' || tag.startsWith('<script')) addJs(from(htmlPath, href));
		else if (rel === 'stylesheet') css.add(from(htmlPath, href));
	}
	for (const [, spec] of html.matchAll(INLINE_IMPORT)) addJs(from(htmlPath, spec!));
	while (queue.length) {
		const file = queue.shift()!;
		const code = readFileSync(file, 'utf8');
		for (const [, spec] of code.matchAll(STATIC_IMPORT)) if (spec!.startsWith('.')) addJs(from(file, spec!));
		for (const [, spec] of code.matchAll(ASSET_URL)) {
			const asset = from(file, spec!);
			if (/\.m?js$/.test(asset)) addJs(asset);
			else if (/\.(geo)?json$/.test(asset)) basemap.add(asset);
			else if (/\.woff2?$/.test(asset)) fonts.add(asset);
			else if (/\.css$/.test(asset)) css.add(asset);
		}
	}
	const sorted = (s: Set<string>) => [...s].sort();
	return { js: sorted(js), css: sorted(css), basemap: sorted(basemap), fonts: sorted(fonts) };
}

/** The data folder's files the app fetches (manifest, its layers, places.geojson). */
export function dataFiles(dataDir: string): string[] {
	const manifestPath = join(dataDir, 'manifest.json');
	if (!existsSync(manifestPath))
		throw new Error(`${manifestPath} missing: run "npm run gazetteer" and "npm run build" first`);
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { layers?: Record<string, string> };
	const files = new Set([
		manifestPath,
		...Object.values(manifest.layers ?? {}).map((rel) => join(dataDir, rel))
	]);
	if (!manifest.layers?.events) files.add(join(dataDir, 'events.geojson'));
	if (existsSync(join(dataDir, 'places.geojson'))) files.add(join(dataDir, 'places.geojson'));
	return [...files].filter(existsSync).sort();
}

export function gzipBytes(files: string[]): number {
	return files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** MapLibre GL itself (main module + worker), gzip: the floor any MapLibre page pays. */
export function mapLibreBytes(): number {
	const dist = join(ROOT, 'node_modules/maplibre-gl/dist');
	return gzipBytes([join(dist, 'maplibre-gl.mjs'), join(dist, 'maplibre-gl-worker.mjs')]);
}

// Goals. MapLibre GL 6 alone is ~450 kB gzip (main module + worker) and is the floor, so the goal
// is on what we add: the app (Svelte, timeline, chart, panels, basemap style) under 100 kB, the
// embed under 60 kB and no heavier than the app. Data: the default data and the basemap should
// load in about a second on a slow 3G link (~400 kbit/s): under 100 kB each.
const OWN_JS_GOAL = { '/': '< 100 kB', '/embed': '< 60 kB and ≤ the app' } as const;

export async function benchSizes(buildDir = PRODUCTION_BUILD_DIR): Promise<BenchResult[]> {
	if (!existsSync(join(buildDir, 'index.html')))
		throw new Error(`bench-sizes: ${buildDir}/index.html missing: run "npm run build" first`);
	const results: BenchResult[] = [];
	const data = gzipBytes(dataFiles(join(buildDir, 'data')));
	const maplibre = mapLibreBytes();
	results.push({
		name: 'MapLibre GL alone (main module + worker, gzip), for reference',
		value: kB(maplibre),
		unit: 'kB',
		goal: 'report'
	});
	const pages = [
		['/', 'index.html'],
		['/embed', 'embed/index.html']
	] as const;
	for (const [path, html] of pages) {
		const f = pageFiles(buildDir, html);
		const js = gzipBytes(f.js);
		results.push(
			{
				name: `${path}: JavaScript loaded with the page (${f.js.length} files, gzip)`,
				value: kB(js),
				unit: 'kB',
				goal: 'report'
			},
			{
				name: `${path}: JavaScript beyond MapLibre (gzip)`,
				value: kB(js - maplibre),
				unit: 'kB',
				goal: OWN_JS_GOAL[path]
			},
			{ name: `${path}: CSS (gzip)`, value: kB(gzipBytes(f.css)), unit: 'kB', goal: '< 20 kB' },
			{
				name: `${path}: basemap GeoJSON (gzip)`,
				value: kB(gzipBytes(f.basemap)),
				unit: 'kB',
				goal: '< 100 kB'
			},
			{
				name: `${path}: data folder it fetches (default data, gzip)`,
				value: kB(data),
				unit: 'kB',
				goal: '< 100 kB'
			},
			{
				name: `${path}: fonts referenced (woff2, fetched as labels need them)`,
				value: kB(gzipBytes(f.fonts)),
				unit: 'kB',
				goal: 'report'
			}
		);
	}
	return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	for (const r of await benchSizes()) console.log(`${r.name}: ${r.value} ${r.unit} (goal ${r.goal})`);
}

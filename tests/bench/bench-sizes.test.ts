// The page-weight benchmark counts what a page loads with it, and nothing it loads on demand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFiles, gzipBytes, pageFiles } from '../../scripts/bench-sizes';

let build: string;
const write = (rel: string, text: string) => {
	mkdirSync(dirname(join(build, rel)), { recursive: true });
	writeFileSync(join(build, rel), text);
};
const rels = (files: string[]) => files.map((f) => relative(build, f));

beforeAll(() => {
	build = mkdtempSync(join(tmpdir(), 'sm-bench-sizes-'));
	write(
		'embed/index.html',
		`<link href="../_app/entry/start.js" rel="modulepreload"><link href="../_app/assets/page.css" rel="stylesheet">
<link rel="icon" href="../favicon.svg"><script src="https://cdn.example/remote.js"></script>
<script>Promise.all([import("../_app/entry/start.js"), import("../_app/entry/app.js")])</script>`
	);
	write('_app/entry/start.js', 'import{a as b}from"../chunks/shared.js";export{b};');
	// Every route's node is a dynamic import in app.js: only the page's own are preloaded.
	write('_app/entry/app.js', 'import"../chunks/tiny.js";const nodes=[()=>import(`../nodes/9.js`)];');
	write(
		'_app/chunks/shared.js',
		'export const a=new URL(`../assets/worker.mjs`,import.meta.url).href,c=new URL("../assets/countries.geojson",import.meta.url),f=new URL(\'../assets/font.woff2\',import.meta.url);const lazy=()=>import("./lazy.js");'
	);
	write('_app/chunks/tiny.js', 'export{};');
	write('_app/chunks/lazy.js', 'export const big="x".repeat(1e5);');
	write('_app/nodes/9.js', 'export{};');
	write('_app/assets/worker.mjs', 'self.onmessage=()=>{};');
	write('_app/assets/countries.geojson', '{"type":"FeatureCollection","features":[]}');
	write('_app/assets/font.woff2', 'wOF2');
	write('_app/assets/page.css', 'body{margin:0}');
	write(
		'data/manifest.json',
		JSON.stringify({ layers: { control: 'layers/control.geojson', events: 'layers/events.geojson' } })
	);
	write('data/layers/control.geojson', '{}');
	write('data/layers/events.geojson', '{}');
	write('data/places.geojson', '{}');
	write('data/events.geojson', '{"not":"fetched when the manifest lists an events layer"}');
	write('data/diagnostics.json', '[]');
});
afterAll(() => rmSync(build, { recursive: true, force: true }));

describe('bench-sizes', () => {
	it('follows preloads, inline imports, static imports and module-relative asset URLs; not dynamic imports or remote URLs', () => {
		const f = pageFiles(build, 'embed/index.html');
		expect(rels(f.js)).toEqual([
			'_app/assets/worker.mjs',
			'_app/chunks/shared.js',
			'_app/chunks/tiny.js',
			'_app/entry/app.js',
			'_app/entry/start.js'
		]);
		expect(rels(f.css)).toEqual(['_app/assets/page.css']);
		expect(rels(f.basemap)).toEqual(['_app/assets/countries.geojson']);
		expect(rels(f.fonts)).toEqual(['_app/assets/font.woff2']);
	});

	it('counts the data folder the app fetches: manifest, its layers, places', () => {
		expect(rels(dataFiles(join(build, 'data')))).toEqual([
			'data/layers/control.geojson',
			'data/layers/events.geojson',
			'data/manifest.json',
			'data/places.geojson'
		]);
		expect(gzipBytes(dataFiles(join(build, 'data')))).toBeGreaterThan(0);
	});

	it('names the page and the file when a reference is missing from the build', () => {
		write('broken.html', '<link href="_app/entry/gone.js" rel="modulepreload">');
		expect(() => pageFiles(build, 'broken.html')).toThrow(
			/broken\.html: references _app\/entry\/gone\.js, which is missing from the build/
		);
	});
});

// The loader over an in-memory data folder (a `fetch` that answers from a Map of file texts):
// a broken layer file costs that layer only, and every problem names the file.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFolder, loadProblemText } from './load-data';
import { STRINGS } from '../i18n/strings';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/app-data');
const BASE = '/data/';

/** The app fixture as file texts, keyed by URL path. */
function fixtureFiles(): Map<string, string> {
	const files = new Map<string, string>();
	for (const rel of [
		'manifest.json',
		'places.geojson',
		'events.geojson',
		...readdirSync(join(FIXTURE, 'layers')).map((f) => `layers/${f}`)
	]) {
		files.set(`${BASE}${rel}`, readFileSync(join(FIXTURE, rel), 'utf8'));
	}
	return files;
}

/** A fetch over the files: 404 for anything else, a network failure for paths in `unreachable`. */
function fetchFrom(files: Map<string, string>, unreachable: string[] = []): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const path = String(input);
		if (unreachable.includes(path)) throw new TypeError('Failed to fetch');
		const text = files.get(path);
		return text === undefined
			? new Response('not found', { status: 404 })
			: new Response(text, { status: 200 });
	}) as typeof fetch;
}

describe('loadDataFolder', () => {
	it('loads every layer of an intact folder, with no problems', async () => {
		const d = await loadDataFolder(BASE, fetchFrom(fixtureFiles()));
		expect(d.problems).toEqual([]);
		expect(Object.keys(d.layers).sort()).toEqual([
			'changes',
			'control',
			'events',
			'frontline',
			'places',
			'routes'
		]);
		expect(d.mentionedPlaces?.features.length).toBeGreaterThan(0);
	});

	it('leaves out a missing layer, a truncated one and a non-GeoJSON one, and loads the rest', async () => {
		const files = fixtureFiles();
		files.delete(`${BASE}layers/control.geojson`);
		const frontline = files.get(`${BASE}layers/frontline.geojson`)!;
		files.set(`${BASE}layers/frontline.geojson`, frontline.slice(0, Math.floor(frontline.length / 2)));
		files.set(`${BASE}layers/routes.geojson`, '{"type":"Feature"}');
		const d = await loadDataFolder(BASE, fetchFrom(files, [`${BASE}layers/changes.geojson`]));
		expect(Object.keys(d.layers).sort()).toEqual(['events', 'places']);
		expect(d.problems).toEqual([
			{ file: '/data/layers/changes.geojson', reason: 'no-response' },
			{ file: '/data/layers/control.geojson', reason: 'http', status: 404 },
			{ file: '/data/layers/frontline.geojson', reason: 'not-json' },
			{ file: '/data/layers/routes.geojson', reason: 'not-geojson' }
		]);
		const lines = d.problems.map((p) => loadProblemText(p, STRINGS.en));
		expect(lines[1]).toBe('Not shown: /data/layers/control.geojson could not be fetched (HTTP 404)');
		expect(lines[2]).toBe(
			'Not shown: /data/layers/frontline.geojson is not valid JSON (cut short or corrupt)'
		);
		for (const p of d.problems) expect(loadProblemText(p, STRINGS.ar)).toContain(p.file);
	});

	it('says nothing when the optional places.geojson is absent, and names it when it is broken', async () => {
		const files = fixtureFiles();
		files.delete(`${BASE}places.geojson`);
		expect((await loadDataFolder(BASE, fetchFrom(files))).problems).toEqual([]);
		files.set(`${BASE}places.geojson`, '{"type":"FeatureCollection","features":[');
		const d = await loadDataFolder(BASE, fetchFrom(files));
		expect(d.problems).toEqual([{ file: '/data/places.geojson', reason: 'not-json' }]);
		expect(d.mentionedPlaces).toBeNull();
		expect(d.layers.places).toBeDefined();
	});

	it('derives events from events.geojson when the manifest lists no events layer, and names it when it fails', async () => {
		const files = fixtureFiles();
		const manifest = JSON.parse(files.get(`${BASE}manifest.json`)!) as { layers: Record<string, string> };
		delete manifest.layers.events;
		files.set(`${BASE}manifest.json`, JSON.stringify(manifest));
		expect((await loadDataFolder(BASE, fetchFrom(files))).layers.events?.features.length).toBeGreaterThan(0);
		files.set(`${BASE}events.geojson`, '{"type":');
		const d = await loadDataFolder(BASE, fetchFrom(files));
		expect(d.layers.events).toBeUndefined();
		expect(d.problems).toEqual([{ file: '/data/events.geojson', reason: 'not-json' }]);
	});

	it('fails on a missing or truncated manifest with an error naming it', async () => {
		const files = fixtureFiles();
		const manifest = files.get(`${BASE}manifest.json`)!;
		files.set(`${BASE}manifest.json`, manifest.slice(0, 40));
		await expect(loadDataFolder(BASE, fetchFrom(files))).rejects.toThrow(
			/^\/data\/manifest\.json: not valid JSON/
		);
		files.delete(`${BASE}manifest.json`);
		await expect(loadDataFolder(BASE, fetchFrom(files))).rejects.toThrow('/data/manifest.json: HTTP 404');
		await expect(loadDataFolder(BASE, fetchFrom(fixtureFiles(), [`${BASE}manifest.json`]))).rejects.toThrow(
			/^\/data\/manifest\.json: no response/
		);
	});

	it('fetches places.geojson and the basemap at the same time as the manifest, not after the layers', async () => {
		const files = fixtureFiles();
		const fc = '{"type":"FeatureCollection","features":[]}';
		for (const f of ['countries', 'governorates', 'labels']) files.set(`/base/${f}.geojson`, fc);
		const started: string[] = [];
		let manifestDone = false;
		const inner = fetchFrom(files);
		const fetchFn = (async (input: RequestInfo | URL) => {
			started.push(`${String(input)}${manifestDone ? ' (after the manifest)' : ''}`);
			const res = await inner(input);
			if (String(input).endsWith('manifest.json')) manifestDone = true;
			return res;
		}) as typeof fetch;
		const basemap = {
			countries: '/base/countries.geojson',
			governorates: '/base/governorates.geojson',
			labels: '/base/labels.geojson',
			rivers: '/base/rivers.geojson'
		};
		const d = await loadDataFolder(BASE, fetchFn, { basemap });
		expect(started).toEqual(
			expect.arrayContaining([
				'/data/places.geojson',
				'/data/manifest.json',
				'/base/countries.geojson',
				'/base/rivers.geojson'
			])
		);
		expect(
			started.filter((u) => u.startsWith('/data/layers/')).every((u) => u.endsWith('(after the manifest)'))
		).toBe(true);
		// an optional basemap file that is missing is left out quietly; a required one is named
		expect(Object.keys(d.basemap).sort()).toEqual(['countries', 'governorates', 'labels']);
		expect(d.problems).toEqual([]);
		files.delete('/base/labels.geojson');
		const e = await loadDataFolder(BASE, fetchFrom(files), { basemap });
		expect(e.problems).toEqual([{ file: '/base/labels.geojson', reason: 'http', status: 404 }]);
	});
});

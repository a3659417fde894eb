// Loads the data folder once: the manifest, then every layer it lists. `fetch` is passed in so
// the loader runs anywhere (page, tests, benchmark). Files that do not depend on the manifest (the
// pipeline's places.geojson, the basemap) are fetched at the same time as it, not after the layers.
//
// Nothing lost (issue 10): only the manifest is essential. A layer file that is missing, cut short
// or not GeoJSON is left out, the rest of the map loads, and the problem is returned as a
// `LoadProblem` naming the file, for the page to show. Every error, fatal or not, names the file.
import type { FeatureCollection } from 'geojson';
import type { LayerManifest } from '../domain/types';
import { fill, type Strings } from '../i18n/strings';
import { parseManifest } from './manifest';
import { datedEvents, datedPlaces } from './dated-fallback';
import { BASEMAP_PARTS, REQUIRED_BASEMAP_PARTS, type BasemapData, type BasemapFiles } from '../map/basemap';

export interface DataFolder {
	manifest: LayerManifest;
	/** The layers that loaded; a layer whose file failed is absent (its problem is in `problems`). */
	layers: Record<string, FeatureCollection>;
	/** The pipeline's places.geojson (every place mentioned), for names; null when absent. */
	mentionedPlaces: FeatureCollection | null;
	/** The basemap files that loaded (none unless asked for, see loadDataFolder). */
	basemap: BasemapData;
	/** Files that could not be used, in the manifest's order. */
	problems: LoadProblem[];
}

export interface LoadProblem {
	/** The file as fetched (base included), e.g. "/data/layers/control.geojson". */
	file: string;
	reason: 'http' | 'no-response' | 'not-json' | 'not-geojson';
	/** The HTTP status, for reason "http". */
	status?: number;
}

/** A file that could not be used; the message names it (for the fatal case, the manifest). */
export class LoadFileError extends Error {
	constructor(
		readonly problem: LoadProblem,
		detail: string
	) {
		super(`${problem.file}: ${detail}`);
	}
}

/** Fetches and parses one JSON file; every failure is a LoadFileError naming it. */
async function getJson(file: string, fetchFn: typeof fetch): Promise<unknown> {
	let res: Response;
	try {
		res = await fetchFn(file);
	} catch (e) {
		throw new LoadFileError(
			{ file, reason: 'no-response' },
			`no response (${e instanceof Error ? e.message : String(e)})`
		);
	}
	if (!res.ok) throw new LoadFileError({ file, reason: 'http', status: res.status }, `HTTP ${res.status}`);
	// Read as text, then parse: the JSON error then names the file (a truncated file says "not valid JSON").
	const text = await res.text();
	try {
		return JSON.parse(text) as unknown;
	} catch (e) {
		throw new LoadFileError(
			{ file, reason: 'not-json' },
			`not valid JSON, cut short or corrupt (${e instanceof Error ? e.message : String(e)})`
		);
	}
}

function isFeatureCollection(json: unknown): json is FeatureCollection {
	return (
		!!json &&
		typeof json === 'object' &&
		(json as FeatureCollection).type === 'FeatureCollection' &&
		Array.isArray((json as FeatureCollection).features)
	);
}

async function getLayer(file: string, fetchFn: typeof fetch): Promise<FeatureCollection> {
	const json = await getJson(file, fetchFn);
	if (!isFeatureCollection(json))
		throw new LoadFileError({ file, reason: 'not-geojson' }, 'must be a GeoJSON FeatureCollection');
	return json;
}

/** The problem of a failed optional file; anything but a LoadFileError is a bug and is rethrown. */
function problemOf(e: unknown): LoadProblem {
	if (e instanceof LoadFileError) return e.problem;
	throw e;
}

/** Fetches the basemap files; a missing optional one is left out quietly, any other failure noted. */
async function loadBasemap(
	files: BasemapFiles,
	fetchFn: typeof fetch
): Promise<{ basemap: BasemapData; problems: LoadProblem[] }> {
	const basemap: BasemapData = {};
	const problems: LoadProblem[] = [];
	const loaded = await Promise.all(
		BASEMAP_PARTS.map(async (part) => {
			const file = files[part];
			if (!file) return null;
			try {
				return { part, json: (await getJson(file, fetchFn)) as BasemapData[typeof part], problem: null };
			} catch (e) {
				return { part, json: null, problem: problemOf(e) };
			}
		})
	);
	for (const l of loaded) {
		if (!l) continue;
		if (l.json && typeof l.json === 'object') basemap[l.part] = l.json;
		else if (l.problem && REQUIRED_BASEMAP_PARTS.includes(l.part)) problems.push(l.problem);
	}
	return { basemap, problems };
}

export interface LoadOptions {
	/** The basemap files to fetch with the data (the map draws them from one source). */
	basemap?: BasemapFiles;
}

export async function loadDataFolder(
	base: string,
	fetchFn: typeof fetch,
	options: LoadOptions = {}
): Promise<DataFolder> {
	const manifestFile = `${base}manifest.json`;
	// Started together: none of these waits for another.
	const mentionedPlacesP = getLayer(`${base}places.geojson`, fetchFn).then(
		(fc) => ({ fc, problem: null }),
		(e: unknown) => ({ fc: null, problem: problemOf(e) })
	);
	const basemapP = loadBasemap(options.basemap ?? {}, fetchFn);
	const manifest = parseManifest(await getJson(manifestFile, fetchFn), manifestFile);
	const loaded = await Promise.all(
		Object.entries(manifest.layers).map(async ([name, file]) => {
			try {
				return { name, fc: await getLayer(`${base}${file}`, fetchFn), problem: null };
			} catch (e) {
				return { name, fc: null, problem: problemOf(e) };
			}
		})
	);
	// In the manifest's order, whatever order the files arrived in. fromEntries defines own
	// properties, so even a layer named "__proto__" in a foreign manifest stays a plain entry.
	const problems: LoadProblem[] = loaded.flatMap((l) => (l.problem ? [l.problem] : []));
	const layers: Record<string, FeatureCollection> = Object.fromEntries(
		loaded.flatMap((l) => (l.fc ? [[l.name, l.fc] as const] : []))
	);

	// The pipeline's places.geojson is optional (absent: null, no note); present but broken: a note.
	const mentioned = await mentionedPlacesP;
	const mentionedPlaces: FeatureCollection | null = mentioned.fc;
	const p = mentioned.problem;
	if (p && !(p.reason === 'http' && p.status === 404)) problems.push(p);
	// Pipeline output without the territorial model's layers: derive the two it can. A layer the
	// manifest lists but whose file failed stays off (its note says why).
	if (!Object.hasOwn(manifest.layers, 'events')) {
		try {
			layers.events = datedEvents(await getLayer(`${base}events.geojson`, fetchFn));
		} catch (e) {
			problems.push(problemOf(e));
		}
	}
	if (!Object.hasOwn(manifest.layers, 'places') && mentionedPlaces)
		layers.places = datedPlaces(mentionedPlaces, manifest.start, manifest.end);
	const { basemap, problems: basemapProblems } = await basemapP;
	problems.push(...basemapProblems);
	return { manifest, layers, mentionedPlaces, basemap, problems };
}

/** The problem as one line of text in the UI language. */
export function loadProblemText(p: LoadProblem, s: Strings): string {
	const slots = { file: p.file, status: p.status ?? '' };
	switch (p.reason) {
		case 'http':
			return fill(s.loadHttp, slots);
		case 'no-response':
			return fill(s.loadNoResponse, slots);
		case 'not-json':
			return fill(s.loadNotJson, slots);
		case 'not-geojson':
			return fill(s.loadNotGeojson, slots);
	}
}

/** What a page's load function hands over: the folder, or why it could not load (never a rejection). */
export type DataFolderResult = { folder: DataFolder; error: null } | { folder: null; error: string };

/**
 * `loadDataFolder` for a route's load function (src/routes/+page.ts, embed/+page.ts): a promise that
 * always resolves, so it can be returned unawaited (the page shows "loading" meanwhile) without an
 * unhandled rejection before the page reads it. The error is the message naming the file.
 */
export function tryLoadDataFolder(
	base: string,
	fetchFn: typeof fetch,
	options: LoadOptions = {}
): Promise<DataFolderResult> {
	return loadDataFolder(base, fetchFn, options).then(
		(folder) => ({ folder, error: null }),
		(e: unknown) => ({ folder: null, error: e instanceof Error ? e.message : String(e) })
	);
}

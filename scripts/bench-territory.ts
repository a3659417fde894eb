// Benchmark of the territorial model: build time for 365 dates × 2,000 generated settlements
// on the real baseline, outline and routes (goal: under 10 s on one core). Run:
//   npx tsx scripts/bench-territory.ts
// The generated theatre is seeded, so every run builds the same layers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConflictEvent, EventKind, Faction, GazetteerEntry } from '../src/lib/domain/types';
import { addDays } from '../src/lib/geo/days';
import { buildLayers } from '../src/lib/territory/build-layers';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8'));

export interface BenchResult {
	name: string;
	value: number | string;
	unit: string;
	goal: string;
}

/** Park–Miller generator: deterministic pseudo-random numbers for the generated theatre. */
function seeded(seed: number) {
	let s = seed;
	return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export function generateTheatre(settlements: number, days: number) {
	const rnd = seeded(42);
	const gazetteer: GazetteerEntry[] = [];
	for (let i = 0; i < settlements; i++) {
		gazetteer.push({
			id: `place:bench:${String(i).padStart(5, '0')}`,
			name: `Village ${i}`,
			name_ar: null,
			aliases: [],
			kind: i % 50 === 0 ? 'town' : 'village',
			lon: 36.3 + rnd() * 1.9,
			lat: 35.2 + rnd() * 1.5,
			country: 'SY',
			admin1: null,
			admin2: null,
			parent: null,
			population: 0,
			source: 'generated'
		});
	}
	// A governorate (its polygon from geodata/basemap) and the country, for region claims and a collapse.
	const region = (
		id: string,
		name: string,
		kind: 'region' | 'country',
		admin1: string | null,
		lon: number,
		lat: number
	): GazetteerEntry => ({
		id,
		name,
		name_ar: null,
		aliases: [],
		kind,
		lon,
		lat,
		country: 'SY',
		admin1,
		admin2: null,
		parent: null,
		population: 0,
		source: 'generated'
	});
	const governorate = region(
		'place:bench:idlib-governorate',
		'Idlib Governorate',
		'region',
		'Idlib',
		36.6829,
		35.8528
	);
	const country = region('place:bench:syria', 'Syria', 'country', null, 38.5, 35);
	gazetteer.push(governorate, country);
	// A front sweeping east: each day the opposition takes the next few places by longitude,
	// with clashes ahead of it and an occasional government recapture behind it; every month a
	// claim on half the governorate by one side or the other; on the last day the government collapses.
	const order = gazetteer
		.filter((e) => e.kind === 'town' || e.kind === 'village')
		.sort((a, b) => a.lon - b.lon);
	const start = '2024-01-01';
	const events: ConflictEvent[] = [];
	const perDay = Math.max(1, Math.floor(settlements / days));
	const add = (date: string, kind: EventKind, place: GazetteerEntry, faction: Faction, extent?: 'half') =>
		events.push({
			...(extent ? { extent } : {}),
			id: `evt:${date}:${String(events.length).padStart(6, '0')}`,
			date,
			time_precision: 1,
			kind,
			event_type: 'Battles',
			sub_event_type: 'Armed clash',
			actor: faction,
			faction,
			place_id: place.id,
			geo_precision: 1,
			confidence: 'reported',
			fatalities: null,
			sources: [{ article: 'generated.txt', start: 0, end: 1 }]
		});
	for (let d = 1; d < days; d++) {
		const date = addDays(start, d);
		for (let k = 0; k < perDay; k++) {
			const p = order[(d * perDay + k) % order.length]!;
			add(date, 'capture', p, 'opposition');
			const ahead = order[(d * perDay + k + 3 * perDay) % order.length]!;
			add(date, 'clash', ahead, 'opposition');
		}
		if (d % 7 === 0) add(date, 'capture', order[((d - 3) * perDay) % order.length]!, 'government');
		if (d % 30 === 0) add(date, 'capture', governorate, d % 60 === 0 ? 'opposition' : 'government', 'half');
	}
	add(addDays(start, days - 1), 'collapse', country, 'government');
	return { gazetteer, events, start, end: addDays(start, days - 1) };
}

export async function benchTerritory(): Promise<BenchResult[]> {
	const theatre = generateTheatre(2000, 365);
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const out = buildLayers({
		...theatre,
		baseline: readJson('geodata/control/baseline-2024-11-26.geojson'),
		overrides: readJson('geodata/overrides.geojson'),
		country: readJson('geodata/country/syria.geojson'),
		routes: readJson('geodata/routes.geojson'),
		regions: readJson('geodata/basemap/governorates.geojson'),
		neighbours: readJson('geodata/basemap/countries.geojson'),
		sources: [],
		attribution: []
	});
	const seconds = (performance.now() - t0) / 1000;
	// CPU time is the figure on a shared machine: wall time also counts other processes' turns.
	const cpu = process.cpuUsage(cpu0);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const features = Object.entries(out.files)
		.filter(([k]) => k.startsWith('layers/'))
		.reduce((n, [, v]) => n + (v as { features: unknown[] }).features.length, 0);
	return [
		{
			name: 'territory build CPU time, 365 dates × 2,000 settlements',
			value: Math.round(cpuSeconds * 100) / 100,
			unit: 's',
			goal: '< 10 s on one core'
		},
		{
			name: 'territory build wall time, 365 dates × 2,000 settlements',
			value: Math.round(seconds * 100) / 100,
			unit: 's',
			goal: '< 10 s on one core (wall time includes waiting for a shared CPU)'
		},
		{
			name: 'territory layer features, 365 dates × 2,000 settlements',
			value: features,
			unit: 'features',
			goal: 'one per unchanged interval'
		}
	];
}

if (process.argv[1]?.endsWith('bench-territory.ts')) {
	for (const r of await benchTerritory()) console.log(`${r.name}: ${r.value} ${r.unit} (goal ${r.goal})`);
}

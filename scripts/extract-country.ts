// One-off: extract Syria's outline from Natural Earth 1:10m (world-atlas, public domain)
// into geodata/country/syria.geojson. Run: npx tsx scripts/extract-country.ts
// Re-running gives byte-identical output (6-decimal coordinates, RFC 7946 winding).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { normalizePolygonal } from '../src/lib/territory/validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const atlasPath = join(root, 'node_modules/world-atlas/countries-10m.json');
const outPath = join(root, 'geodata/country/syria.geojson');
const SYRIA_ISO_NUMERIC = '760';

const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology;
const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
const geometry = countries.geometries.find((g) => String(g.id) === SYRIA_ISO_NUMERIC);
if (!geometry) throw new Error(`${atlasPath}: no country with id ${SYRIA_ISO_NUMERIC} (Syria)`);
const raw = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;

const out: Feature<Polygon | MultiPolygon> = {
	type: 'Feature',
	id: 'country:SY',
	properties: {
		id: 'country:SY',
		name: 'Syria',
		iso_a2: 'SY',
		source: 'Natural Earth 1:10m admin-0 countries via world-atlas@2 (public domain)'
	},
	geometry: normalizePolygonal(raw.geometry)
};
const tmp = `${outPath}.tmp`;
writeFileSync(tmp, JSON.stringify(out) + '\n');
renameSync(tmp, outPath);
console.log(`wrote ${outPath}`);

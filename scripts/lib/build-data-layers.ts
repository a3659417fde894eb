// Reads the territorial model's inputs, the project's (baseline, overrides) and geodata/'s
// (country outline, routes, governorates, neighbours), and checks them; the pure composer
// (src/lib/compose) turns them into layers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { TerritoryData } from '../../src/lib/compose/compose-data-set';
import { geometryProblems } from '../../src/lib/territory/validate';
import { readJson } from './pipeline-context';
import { loadProject, type Project } from './project';

type Polygonal = Polygon | MultiPolygon;

/** The first position that is not a finite [lon, lat] in range, described; null when all are. */
function badPosition(geometry: Polygonal): string | null {
	const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
	if (!Array.isArray(rings)) return 'coordinates must be an array of rings';
	for (const ring of rings) {
		if (!Array.isArray(ring)) return 'each ring must be an array of positions';
		for (const p of ring) {
			if (
				!Array.isArray(p) ||
				typeof p[0] !== 'number' ||
				typeof p[1] !== 'number' ||
				!Number.isFinite(p[0]) ||
				!Number.isFinite(p[1])
			)
				return `position ${JSON.stringify(p)} is not a pair of finite numbers`;
			if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
				return `position [${p[0]}, ${p[1]}] is out of range (lon ±180, lat ±90)`;
		}
	}
	return null;
}

/**
 * A FeatureCollection of polygons, each checked; a broken one throws naming file, feature and reason.
 * `ringsMustBeSimple: false` for polygons only used to test whether a point lies inside (the
 * basemap's neighbours, clipped to a frame: a clip can leave a ring touching itself).
 */
export function readPolygons(
	file: string,
	required: string[],
	ringsMustBeSimple = true
): FeatureCollection<Polygonal> {
	const raw = readJson(file) as FeatureCollection<Polygonal> | Feature<Polygonal>;
	// a single Feature (the country outline) reads as a collection of one
	const doc =
		raw && raw.type === 'Feature'
			? { type: 'FeatureCollection' as const, features: [raw] }
			: (raw as FeatureCollection<Polygonal>);
	if (!doc || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features))
		throw new Error(`${file}: must be a GeoJSON FeatureCollection`);
	const ids = new Set<string>();
	doc.features.forEach((f, i) => {
		const where = `${file}: features[${i}]`;
		if (
			!f ||
			f.type !== 'Feature' ||
			!f.geometry ||
			(f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')
		)
			throw new Error(`${where}.geometry must be a Polygon or MultiPolygon`);
		const bad = badPosition(f.geometry);
		if (bad) throw new Error(`${where}.geometry: ${bad}`);
		const problems = ringsMustBeSimple ? geometryProblems(f.geometry) : [];
		if (problems.length) throw new Error(`${where}.geometry: ${problems.join('; ')}`);
		for (const key of required)
			if (typeof f.properties?.[key] !== 'string')
				throw new Error(`${where}.properties.${key} must be a string`);
		const id = f.id ?? f.properties?.id;
		if (id !== undefined) {
			if (ids.has(String(id))) throw new Error(`${where}: duplicate id ${JSON.stringify(id)}`);
			ids.add(String(id));
		}
	});
	return doc;
}

/** `project` gives the baseline and overrides; without it, geodata/ is the project. */
export function readTerritoryData(geodata: string, project: Project = loadProject(geodata)): TerritoryData {
	const baseline = readPolygons(project.files.baseline, ['faction']);
	const overrides = project.files.overrides
		? readPolygons(project.files.overrides, ['faction', 'date'])
		: { type: 'FeatureCollection' as const, features: [] };
	const countryDoc = readPolygons(join(geodata, 'country', 'syria.geojson'), []);
	const country = countryDoc.features[0] as Feature<Polygonal> | undefined;
	if (!country)
		throw new Error(`${join(geodata, 'country', 'syria.geojson')}: needs one feature, the country outline`);
	const routesFile = join(geodata, 'routes.geojson');
	const routes = (
		existsSync(routesFile) ? readJson(routesFile) : { type: 'FeatureCollection', features: [] }
	) as FeatureCollection<LineString>;
	// Governorates (which places a claim on a province speaks for) and the neighbours (sea or a
	// neighbour's land, for settlements just outside the outline): optional, the model copes without.
	const governoratesFile = join(geodata, 'basemap', 'governorates.geojson');
	const regions = existsSync(governoratesFile) ? readPolygons(governoratesFile, ['name']) : undefined;
	const countriesFile = join(geodata, 'basemap', 'countries.geojson');
	const neighbours = existsSync(countriesFile) ? readPolygons(countriesFile, ['iso_a2'], false) : undefined;
	return {
		baseline,
		overrides,
		country,
		routes,
		...(regions ? { regions } : {}),
		...(neighbours ? { neighbours } : {})
	};
}

/**
 * Everything the composer needs besides the pipeline context, from geodata/ and the project: one
 * reader for every shell. The curated events are read only when the project has them.
 */
export function readComposerGeodata(geodata: string, project: Project = loadProject(geodata)) {
	const file = project.files.curated;
	return {
		curated: file ? { doc: readJson(file), file } : null,
		territory: readTerritoryData(geodata, project),
		theatre: project.theatre
	};
}

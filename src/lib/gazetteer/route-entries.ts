// geodata/routes.geojson (roads and rivers as lines) → gazetteer entries.
import type { Diagnostic, GazetteerEntry, PlaceKind, StageResult } from '../domain/types';

interface RouteFeature {
	type?: unknown;
	geometry?: { type?: unknown; coordinates?: unknown };
	properties?: Record<string, unknown> | null;
}

function isPosition(p: unknown): p is [number, number] {
	return (
		Array.isArray(p) &&
		p.length >= 2 &&
		p.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n)) &&
		Math.abs(p[0] as number) <= 180 &&
		Math.abs(p[1] as number) <= 90
	);
}

/** Validates each route; a bad one becomes an error diagnostic naming the feature and field. */
export function routeEntries(collection: unknown, file: string): StageResult<GazetteerEntry> {
	const items: GazetteerEntry[] = [];
	const diagnostics: Diagnostic[] = [];
	const fail = (message: string) =>
		diagnostics.push({
			level: 'error',
			code: 'bad-route',
			message: `${file}: ${message}`,
			article: null,
			start: null,
			end: null
		});
	const features = (collection as { features?: unknown })?.features;
	if (!Array.isArray(features)) {
		fail('must be a GeoJSON FeatureCollection with a features array');
		return { items, diagnostics };
	}
	features.forEach((raw: RouteFeature, i) => {
		const p = raw?.properties ?? {};
		const where = `features[${i}]`;
		const coords = raw?.geometry?.coordinates;
		if (raw?.geometry?.type !== 'LineString' || !Array.isArray(coords) || coords.length < 2)
			return fail(`${where}.geometry must be a LineString of 2+ positions`);
		if (!coords.every(isPosition))
			return fail(`${where}.geometry.coordinates must be [lon, lat] numbers in range`);
		if (typeof p.id !== 'string' || !/^[a-z0-9-]+$/.test(p.id))
			return fail(`${where}.properties.id must be a lowercase slug`);
		if (typeof p.name !== 'string' || !p.name)
			return fail(`${where}.properties.name must be a non-empty string`);
		const kind = p.kind === 'river' ? 'river' : p.kind === 'road' ? 'road' : null;
		if (!kind) return fail(`${where}.properties.kind must be "road" or "river"`);
		const line = (coords as [number, number][]).map(([lon, lat]) => [lon, lat] as [number, number]);
		const mid = line[Math.floor(line.length / 2)]!;
		items.push({
			id: `place:sm:${p.id}`,
			name: p.name,
			name_ar: typeof p.name_ar === 'string' ? p.name_ar : null,
			aliases: Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [],
			kind: kind as PlaceKind,
			lon: mid[0],
			lat: mid[1],
			line,
			country: 'SY',
			admin1: null,
			admin2: null,
			parent: null,
			population: 0,
			source: typeof p.source === 'string' ? p.source : 'unstated'
		});
	});
	return { items, diagnostics };
}

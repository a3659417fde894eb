// The map's sources are lean copies of the data: each feature keeps its geometry, a numeric id and
// only the properties the style and the time index read. The full records stay on the main thread,
// by that id, for picking and the inspect panel. Lean features mean less to tile in the worker,
// less to copy into each tile, and less to re-read when a feature's state changes (MapLibre
// re-evaluates every property of a feature it re-paints); numeric ids skip MapLibre's string-id
// hashing. The areas, lines and places share one source, so their layers stay adjacent in the
// layer order and the tiles' stencil clipping masks are drawn once for all of them, not once per
// layer (MapLibre redraws the masks whenever the next layer comes from another source).
import type { Feature, FeatureCollection, GeoJsonProperties } from 'geojson';
import type { TimedFeature, TimeMode } from './time-index';
import { eventSourceId } from './event-parts';

/** The data layers drawn from the one areas source, in draw order (events have their own parts). */
/** The data folder's layers (`manifest.layers` names). */
export const DATA_LAYERS = ['control', 'changes', 'routes', 'frontline', 'events', 'places'] as const;
export type DataLayer = (typeof DATA_LAYERS)[number];

export const AREA_LAYERS = ['control', 'changes', 'routes', 'frontline', 'places'] as const;
export type AreaLayer = (typeof AREA_LAYERS)[number];
export const AREAS_SOURCE = 'data-areas';
/** The property of an areas feature naming its data layer (the style's filters read it). */
export const LAYER_PROPERTY = 'layer';

/**
 * What the style reads of each layer's features, besides `from`/`to` (kept for picking and
 * readers of the map) — the filters and paint expressions of layers.ts and toggles.ts.
 */
export const STYLE_PROPERTIES: Record<DataLayer, readonly string[]> = {
	control: ['faction', 'status'],
	changes: ['change', 'kind', 'faction'],
	routes: ['faction'],
	frontline: [],
	// reviewed: the "reviewed only" filter and the paler machine-read marks
	events: ['kind', 'reviewed'],
	places: ['kind', 'faction']
};

/** A full record of the data, by the numeric id its lean copy carries on the map. */
export interface MapRecord {
	layer: DataLayer;
	properties: Record<string, unknown>;
}

/** What the map controller keeps beside the style: full records and each source's day ranges. */
export interface MapIndex {
	records: readonly MapRecord[];
	timed: readonly { source: string; mode: TimeMode; features: TimedFeature[] }[];
}

export interface MapSources {
	/** The areas source's data: AREA_LAYERS' features, each with its `layer`. */
	areas: FeatureCollection;
	/** The events parts, lean, in the order of the parts given. */
	eventParts: FeatureCollection[];
	index: MapIndex;
}

function lean(
	f: Feature,
	id: number,
	layer: DataLayer,
	keep: readonly string[],
	withLayer: boolean
): { feature: Feature; timed: TimedFeature | null } {
	const p = (f.properties ?? {}) as Record<string, unknown>;
	const out: GeoJsonProperties = withLayer ? { [LAYER_PROPERTY]: layer } : {};
	for (const k of keep) if (p[k] !== undefined) out[k] = p[k];
	const from = Number(p.from);
	const to = Number(p.to);
	const dated = p.from !== undefined && p.to !== undefined && Number.isFinite(from) && Number.isFinite(to);
	if (dated) {
		out.from = from;
		out.to = to;
	}
	return {
		feature: { type: 'Feature', id, properties: out, geometry: f.geometry },
		timed: dated ? { id, from, to } : null
	};
}

/**
 * Lean sources from the data folder's layers and the events as split into parts (event-parts.ts).
 * Ids are numbered in order: the areas in AREA_LAYERS order, then the events part by part.
 */
export function mapSources(
	layers: Partial<Record<DataLayer, FeatureCollection>>,
	eventParts: readonly FeatureCollection[]
): MapSources {
	const records: MapRecord[] = [];
	const timed: MapIndex['timed'][number][] = [];
	const areaFeatures: Feature[] = [];
	const areaTimed: TimedFeature[] = [];
	for (const layer of AREA_LAYERS) {
		for (const f of layers[layer]?.features ?? []) {
			const { feature, timed: t } = lean(f, records.length, layer, STYLE_PROPERTIES[layer], true);
			records.push({ layer, properties: (f.properties ?? {}) as Record<string, unknown> });
			areaFeatures.push(feature);
			if (t) areaTimed.push(t);
		}
	}
	timed.push({ source: AREAS_SOURCE, mode: 'area', features: areaTimed });
	const parts = eventParts.map((part, i) => {
		const features: Feature[] = [];
		const partTimed: TimedFeature[] = [];
		for (const f of part.features) {
			const { feature, timed: t } = lean(f, records.length, 'events', STYLE_PROPERTIES.events, false);
			records.push({ layer: 'events', properties: (f.properties ?? {}) as Record<string, unknown> });
			features.push(feature);
			if (t) partTimed.push(t);
		}
		timed.push({ source: eventSourceId(i), mode: 'event', features: partTimed });
		return { type: 'FeatureCollection', features } as FeatureCollection;
	});
	return {
		areas: { type: 'FeatureCollection', features: areaFeatures },
		eventParts: parts,
		index: { records, timed }
	};
}

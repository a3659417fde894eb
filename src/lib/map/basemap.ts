// The offline basemap's source and layers (geodata/basemap/, geodata/country/syria.geojson,
// geodata/routes.geojson), as pure style-spec builders. Its files are merged into one source,
// each feature tagged with the file it came from (`base`): with one source the basemap's fills and
// lines are drawn one after another without a stencil clipping mask between them (MapLibre redraws
// the masks whenever the next layer comes from another source; six sources cost six sets).
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, GeoJSON } from 'geojson';
import type { Lang } from '../i18n/strings';
import { BASEMAP } from './theme';
import { FONT_BOLD, FONT_REGULAR, labelField } from './layers';

/** The basemap's files; the first three are required, the others may be missing. */
export const BASEMAP_PARTS = ['countries', 'governorates', 'labels', 'rivers', 'syria', 'routes'] as const;
export type BasemapPart = (typeof BASEMAP_PARTS)[number];
export const REQUIRED_BASEMAP_PARTS: readonly BasemapPart[] = ['countries', 'governorates', 'labels'];

/** Where each basemap file is (URLs, assets.ts). */
export type BasemapFiles = Partial<Record<BasemapPart, string>>;
/** The basemap files as loaded; a missing one leaves its layers out. */
export type BasemapData = Partial<Record<BasemapPart, GeoJSON>>;

export const BASEMAP_SOURCE = 'base';
/** The property naming the file a basemap feature came from. */
const PART = 'base';
/** The properties the basemap's layers read; the rest of each file stays out of the map. */
const KEPT = ['kind', 'name', 'name_ar'] as const;

export const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

function featuresOf(g: GeoJSON): Feature[] {
	if (g.type === 'FeatureCollection') return g.features;
	if (g.type === 'Feature') return [g];
	return [{ type: 'Feature', properties: {}, geometry: g }];
}

/** The basemap files as one collection, in BASEMAP_PARTS order, each feature tagged with its part. */
export function mergeBasemap(b: BasemapData): FeatureCollection {
	const features: Feature[] = [];
	for (const part of BASEMAP_PARTS) {
		const g = b[part];
		if (!g) continue;
		for (const f of featuresOf(g)) {
			const p = (f.properties ?? {}) as Record<string, unknown>;
			const properties: Record<string, unknown> = { [PART]: part };
			for (const k of KEPT) if (p[k] !== undefined && p[k] !== null) properties[k] = p[k];
			features.push({ type: 'Feature', properties, geometry: f.geometry });
		}
	}
	return { type: 'FeatureCollection', features };
}

export function basemapSources(b: BasemapData): Record<string, SourceSpecification> {
	return {
		[BASEMAP_SOURCE]: { type: 'geojson', data: mergeBasemap(b), attribution: NATURAL_EARTH }
	};
}

const isPart = (part: BasemapPart): ExpressionSpecification => ['==', ['get', PART], part];
const partKind = (part: BasemapPart, kind: string): FilterSpecification => [
	'all',
	isPart(part),
	['==', ['get', 'kind'], kind]
];

/** Layers under the situation layers (those of missing files left out). */
export function basemapLowerLayers(b: BasemapData): LayerSpecification[] {
	const layers: LayerSpecification[] = [
		{ id: 'base-sea', type: 'background', paint: { 'background-color': BASEMAP.sea } }
	];
	const add = (part: BasemapPart, layer: LayerSpecification) => {
		if (b[part]) layers.push(layer);
	};
	const source = BASEMAP_SOURCE;
	add('countries', {
		id: 'base-countries-fill',
		type: 'fill',
		source,
		filter: isPart('countries'),
		paint: { 'fill-color': BASEMAP.land }
	});
	add('syria', {
		id: 'base-syria-fill',
		type: 'fill',
		source,
		filter: isPart('syria'),
		paint: { 'fill-color': BASEMAP.syria }
	});
	add('governorates', {
		id: 'base-governorates-line',
		type: 'line',
		source,
		filter: isPart('governorates'),
		paint: { 'line-color': BASEMAP.governorate, 'line-width': 0.8, 'line-dasharray': ['literal', [3, 2]] }
	});
	add('countries', {
		id: 'base-countries-line',
		type: 'line',
		source,
		filter: isPart('countries'),
		paint: { 'line-color': BASEMAP.border, 'line-width': 1 }
	});
	add('syria', {
		id: 'base-syria-line',
		type: 'line',
		source,
		filter: isPart('syria'),
		paint: { 'line-color': BASEMAP.border, 'line-width': 1.6 }
	});
	add('rivers', {
		id: 'base-euphrates',
		type: 'line',
		source,
		filter: isPart('rivers'),
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': BASEMAP.river, 'line-width': ['match', ['get', 'kind'], 'lake', 7, 2] }
	});
	add('routes', {
		id: 'base-rivers',
		type: 'line',
		source,
		filter: partKind('routes', 'river'),
		paint: { 'line-color': BASEMAP.river, 'line-width': 1.5 }
	});
	add('routes', {
		id: 'base-roads',
		type: 'line',
		source,
		filter: partKind('routes', 'road'),
		paint: { 'line-color': BASEMAP.route, 'line-width': 1.2 }
	});
	return layers;
}

/** Country and governorate names, drawn above the situation layers. */
export function basemapLabelLayers(lang: Lang): LayerSpecification[] {
	return [
		{
			id: 'base-labels-governorate',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: partKind('labels', 'governorate'),
			minzoom: 6,
			layout: {
				'text-field': labelField(lang),
				'text-font': FONT_REGULAR,
				'text-size': 12,
				'text-letter-spacing': 0.05
			},
			paint: { 'text-color': '#6c645b', 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1 }
		},
		{
			id: 'base-labels-country',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: partKind('labels', 'country'),
			layout: {
				'text-field': labelField(lang),
				'text-font': FONT_BOLD,
				'text-size': 15,
				'text-transform': 'uppercase'
			},
			paint: { 'text-color': BASEMAP.label, 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.5 }
		}
	];
}

// The offline basemap's sources and layers (geodata/basemap/, geodata/country/syria.geojson,
// geodata/routes.geojson), as pure style-spec builders.
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSON } from 'geojson';
import type { Lang } from '../i18n/strings';
import { BASEMAP } from './theme';
import { FONT_BOLD, FONT_REGULAR, labelField } from './layers';

/** Where each basemap file is: a URL or the GeoJSON itself. Optional files may be missing. */
export interface BasemapData {
	countries: string | GeoJSON;
	governorates: string | GeoJSON;
	labels: string | GeoJSON;
	/** Schematic Euphrates and Lake Assad (geodata/basemap/rivers.geojson). */
	rivers?: string | GeoJSON;
	syria?: string | GeoJSON;
	routes?: string | GeoJSON;
}

export const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export function basemapSources(b: BasemapData): Record<string, SourceSpecification> {
	const out: Record<string, SourceSpecification> = {
		'base-countries': { type: 'geojson', data: b.countries, attribution: NATURAL_EARTH },
		'base-governorates': { type: 'geojson', data: b.governorates },
		'base-labels': { type: 'geojson', data: b.labels }
	};
	if (b.syria) out['base-syria'] = { type: 'geojson', data: b.syria };
	if (b.rivers) out['base-euphrates'] = { type: 'geojson', data: b.rivers };
	if (b.routes) out['base-routes'] = { type: 'geojson', data: b.routes };
	return out;
}

/** Layers under the situation layers. */
export function basemapLowerLayers(b: BasemapData): LayerSpecification[] {
	const layers: LayerSpecification[] = [
		{ id: 'base-sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
		{
			id: 'base-countries-fill',
			type: 'fill',
			source: 'base-countries',
			paint: { 'fill-color': BASEMAP.land }
		}
	];
	if (b.syria)
		layers.push({
			id: 'base-syria-fill',
			type: 'fill',
			source: 'base-syria',
			paint: { 'fill-color': BASEMAP.syria }
		});
	layers.push(
		{
			id: 'base-governorates-line',
			type: 'line',
			source: 'base-governorates',
			paint: { 'line-color': BASEMAP.governorate, 'line-width': 0.8, 'line-dasharray': ['literal', [3, 2]] }
		},
		{
			id: 'base-countries-line',
			type: 'line',
			source: 'base-countries',
			paint: { 'line-color': BASEMAP.border, 'line-width': 1 }
		}
	);
	if (b.syria)
		layers.push({
			id: 'base-syria-line',
			type: 'line',
			source: 'base-syria',
			paint: { 'line-color': BASEMAP.border, 'line-width': 1.6 }
		});
	if (b.rivers) {
		layers.push({
			id: 'base-euphrates',
			type: 'line',
			source: 'base-euphrates',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': BASEMAP.river, 'line-width': ['match', ['get', 'kind'], 'lake', 7, 2] }
		});
	}
	if (b.routes) {
		layers.push(
			{
				id: 'base-rivers',
				type: 'line',
				source: 'base-routes',
				filter: ['==', ['get', 'kind'], 'river'],
				paint: { 'line-color': BASEMAP.river, 'line-width': 1.5 }
			},
			{
				id: 'base-roads',
				type: 'line',
				source: 'base-routes',
				filter: ['==', ['get', 'kind'], 'road'],
				paint: { 'line-color': BASEMAP.route, 'line-width': 1.2 }
			}
		);
	}
	return layers;
}

/** Country and governorate names, drawn above the situation layers. */
export function basemapLabelLayers(lang: Lang): LayerSpecification[] {
	return [
		{
			id: 'base-labels-governorate',
			type: 'symbol',
			source: 'base-labels',
			filter: ['==', ['get', 'kind'], 'governorate'],
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
			source: 'base-labels',
			filter: ['==', ['get', 'kind'], 'country'],
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

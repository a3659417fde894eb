// The whole map style from plain inputs: a pure function, validated in Node (style.test.ts).
import type {
	FontFacesSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSON } from 'geojson';
import type { Lang } from '../i18n/strings';
import { basemapLabelLayers, basemapLowerLayers, basemapSources, type BasemapData } from './basemap';
import { overlayLayers, PLACE_LABELS_SOURCE } from './layers';
import { AREAS_SOURCE } from './map-sources';
import { stateDefaults } from './time-expressions';
import { eventSourceId } from './event-parts';
import type { ToggleKey } from './toggles';
import { DARK_PAINT, type Flavour } from './theme';

export interface FontFiles {
	latin: string;
	latinBold: string;
	arabic: string;
	arabicBold: string;
}

export interface StyleInput {
	lang: Lang;
	toggles: ReadonlySet<ToggleKey>;
	day: number;
	cumulative: boolean;
	fonts: FontFiles;
	basemap: BasemapData;
	/** The areas, lines and places, lean and tagged with their layer (map-sources.ts); empty when absent. */
	areas?: GeoJSON;
	/** The events split by day range (event-parts.ts), lean (map-sources.ts); one empty part when absent. */
	eventParts?: readonly GeoJSON[];
	/** One label per place (place-labels.ts); empty when absent. */
	placeLabels?: GeoJSON;
	/** Credits of the data (manifest `attribution`), shown in the map's attribution control. */
	attribution: readonly string[];
	/** Colour flavour (theme.ts); default light. */
	flavour?: Flavour;
}

/** The layers with a flavour's paint overrides (theme.ts); light leaves them as built. */
export function flavoured(layers: LayerSpecification[], flavour: Flavour = 'light'): LayerSpecification[] {
	if (flavour === 'light') return layers;
	const overrides = new Map<string, Record<string, string>>();
	for (const [layer, prop, value] of DARK_PAINT)
		overrides.set(layer, { ...overrides.get(layer), [prop]: value });
	return layers.map((l) => {
		const o = overrides.get(l.id);
		return o ? ({ ...l, paint: { ...(l as { paint?: object }).paint, ...o } } as LayerSpecification) : l;
	});
}

/** Arabic script blocks (basic, supplement, presentation forms A and B). */
const ARABIC_RANGES = ['U+0600-06FF', 'U+0750-077F', 'U+08A0-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'];

/** `font-faces`: Noto Sans Arabic for Arabic script, Noto Sans for the rest; shipped with the app. */
export function fontFaces(f: FontFiles): FontFacesSpecification {
	return {
		'Noto Sans Regular': [{ url: f.arabic, 'unicode-range': ARABIC_RANGES }, { url: f.latin }],
		'Noto Sans Bold': [{ url: f.arabicBold, 'unicode-range': ARABIC_RANGES }, { url: f.latinBold }]
	};
}

const EMPTY: GeoJSON = { type: 'FeatureCollection', features: [] };

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function buildStyle(input: StyleInput): StyleSpecification {
	const sources: Record<string, SourceSpecification> = { ...basemapSources(input.basemap) };
	// Attribution strings are rendered as HTML by MapLibre: data credits are escaped text.
	const dataCredit = input.attribution.map(escapeHtml).join(' · ');
	sources[AREAS_SOURCE] = {
		type: 'geojson',
		data: input.areas ?? EMPTY,
		...(dataCredit ? { attribution: dataCredit } : {})
	};
	const parts = input.eventParts?.length ? input.eventParts : [EMPTY];
	parts.forEach((data, i) => {
		sources[eventSourceId(i)] = { type: 'geojson', data };
	});
	sources[PLACE_LABELS_SOURCE] = { type: 'geojson', data: input.placeLabels ?? EMPTY };
	return {
		version: 8,
		name: 'situation-map',
		state: stateDefaults(input.day, input.cumulative),
		'font-faces': fontFaces(input.fonts),
		sources,
		layers: flavoured(
			[
				...basemapLowerLayers(input.basemap),
				...overlayLayers(input.lang, input.toggles, parts.length),
				...basemapLabelLayers(input.lang)
			],
			input.flavour
		)
	};
}

/** A layer left out of the first style because it starts hidden, and where it goes when shown. */
export interface DeferredLayer {
	layer: LayerSpecification;
	/** The ids of the layers drawn above it in the full style, nearest first. */
	above: string[];
}

/**
 * The style without its hidden layers, which the map adds when they are first shown: a hidden
 * layer costs nothing to draw, but MapLibre still lays out its features in every tile.
 */
export function withoutHiddenLayers(style: StyleSpecification): {
	style: StyleSpecification;
	deferred: DeferredLayer[];
} {
	const ids = style.layers.map((l) => l.id);
	const deferred: DeferredLayer[] = [];
	const layers = style.layers.filter((l, i) => {
		const hidden = (l.layout as { visibility?: string } | undefined)?.visibility === 'none';
		if (hidden) deferred.push({ layer: l, above: ids.slice(i + 1) });
		return !hidden;
	});
	return { style: { ...style, layers }, deferred };
}

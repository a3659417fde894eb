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
import { DATA_LAYERS, overlayLayers, PLACE_LABELS_SOURCE, sourceId, type DataLayer } from './layers';
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
	/** The data folder's layers by name (URL or GeoJSON); a missing layer gets an empty source. */
	data: Partial<Record<DataLayer, string | GeoJSON>>;
	/** The events split by day range (event-parts.ts); when absent, `data.events` is one part. */
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
	DATA_LAYERS.forEach((layer, i) => {
		sources[sourceId(layer)] = {
			type: 'geojson',
			data: input.data[layer] ?? EMPTY,
			promoteId: 'id',
			...(i === 0 && dataCredit ? { attribution: dataCredit } : {})
		};
	});
	const parts = input.eventParts ?? [input.data.events ?? EMPTY];
	parts.forEach((data, i) => {
		sources[eventSourceId(i)] = { type: 'geojson', data, promoteId: 'id' };
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

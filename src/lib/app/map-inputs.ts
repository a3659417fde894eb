// What the map is created with, for the app and the embed alike: the style and the events split
// into day-range parts (map/event-parts.ts), built once when the data arrives. Later changes
// (time, toggles, language, event mode) go through the map controller, never a new style.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import type { ToggleKey } from '../map/toggles';
import type { Flavour } from '../map/theme';
import { buildStyle } from '../map/style';
import { BASEMAP_FILES, FONT_FILES } from '../map/assets';
import { DATA_LAYERS } from '../map/layers';
import { placeLabels } from '../map/place-labels';
import { partitionByDay } from '../map/event-parts';
import type { DataFolder } from './load-data';

export interface MapInputs {
	style: StyleSpecification;
	/** The same parts the style's event sources hold; MapView hands them to the controller. */
	eventParts: FeatureCollection[];
}

/** The state the map starts in. */
export interface MapStart {
	lang: Lang;
	toggles: ReadonlySet<ToggleKey>;
	day: number;
	cumulative: boolean;
	/** Colour flavour (map/theme.ts): the embed's `theme=dark`. */
	flavour?: Flavour;
}

export function mapInputs(data: Pick<DataFolder, 'layers' | 'manifest'>, start: MapStart): MapInputs {
	const eventParts = partitionByDay(data.layers.events);
	const style = buildStyle({
		...start,
		eventParts,
		fonts: FONT_FILES,
		basemap: BASEMAP_FILES,
		data: Object.fromEntries(DATA_LAYERS.map((l) => [l, data.layers[l]]).filter(([, v]) => v)),
		placeLabels: placeLabels(data.layers.places),
		attribution: data.manifest.attribution
	});
	return { style, eventParts };
}

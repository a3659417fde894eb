// What the map is created with, for the app and the embed alike: the style (with lean sources,
// map/map-sources.ts) and the index the map controller keeps beside it (full records by id, day
// ranges per source), built once when the data arrives. Later changes (time, toggles, language,
// event mode) go through the map controller, never a new style.
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import type { ToggleKey } from '../map/toggles';
import type { Flavour } from '../map/theme';
import { buildStyle } from '../map/style';
import { FONT_FILES } from '../map/assets';
import { placeLabels } from '../map/place-labels';
import { partitionByDay } from '../map/event-parts';
import { mapSources, type MapIndex } from '../map/map-sources';
import type { DataFolder } from './load-data';

export interface MapInputs {
	style: StyleSpecification;
	/** Full records by the ids the style's features carry, and each source's day ranges. */
	index: MapIndex;
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

export function mapInputs(
	data: Pick<DataFolder, 'layers' | 'manifest' | 'basemap'>,
	start: MapStart
): MapInputs {
	const sources = mapSources(data.layers, partitionByDay(data.layers.events));
	const style = buildStyle({
		...start,
		areas: sources.areas,
		eventParts: sources.eventParts,
		fonts: FONT_FILES,
		basemap: data.basemap,
		placeLabels: placeLabels(data.layers.places),
		attribution: data.manifest.attribution
	});
	return { style, index: sources.index };
}

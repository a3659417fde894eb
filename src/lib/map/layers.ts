// The situation layers drawn over the basemap, as pure style-spec builders. Time is shown with
// paint expressions over feature-state (see time-expressions.ts); toggles narrow static filters.
// The areas, lines and places come from one source (map-sources.ts), each layer filtered to its
// data layer, and are kept adjacent in the layer order so the tiles' clipping masks are drawn once.
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import { eventRadius, timedOpacity, WEIGHT } from './time-expressions';
import { FACTIONS } from '../domain/factions';
import { CHANGE_COLOURS, EVENT_COLOURS, FACTION_COLOURS, FRONTLINE, OPACITY, UNKNOWN_COLOUR } from './theme';
import { eventLayerId, eventSourceId } from './event-parts';
import { toggleFilters, VISIBILITY_LAYERS, type ToggleKey } from './toggles';
import { AREAS_SOURCE, LAYER_PROPERTY, type AreaLayer } from './map-sources';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

/** One label per place, derived from the places layer (place-labels.ts). */
export const PLACE_LABELS_SOURCE = 'data-place-labels';

/** Layers a click can inspect, top first. */
export const INSPECTABLE_LAYERS = [
	'events-circle',
	'places-dot',
	'routes-held',
	'frontline-line',
	'changes-fill',
	'control-fill'
];

function factionColour(): ExpressionSpecification {
	const pairs = FACTIONS.flatMap((f) => [f, FACTION_COLOURS[f]]);
	return ['match', ['get', 'faction'], ...pairs, UNKNOWN_COLOUR] as unknown as ExpressionSpecification;
}

function eventColour(): ExpressionSpecification {
	const pairs = Object.entries(EVENT_COLOURS).flat();
	return ['match', ['get', 'kind'], ...pairs, UNKNOWN_COLOUR] as unknown as ExpressionSpecification;
}

/** Label text in the UI language, falling back to the English name. */
export function labelField(lang: Lang): ExpressionSpecification {
	return lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name']] : ['get', 'name'];
}

/** Gained or lost: the model writes `change`; older folders wrote `kind`. */
const CHANGE: ExpressionSpecification = ['coalesce', ['get', 'change'], ['get', 'kind'], ''];

/**
 * Every toggled layer's visibility. The hatch shows only while inferred or contested areas do, so
 * the pattern is drawn only where it can be seen.
 */
export function layerVisibility(t: ReadonlySet<ToggleKey>): Record<string, 'visible' | 'none'> {
	const out: Record<string, 'visible' | 'none'> = {};
	for (const [key, ids] of Object.entries(VISIBILITY_LAYERS))
		for (const id of ids) out[id] = t.has(key as ToggleKey) ? 'visible' : 'none';
	out['control-hatch'] = t.has('inferred') || t.has('contested') ? 'visible' : 'none';
	return out;
}

/** The areas-source layers and the data layer each draws. */
const AREA_LAYER_OF: Record<string, AreaLayer> = {
	'control-fill': 'control',
	'control-hatch': 'control',
	'changes-fill': 'changes',
	'changes-line': 'changes',
	'routes-held': 'routes',
	'frontline-casing': 'frontline',
	'frontline-line': 'frontline',
	'places-dot': 'places'
};

/**
 * Every overlay layer's filter: its data layer within the areas source, narrowed by the toggles
 * (factions, statuses, event kinds). Changed only when a toggle changes (setFilter re-tiles).
 */
export function layerFilters(
	t: ReadonlySet<ToggleKey>,
	reviewedOnly = false
): Record<string, FilterSpecification> {
	const narrowed = toggleFilters(t, reviewedOnly);
	const out: Record<string, FilterSpecification> = {};
	for (const [id, layer] of Object.entries(AREA_LAYER_OF)) {
		const own: ExpressionSpecification = ['==', ['get', LAYER_PROPERTY], layer];
		const extra = narrowed[id];
		out[id] = (extra ? ['all', own, extra] : own) as FilterSpecification;
	}
	out['events-circle'] = narrowed['events-circle']!;
	return out;
}

export function overlayLayers(lang: Lang, t: ReadonlySet<ToggleKey>, eventParts = 1): LayerSpecification[] {
	const f = layerFilters(t);
	const v = layerVisibility(t);
	const statusOpacity: ExpressionSpecification = [
		'match',
		['get', 'status'],
		'inferred',
		OPACITY.inferred,
		'contested',
		OPACITY.contested,
		OPACITY.control
	];
	const source = AREAS_SOURCE;
	return [
		{
			id: 'control-fill',
			type: 'fill',
			source,
			filter: f['control-fill'],
			paint: { 'fill-color': factionColour(), 'fill-opacity': timedOpacity(statusOpacity) }
		},
		{
			id: 'control-hatch',
			type: 'fill',
			source,
			filter: f['control-hatch'],
			layout: { visibility: v['control-hatch'] },
			paint: {
				'fill-pattern': ['match', ['get', 'status'], 'contested', 'hatch-contested', 'hatch-inferred'],
				'fill-opacity': timedOpacity(1)
			}
		},
		{
			id: 'changes-fill',
			type: 'fill',
			source,
			filter: f['changes-fill'],
			layout: { visibility: v['changes-fill'] },
			paint: {
				'fill-color': ['match', CHANGE, 'gained', CHANGE_COLOURS.gained, CHANGE_COLOURS.lost],
				'fill-opacity': timedOpacity(OPACITY.changes)
			}
		},
		{
			id: 'changes-line',
			type: 'line',
			source,
			filter: f['changes-line'],
			layout: { visibility: v['changes-line'] },
			paint: {
				'line-color': ['match', CHANGE, 'gained', CHANGE_COLOURS.gainedLine, CHANGE_COLOURS.lostLine],
				'line-width': 1.5,
				'line-dasharray': ['literal', [2, 2]],
				'line-opacity': timedOpacity(1)
			}
		},
		{
			id: 'routes-held',
			type: 'line',
			source,
			filter: f['routes-held'],
			layout: { visibility: v['routes-held'], 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': factionColour(), 'line-width': 4, 'line-opacity': timedOpacity(0.9) }
		},
		{
			id: 'frontline-casing',
			type: 'line',
			source,
			filter: f['frontline-casing'],
			layout: { visibility: v['frontline-casing'], 'line-join': 'round' },
			paint: {
				'line-color': FRONTLINE.casing,
				'line-width': FRONTLINE.width + 3,
				'line-opacity': timedOpacity(0.9)
			}
		},
		{
			id: 'frontline-line',
			type: 'line',
			source,
			filter: f['frontline-line'],
			layout: { visibility: v['frontline-line'], 'line-join': 'round' },
			paint: {
				'line-color': FRONTLINE.colour,
				'line-width': FRONTLINE.width,
				'line-opacity': timedOpacity(1)
			}
		},
		{
			id: 'places-dot',
			type: 'circle',
			source,
			filter: f['places-dot'],
			layout: { visibility: v['places-dot'] },
			// Settlements coloured by who holds them on the date (grey where the data does not say).
			paint: {
				'circle-radius': [
					'*',
					['match', ['get', 'kind'], 'city', 5, 'town', 3.5, 2.5],
					['min', 1, ['*', 2, WEIGHT]]
				],
				'circle-color': factionColour(),
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1
			}
		},
		...Array.from({ length: eventParts }, (_, i) => eventLayer(i, f['events-circle']!)),
		{
			id: 'places-label',
			type: 'symbol',
			source: PLACE_LABELS_SOURCE,
			// Villages only when zoomed in; towns and cities always (collision permitting).
			filter: ['any', ['<=', ['get', 'rank'], 3], ['>=', ['zoom'], 9]],
			layout: {
				visibility: v['places-label'],
				'text-field': labelField(lang),
				'text-font': ['match', ['get', 'kind'], 'city', ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
				'text-size': ['match', ['get', 'kind'], 'city', 15, 12],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': '#212529', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
		}
	];
}

/** One circle layer per part of the events (event-parts.ts). */
function eventLayer(i: number, filter: FilterSpecification): LayerSpecification {
	return {
		id: eventLayerId(i),
		type: 'circle',
		source: eventSourceId(i),
		filter,
		paint: {
			'circle-radius': eventRadius(['match', ['get', 'kind'], ['capture', 'entry', 'withdrawal'], 8, 6], 0.6),
			'circle-color': eventColour(),
			// `reviewed: false` is the machine's reading as it came (src/lib/review); absent (older data) reads as before
			'circle-opacity': [
				'case',
				['==', ['get', 'reviewed'], false],
				OPACITY.machineReadEvent,
				OPACITY.reviewedEvent
			],
			'circle-stroke-color': [
				'match',
				['get', 'kind'],
				['capture', 'entry', 'withdrawal'],
				'#ffd43b',
				'#ffffff'
			],
			'circle-stroke-width': ['match', ['get', 'kind'], ['capture', 'entry', 'withdrawal'], 3, 1.5]
		}
	};
}

// Style expressions that show a date without touching the data. The app writes the date into the
// style's global state (`day`: whole day number, `frac`: 0–1 towards the next day, `cumulative`:
// events up to the day rather than on it). These are used in PAINT properties only: a global-state
// reference in a filter or layout property makes MapLibre re-tile the source on every change.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

export const DAY: ExpressionSpecification = ['global-state', 'day'];
export const FRAC: ExpressionSpecification = ['global-state', 'frac'];
export const CUMULATIVE: ExpressionSpecification = ['global-state', 'cumulative'];

/** The global state's declared defaults (style root `state`). */
export function stateDefaults(day: number, cumulative: boolean) {
	return { day: { default: day }, frac: { default: 0 }, cumulative: { default: cumulative } };
}

/** True when the feature's [from, to] day range contains `day`. */
export function validOn(day: ExpressionSpecification): ExpressionSpecification {
	return ['all', ['<=', ['get', 'from'], day], ['>=', ['get', 'to'], day]];
}

/**
 * Opacity for areas and lines: `base` on days the feature is valid, 0 otherwise, and between two
 * days a cross-fade — the outgoing day's features fade out as the next day's fade in, so the front
 * appears to move. With frac = 0 this is exactly "valid on day".
 */
export function crossFade(base: number | ExpressionSpecification): ExpressionSpecification {
	return [
		'*',
		base,
		[
			'+',
			['case', validOn(DAY), ['-', 1, FRAC], 0],
			['case', validOn(['+', DAY, 1]), FRAC, 0]
		]
	];
}

/** Events are shown on their day, or (cumulative mode) from their first day on. */
export function eventShown(): ExpressionSpecification {
	return ['all', ['<=', ['get', 'from'], DAY], ['any', CUMULATIVE, ['>=', ['get', 'to'], DAY]]];
}

/**
 * Circle radius for events: 0 when not shown, so hidden events are neither drawn nor returned by
 * queryRenderedFeatures (a circle of radius 0 has no area to hit).
 */
export function eventRadius(radius: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', eventShown(), radius, 0];
}

/** Events of earlier days (cumulative mode) are drawn fainter than the day's own. */
export function eventOpacity(past: number): ExpressionSpecification {
	return ['case', validOn(DAY), 1, eventShown(), past, 0];
}

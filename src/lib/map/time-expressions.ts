// Style expressions that show a date without touching the data: each timed feature carries a
// feature-state weight `w` (0 hidden … 1 shown) that the map controller sets from a TimeIndex on
// every scrub step (see time-index.ts for why feature-state rather than global-state). The date
// itself is still published in the style's global state (`day`, `frac`, `cumulative`) for anything
// that wants to read it, but no paint, filter or layout expression depends on it.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The feature's time weight; 0 until the controller has set it. */
export const WEIGHT: ExpressionSpecification = ['coalesce', ['feature-state', 'w'], 0];

/** The global state's declared defaults (style root `state`). */
export function stateDefaults(day: number, cumulative: boolean) {
	return { day: { default: day }, frac: { default: 0 }, cumulative: { default: cumulative } };
}

/** Opacity for areas and lines: `base` scaled by the weight (cross-fades between days). */
export function timedOpacity(base: number | ExpressionSpecification): ExpressionSpecification {
	return ['*', base, WEIGHT];
}

/**
 * Circle radius for events: 0 when hidden, so hidden events are neither drawn nor returned by
 * queryRenderedFeatures (a circle of radius 0 has no area to hit).
 */
export function eventRadius(radius: number | ExpressionSpecification): ExpressionSpecification {
	return ['case', ['>', WEIGHT, 0], radius, 0];
}

/** Events of earlier days (cumulative mode) have a lower weight and are drawn fainter. */
export const eventOpacity: ExpressionSpecification = WEIGHT;

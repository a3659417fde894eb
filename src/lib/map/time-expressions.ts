// Style expressions that show a date without touching the data: each timed feature carries a
// feature-state weight `w` (0 hidden … 1 shown) that the map controller sets from a TimeIndex on
// every scrub step (see time-index.ts for why feature-state rather than global-state). The date
// itself is still published in the style's global state (`day`, `cumulative`) for anything
// that wants to read it, but no paint, filter or layout expression depends on it.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The feature's time weight; 0 until the controller has set it. */
export const WEIGHT: ExpressionSpecification = ['coalesce', ['feature-state', 'w'], 0];

/** The global state's declared defaults (style root `state`). */
export function stateDefaults(day: number, cumulative: boolean) {
	return { day: { default: day }, cumulative: { default: cumulative } };
}

/** Opacity for areas and lines: `base` scaled by the weight (cross-fades between days). */
export function timedOpacity(base: number | ExpressionSpecification): ExpressionSpecification {
	return ['*', base, WEIGHT];
}

/**
 * Circle radius for events: full on their day, smaller for earlier days (cumulative mode), 0 when
 * hidden, so hidden events are neither drawn nor returned by queryRenderedFeatures. Radius is the
 * ONLY state-dependent property of the layer: every such property costs a paint-buffer update per
 * changed feature on each scrub step.
 */
export function eventRadius(
	radius: number | ExpressionSpecification,
	pastScale: number
): ExpressionSpecification {
	return ['case', ['>=', WEIGHT, 1], radius, ['>', WEIGHT, 0], ['*', pastScale, radius], 0];
}

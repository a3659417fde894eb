// Which features a time shows, and how strongly, computed once per scrub step for every feature of
// a layer and handed to MapLibre as feature-state — only for the features whose weight changed.
//
// Why not global-state in paint: in MapLibre 6.17 a global-state change reaches a paint property
// through Style._applyGlobalStateChanges → _updatePaintProperty → _updateLayer, which marks the
// layer's source for "reload" whenever the expression is data-driven (and ours must read each
// feature's from/to). Measured: ~5 source reloads per scrub step. Feature-state updates only the
// paint buffers of the changed features, on the main thread, with no re-tiling.

/** How a layer's features respond to time. */
export type TimeMode =
	/** Areas and lines: valid on the day; between two days the two days' features cross-fade. */
	| 'area'
	/** Events: shown on their day; in cumulative mode also afterwards, at `past` weight. */
	| 'event';

export interface TimedFeature {
	id: string | number;
	from: number;
	to: number;
}

export interface TimeQuery {
	/** Time as a day number; the fraction cross-fades areas towards the next day. */
	t: number;
	cumulative: boolean;
	/** Weight of earlier events in cumulative mode. */
	past: number;
}

/**
 * The one "shown on this day" rule: a feature dated from–to is shown on `day` when
 * from ≤ day ≤ to; events in cumulative mode stay shown after `to`. Used by the map's weights
 * (below), picking (pick.ts) and every list or summary of a day's events (app/situation).
 */
export function isShownOn(from: number, to: number, day: number, cumulative: boolean): boolean {
	return from <= day && (day <= to || cumulative);
}

export class TimeIndex {
	readonly ids: (string | number)[];
	private readonly from: Float64Array;
	private readonly to: Float64Array;
	private weights: Float32Array;

	constructor(
		features: readonly TimedFeature[],
		readonly mode: TimeMode
	) {
		this.ids = features.map((f) => f.id);
		this.from = Float64Array.from(features, (f) => f.from);
		this.to = Float64Array.from(features, (f) => f.to);
		this.weights = new Float32Array(features.length);
	}

	/** Weight of feature i at a time: 0 hidden, 1 fully shown. */
	weightAt(i: number, q: TimeQuery): number {
		const from = this.from[i]!;
		const to = this.to[i]!;
		const day = Math.floor(q.t);
		if (this.mode === 'event') {
			if (!isShownOn(from, to, day, q.cumulative)) return 0;
			return day <= to ? 1 : q.past;
		}
		const frac = q.t - day;
		const today = isShownOn(from, to, day, false) ? 1 : 0;
		if (frac === 0) return today;
		const next = isShownOn(from, to, day + 1, false) ? 1 : 0;
		// Rounded so that tiny fraction changes do not touch every transitioning feature.
		return Math.round((today * (1 - frac) + next * frac) * 100) / 100;
	}

	/**
	 * Moves to a time and returns the features whose weight changed, with the new weight.
	 * The first call reports every feature with a non-zero weight.
	 */
	update(q: TimeQuery): { id: string | number; w: number }[] {
		const changed: { id: string | number; w: number }[] = [];
		const n = this.ids.length;
		for (let i = 0; i < n; i++) {
			const w = this.weightAt(i, q);
			if (w !== this.weights[i]) {
				this.weights[i] = w;
				changed.push({ id: this.ids[i]!, w });
			}
		}
		return changed;
	}
}

/** Reads from/to off GeoJSON features; features without an id or day range are skipped. */
export function timedFeatures(
	features: readonly { id?: string | number; properties: Record<string, unknown> | null }[]
): TimedFeature[] {
	const out: TimedFeature[] = [];
	for (const f of features) {
		const p = f.properties ?? {};
		const id = (p.id as string | number | undefined) ?? f.id;
		const from = Number(p.from);
		const to = Number(p.to);
		if (id === undefined || !Number.isFinite(from) || !Number.isFinite(to)) continue;
		out.push({ id, from, to });
	}
	return out;
}

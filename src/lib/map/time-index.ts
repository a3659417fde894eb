// Which features a time shows, and how strongly, handed to MapLibre as feature-state — only for the
// features whose weight changed. A step looks only at the features whose day range starts or ends
// between the old time and the new one, found by binary search in two day-sorted orders (by `from`
// and by `to`), so a one-day step at 100,000 events touches the events of about two days, not all.
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

/** Called once per feature whose weight changed. */
export type WeightChange = (id: string | number, w: number) => void;

/**
 * The one "shown on this day" rule: a feature dated from–to is shown on `day` when
 * from ≤ day ≤ to; events in cumulative mode stay shown after `to`. Used by the map's weights
 * (below), picking (pick.ts) and every list or summary of a day's events (app/situation).
 */
export function isShownOn(from: number, to: number, day: number, cumulative: boolean): boolean {
	return from <= day && (day <= to || cumulative);
}

/** Indices of `values` in ascending order of value, and the values in that order. */
function sortedOrder(values: Float64Array): { order: Uint32Array; sorted: Float64Array } {
	const order = Uint32Array.from(values, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
	return { order, sorted: Float64Array.from(order, (i) => values[i]!) };
}

/** First position in ascending `sorted` whose value is ≥ x. */
function lowerBound(sorted: Float64Array, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export class TimeIndex {
	readonly ids: (string | number)[];
	private readonly from: Float64Array;
	private readonly to: Float64Array;
	private readonly byFrom: { order: Uint32Array; sorted: Float64Array };
	private readonly byTo: { order: Uint32Array; sorted: Float64Array };
	private readonly weights: Float32Array;
	/** The query of the last update (a copy, reused: no allocation per step); null before the first. */
	private last: TimeQuery | null = null;

	constructor(
		features: readonly TimedFeature[],
		readonly mode: TimeMode
	) {
		this.ids = features.map((f) => f.id);
		this.from = Float64Array.from(features, (f) => f.from);
		this.to = Float64Array.from(features, (f) => f.to);
		this.byFrom = sortedOrder(this.from);
		this.byTo = sortedOrder(this.to);
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
	 * Moves to a time and calls `onChange` for each feature whose weight changed, with the new
	 * weight. The first call (and a change of event mode or past weight) looks at every feature and
	 * reports those with a non-zero weight; later calls look only where a day range begins or ends.
	 */
	update(q: TimeQuery, onChange: WeightChange): void {
		const last = this.last;
		if (!last || last.cumulative !== q.cumulative || last.past !== q.past) {
			this.last = { t: q.t, cumulative: q.cumulative, past: q.past };
			for (let i = 0; i < this.ids.length; i++) this.visit(i, q, onChange);
			return;
		}
		const lastT = last.t;
		if (lastT === q.t) return;
		last.t = q.t;
		const d1 = Math.floor(lastT);
		const d2 = Math.floor(q.t);
		const lo = Math.min(d1, d2);
		const hi = Math.max(d1, d2);
		if (this.mode === 'event') {
			// An event's weight depends on the whole day only, and changes where the day crosses
			// its `from` (lo < from ≤ hi) or its `to` (lo ≤ to < hi).
			if (lo === hi) return;
			this.visitRange(this.byFrom, lo + 0.5, hi + 0.5, q, onChange);
			this.visitRange(this.byTo, lo, hi, q, onChange);
			return;
		}
		// An area's weight depends on whether it is shown on the day and on the next day (and on the
		// fraction when those differ): it can change only where a range begins on lo+1…hi+1 or ends
		// on lo…hi. With the same day and another fraction that is the features starting tomorrow
		// or ending today: exactly the cross-fading ones.
		this.visitRange(this.byFrom, lo + 0.5, hi + 1.5, q, onChange);
		this.visitRange(this.byTo, lo - 0.5, hi + 0.5, q, onChange);
	}

	/** Visits the features whose value in `by` lies in [a, b). */
	private visitRange(
		by: { order: Uint32Array; sorted: Float64Array },
		a: number,
		b: number,
		q: TimeQuery,
		onChange: WeightChange
	): void {
		const end = lowerBound(by.sorted, b);
		for (let k = lowerBound(by.sorted, a); k < end; k++) this.visit(by.order[k]!, q, onChange);
	}

	private visit(i: number, q: TimeQuery, onChange: WeightChange): void {
		const w = this.weightAt(i, q);
		// Float32 storage: compare what is stored with what would be stored.
		if (Math.fround(w) !== this.weights[i]) {
			this.weights[i] = w;
			onChange(this.ids[i]!, w);
		}
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

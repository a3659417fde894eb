// Features that stay the same across change days become one feature spanning the whole
// interval: each change day offers its items keyed by a content signature; an item whose
// signature was already open just extends, the others open, and vanished ones close the day before.
import type { Feature, Geometry } from 'geojson';
import { isoDate } from '../geo/days';

export interface Draft {
	/** Builds the geometry and the properties (without from/to), once, when the interval closes. */
	build(
		from: number,
		to: number
	): { id: string; geometry: Geometry; properties: Record<string, unknown> } | null;
}

export class IntervalTracker {
	private open = new Map<string, { from: number; draft: Draft }>();
	private done: Feature[] = [];

	/** The items present from `day` on (until the next call). */
	step(day: number, items: Map<string, Draft>): void {
		for (const [sig, o] of this.open)
			if (!items.has(sig)) {
				this.close(o.from, day - 1, o.draft);
				this.open.delete(sig);
			}
		for (const [sig, draft] of items) if (!this.open.has(sig)) this.open.set(sig, { from: day, draft });
	}

	/** Closes everything at `end` and returns the features sorted by id. */
	finish(end: number): Feature[] {
		for (const o of this.open.values()) this.close(o.from, end, o.draft);
		this.open.clear();
		return this.done.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
	}

	private close(from: number, to: number, draft: Draft): void {
		const built = draft.build(from, to);
		if (!built) return;
		this.done.push(datedFeature(built.id, built.geometry, built.properties, from, to));
	}
}

/** A feature with `id` in properties and on the feature, plus from/to day numbers and ISO dates. */
export function datedFeature(
	id: string,
	geometry: Geometry,
	properties: Record<string, unknown>,
	from: number,
	to: number
): Feature {
	return {
		type: 'Feature',
		id,
		properties: { id, ...properties, from, to, from_date: isoDate(from), to_date: isoDate(to) },
		geometry
	};
}

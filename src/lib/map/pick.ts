// Which of the features under the pointer are shown on a day. Areas and lines are hidden by paint
// opacity, which queryRenderedFeatures ignores, so picking filters by the same from/to rule.
import { isShownOn } from './time-index';

export interface PickedFeature {
	layer: string;
	properties: Record<string, unknown>;
}

/** Shown on `day` by the map's rule (`isShownOn`); a feature without a day range is always shown. */
export function shownOn(p: Record<string, unknown>, day: number, cumulative = false): boolean {
	const from = Number(p.from);
	const to = Number(p.to);
	if (!Number.isFinite(from) || !Number.isFinite(to)) return true;
	return isShownOn(from, to, day, cumulative);
}

/** Keeps the features shown on `day`, one per layer+id, in the given (top-first) order. */
export function pickShown(
	features: readonly PickedFeature[],
	day: number,
	cumulative: boolean
): PickedFeature[] {
	const seen = new Set<string>();
	const out: PickedFeature[] = [];
	for (const f of features) {
		const isEvent = f.layer === 'events-circle';
		if (!shownOn(f.properties, day, isEvent && cumulative)) continue;
		const key = `${f.layer}|${String(f.properties.id)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(f);
	}
	return out;
}

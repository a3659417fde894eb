// Events split into consecutive day ranges, one GeoJSON source each. A scrub step changes the
// feature-state of the events of one or two days; MapLibre then re-uploads the state-dependent
// paint buffers of the tiles of the sources holding them, so a part bounds that upload. But every
// source also costs per frame (tile cover, one draw call per tile), so parts should be few.
// Measured at 100,000 events + 1,000 polygons (issue 14, headless Chromium): 25 parts of 4,000 gave
// a step p95 of 21–24 ms; 9 parts of 12,000 (with lean features) 10.5–12.6 ms; one source of
// 100,000 11–15 ms — an earlier note here that one source is 3× worse did not reproduce.
import type { Feature, FeatureCollection } from 'geojson';

/**
 * Events per part, at most (a part never splits a day, so one busy day can exceed it). About 12,000:
 * the best of the sizes measured above.
 */
export const EVENTS_PER_PART = 12_000;

export function partitionByDay(
	fc: FeatureCollection | undefined,
	maxPerPart = EVENTS_PER_PART
): FeatureCollection[] {
	const features = [...(fc?.features ?? [])];
	const from = (f: Feature) => Number(f.properties?.from ?? 0);
	features.sort(
		(a, b) => from(a) - from(b) || String(a.properties?.id).localeCompare(String(b.properties?.id))
	);
	const parts: Feature[][] = [[]];
	for (let i = 0; i < features.length; i++) {
		const f = features[i]!;
		const current = parts[parts.length - 1]!;
		const prev = features[i - 1];
		if (current.length >= maxPerPart && prev && from(prev) !== from(f)) parts.push([f]);
		else current.push(f);
	}
	return parts.map((p) => ({ type: 'FeatureCollection', features: p }));
}

/** Source and layer ids of part i; part 0 keeps the plain names. */
export const eventSourceId = (i: number) => (i === 0 ? 'data-events' : `data-events-p${i}`);
export const eventLayerId = (i: number) => (i === 0 ? 'events-circle' : `events-circle-p${i}`);
export const isEventLayer = (id: string) => id === 'events-circle' || id.startsWith('events-circle-p');

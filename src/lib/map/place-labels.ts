// One label per place. The places layer may hold a feature per place and period (its controller
// changes with the date); labels do not change with the date, and drawing them from the dated
// features would let a hidden period's label win symbol collision over the shown one.
import type { Feature, FeatureCollection, Point } from 'geojson';

const KIND_RANK: Record<string, number> = {
	city: 0,
	town: 1,
	airport: 2,
	base: 2,
	facility: 3,
	neighbourhood: 3,
	village: 4
};

export function placeLabels(places: FeatureCollection | undefined): FeatureCollection<Point> {
	const byPlace = new Map<string, Feature<Point>>();
	for (const f of places?.features ?? []) {
		if (f.geometry?.type !== 'Point') continue;
		const p = f.properties ?? {};
		const id = String(p.place_id ?? p.id ?? f.id);
		if (byPlace.has(id)) continue;
		const kind = String(p.kind ?? 'village');
		byPlace.set(id, {
			type: 'Feature',
			id,
			properties: { id, name: p.name ?? '', name_ar: p.name_ar ?? null, kind, rank: KIND_RANK[kind] ?? 5 },
			geometry: f.geometry
		});
	}
	const features = [...byPlace.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
	return { type: 'FeatureCollection', features };
}

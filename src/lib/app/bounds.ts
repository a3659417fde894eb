// The bounding box of some GeoJSON features, for the initial view.
import type { FeatureCollection, Position } from 'geojson';

export function bboxOf(
	collections: readonly (FeatureCollection | undefined)[]
): [number, number, number, number] | null {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [x, y] = c as Position;
			w = Math.min(w, x!);
			e = Math.max(e, x!);
			s = Math.min(s, y!);
			n = Math.max(n, y!);
		} else if (Array.isArray(c)) c.forEach(visit);
	};
	for (const fc of collections)
		for (const f of fc?.features ?? [])
			if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
	return Number.isFinite(w) ? [w, s, e, n] : null;
}

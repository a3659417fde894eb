// Great-circle distance; small and dependency-free so the pipeline can rank candidates cheaply.
// The one haversine of the project (territory/geometry.ts hands it on as `haversineKm`).

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Haversine distance in km between two [lon, lat] points (GeoJSON positions). */
export function distanceKm(a: readonly number[], b: readonly number[]): number {
	const toRad = Math.PI / 180;
	const dLat = (b[1]! - a[1]!) * toRad;
	const dLon = (b[0]! - a[0]!) * toRad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * toRad) * Math.cos(b[1]! * toRad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

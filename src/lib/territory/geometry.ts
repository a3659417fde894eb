// Small planar helpers. The theatre spans a few degrees, so a local equirectangular plane
// (x scaled by cos of the mid latitude) is accurate to well under 1% — good for Voronoi cells,
// nearest-place lookups and distances; areas use a per-ring spherical formula.
import type { Position } from 'geojson';
import { EARTH_RADIUS_KM } from '../geo/distance';

export { EARTH_RADIUS_KM, distanceKm as haversineKm } from '../geo/distance';
const RAD = Math.PI / 180;

/** Plane with x = lon·cos(lat0), y = lat, in degrees; 1 unit ≈ 111.2 km. */
export interface Plane {
	kx: number;
}

export function makePlane(midLat: number): Plane {
	return { kx: Math.cos(midLat * RAD) };
}

export const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Planar distance in km between lon/lat points (fast; fine within the theatre). */
export function planeKm(plane: Plane, a: Position, b: Position): number {
	const dx = (b[0]! - a[0]!) * plane.kx;
	const dy = b[1]! - a[1]!;
	return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEG;
}

/** Distance in km from p to segment ab, and the projection parameter t∈[0,1]. */
export function pointSegmentKm(
	plane: Plane,
	p: Position,
	a: Position,
	b: Position
): { km: number; t: number } {
	const ax = a[0]! * plane.kx;
	const ay = a[1]!;
	const dx = b[0]! * plane.kx - ax;
	const dy = b[1]! - ay;
	const px = p[0]! * plane.kx - ax;
	const py = p[1]! - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
	const ex = px - t * dx;
	const ey = py - t * dy;
	return { km: Math.sqrt(ex * ex + ey * ey) * KM_PER_DEG, t };
}

/** Area of a ring in km² on the sphere (same formula as turf.area), sign dropped. */
export function ringAreaKm2(ring: Position[]): number {
	let total = 0;
	const n = ring.length;
	if (n < 4) return 0;
	for (let i = 0; i < n - 1; i++) {
		const lower = ring[i]!;
		const middle = ring[i + 1]!;
		const upper = ring[(i + 2) % (n - 1)]!;
		total += (upper[0]! * RAD - lower[0]! * RAD) * Math.sin(middle[1]! * RAD);
	}
	return Math.abs((total * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2);
}

/** Area of polygon rings in km² (exterior minus holes). */
export function polygonAreaKm2(rings: Position[][]): number {
	let a = 0;
	rings.forEach((r, i) => (a += i === 0 ? ringAreaKm2(r) : -ringAreaKm2(r)));
	return a;
}

/** Ray-casting point-in-ring test (boundary points may go either way). */
export function pointInRing(p: Position, ring: Position[]): boolean {
	let inside = false;
	const x = p[0]!;
	const y = p[1]!;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const xi = ring[i]![0]!;
		const yi = ring[i]![1]!;
		const xj = ring[j]![0]!;
		const yj = ring[j]![1]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Point in polygon rings (inside the exterior, outside every hole). */
export function pointInPolygonRings(p: Position, rings: Position[][]): boolean {
	if (!rings[0] || !pointInRing(p, rings[0])) return false;
	for (let i = 1; i < rings.length; i++) if (pointInRing(p, rings[i]!)) return false;
	return true;
}

/** Point in a Polygon's or MultiPolygon's coordinates. */
export function pointInPolygonal(p: Position, polys: Position[][][]): boolean {
	return polys.some((rings) => pointInPolygonRings(p, rings));
}

/** A small deterministic hash (FNV-1a, 32 bit) as 8 hex digits, for content-derived ids. */
export function hashHex(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** The bounding box [minLon, minLat, maxLon, maxLat] of some points. */
export function boxOf(points: readonly Position[]): [number, number, number, number] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of points) {
		x0 = Math.min(x0, p[0]!);
		y0 = Math.min(y0, p[1]!);
		x1 = Math.max(x1, p[0]!);
		y1 = Math.max(y1, p[1]!);
	}
	return [x0, y0, x1, y1];
}

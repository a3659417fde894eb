// The precision of every coordinate we write.

/** Rounds a coordinate to 6 decimals (~0.1 m); never -0. */
export function round6(value: number): number {
	const r = Math.round(value * 1e6) / 1e6;
	return Object.is(r, -0) ? 0 : r;
}

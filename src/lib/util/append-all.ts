// `target.push(...source)` passes every element as a call argument: past about 100,000 elements it
// throws "Maximum call stack size exceeded". A loop has no such limit, so lists of unbounded size
// (mentions, diagnostics, sources) are appended with this instead.

/** Appends every element of `source` to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], source: Iterable<T>): T[] {
	for (const item of source) target.push(item);
	return target;
}

/** The smallest value, or Infinity for none; `Math.min(...values)` overflows the stack on long lists. */
export function minOf(values: Iterable<number>): number {
	let min = Infinity;
	for (const v of values) if (v < min) min = v;
	return min;
}

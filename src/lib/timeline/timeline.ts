// The timeline's arithmetic: which day a key press, a button or a tick of playback leads to.
// Pure: the playback class and the slider component call these.

export interface Timeline {
	/** First and last day (day numbers, inclusive). */
	start: number;
	end: number;
	/** Days with observations (events), sorted ascending. */
	observed: readonly number[];
}

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
/** Days per second at 1× speed. */
export const DAYS_PER_SECOND = 0.8;

export function clampDay(t: number, tl: Timeline): number {
	return Math.min(tl.end, Math.max(tl.start, t));
}

/**
 * The day a key moves the slider to, or null for keys the slider ignores (WAI-ARIA APG slider:
 * arrows one step, Page Up/Down a larger step — here a week —, Home/End the ends). In a mirrored
 * right-to-left layout the horizontal arrows swap so that they follow what the reader sees.
 */
export function dayForKey(key: string, day: number, tl: Timeline, rtl = false): number | null {
	const right = rtl ? -1 : 1;
	switch (key) {
		case 'ArrowRight':
			return clampDay(day + right, tl);
		case 'ArrowLeft':
			return clampDay(day - right, tl);
		case 'ArrowUp':
			return clampDay(day + 1, tl);
		case 'ArrowDown':
			return clampDay(day - 1, tl);
		case 'PageUp':
			return clampDay(day + 7, tl);
		case 'PageDown':
			return clampDay(day - 7, tl);
		case 'Home':
			return tl.start;
		case 'End':
			return tl.end;
		default:
			return null;
	}
}

/** Next observed day after `day` (or null). */
export function nextObserved(day: number, tl: Timeline): number | null {
	return tl.observed.find((d) => d > day) ?? null;
}

/** Previous observed day before `day` (or null). */
export function prevObserved(day: number, tl: Timeline): number | null {
	for (let i = tl.observed.length - 1; i >= 0; i--) if (tl.observed[i]! < day) return tl.observed[i]!;
	return null;
}

/** The observed days bracketing a fractional time: for marking the line "interpolated". */
export function bracket(t: number, tl: Timeline): { before: number | null; after: number | null } {
	let before: number | null = null;
	let after: number | null = null;
	for (const d of tl.observed) {
		if (d <= t) before = d;
		if (d >= t && after === null) after = d;
	}
	return { before, after };
}

/**
 * One playback tick: moves `t` on by `ms` at `speed`. Smooth playback keeps the fraction (the
 * layers cross-fade); stepped playback (prefers-reduced-motion) moves whole days only, so the
 * fractional position is carried in `acc`. At the end it loops to the start or stops.
 */
export function tick(
	state: { t: number; acc: number },
	ms: number,
	o: { speed: number; loop: boolean; stepped: boolean },
	tl: Timeline
): { t: number; acc: number; playing: boolean } {
	const delta = (ms / 1000) * DAYS_PER_SECOND * o.speed;
	const acc = state.acc + delta;
	let t = o.stepped ? Math.floor(acc) : acc;
	if (t > tl.end) {
		if (!o.loop) return { t: tl.end, acc: tl.end, playing: false };
		return { t: tl.start, acc: tl.start, playing: true };
	}
	t = Math.max(tl.start, t);
	return { t, acc, playing: true };
}

// The frames of a video of the scrub between two days: which map time each frame shows and when
// it is shown. Pure: the recorder (record-video.ts) follows it, the tests check it. Frame i is shown
// at i / fps seconds for 1 / fps seconds, so the video's length is frames / fps whatever the speed
// of rendering.

export const SCRUB_DEFAULTS = {
	/** Frames a second: PAL's 25, which every editor and social upload takes. */
	fps: 25,
	/** Seconds of video per day of the timeline: slow enough to read the date stamp. */
	secondsPerDay: 1.5,
	/** The first and last frames are held this long, so a looping player shows where it starts and ends. */
	holdSeconds: 0.6
};

export interface ScrubPlan {
	fps: number;
	/** Frames in the video (held frames included). */
	frames: number;
	/** The map time (a fractional day number) of frame i. */
	timeOf(i: number): number;
	/** Whether frame i shows the same image as frame i − 1 (a held frame). */
	repeats(i: number): boolean;
}

export function scrubPlan(o: {
	from: number;
	to: number;
	fps?: number;
	secondsPerDay?: number;
	holdSeconds?: number;
}): ScrubPlan {
	const fps = o.fps ?? SCRUB_DEFAULTS.fps;
	if (!(Number.isInteger(fps) && fps >= 1 && fps <= 120))
		throw new Error(`fps must be an integer from 1 to 120, got ${fps}`);
	if (!(Number.isFinite(o.from) && Number.isFinite(o.to) && o.to > o.from))
		throw new Error(`to (${o.to}) must be after from (${o.from})`);
	const steps = Math.max(
		1,
		Math.round((o.to - o.from) * fps * (o.secondsPerDay ?? SCRUB_DEFAULTS.secondsPerDay))
	);
	const hold = Math.round(fps * (o.holdSeconds ?? SCRUB_DEFAULTS.holdSeconds));
	const step = (i: number) => Math.min(steps, Math.max(0, i - hold));
	return {
		fps,
		frames: steps + 1 + 2 * hold,
		timeOf: (i) => o.from + ((o.to - o.from) * step(i)) / steps,
		repeats: (i) => i > 0 && step(i) === step(i - 1)
	};
}

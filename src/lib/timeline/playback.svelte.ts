// Playback state shared by the slider, the buttons and the map: the time `t` (a day number,
// fractional while playing smoothly), playing, speed, loop. The animation loop lives here and is
// cancelled on stop/destroy.
import { clampDay, tick, type Timeline } from './timeline';

export class Playback {
	t = $state(0);
	playing = $state(false);
	speed = $state(1);
	loop = $state(false);
	/** prefers-reduced-motion: whole-day steps instead of cross-fades. */
	stepped = $state(false);
	/** The reader holds the slider (a key down, the pointer pressed): the URL waits for the release. */
	scrubbing = $state(false);
	readonly timeline: Timeline;
	private acc = 0;
	private raf = 0;
	private last = 0;

	constructor(timeline: Timeline, day: number) {
		this.timeline = timeline;
		this.t = clampDay(day, timeline);
	}

	/** The whole day shown (what the slider and the URL hold). */
	get day(): number {
		return Math.floor(this.t);
	}

	setDay(day: number): void {
		this.t = clampDay(Math.round(day), this.timeline);
		this.acc = this.t;
	}

	play(): void {
		if (this.playing) return;
		if (this.day >= this.timeline.end) this.setDay(this.timeline.start);
		this.playing = true;
		this.acc = this.t;
		this.last = performance.now();
		const frame = (now: number) => {
			if (!this.playing) return;
			const r = tick({ t: this.t, acc: this.acc }, now - this.last, this, this.timeline);
			this.last = now;
			this.acc = r.acc;
			if (r.t !== this.t) this.t = r.t;
			if (!r.playing) {
				this.playing = false;
				return;
			}
			this.raf = requestAnimationFrame(frame);
		};
		this.raf = requestAnimationFrame(frame);
	}

	pause(): void {
		this.playing = false;
		cancelAnimationFrame(this.raf);
		// Stop on a whole day: the slider, URL and figures describe whole days.
		this.setDay(Math.round(this.t));
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	destroy(): void {
		this.playing = false;
		cancelAnimationFrame(this.raf);
	}
}

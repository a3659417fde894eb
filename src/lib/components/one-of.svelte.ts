// One selected index among many, read index by index: each reader depends on its own index's flag,
// so moving the selection re-runs the readers of the two indices that changed. (A derived `i === at`
// per item still runs once per item on every move: 2,190 a scrub step for a year of figures.)
class Flag {
	on = $state(false);
}

export class OneOf {
	readonly #flags: Flag[];
	#at = -1;

	constructor(size: number) {
		this.#flags = Array.from({ length: size }, () => new Flag());
	}

	/** Whether index `i` is the selected one. */
	is(i: number): boolean {
		return this.#flags[i]?.on ?? false;
	}

	/** Selects index `i` (out of range: none). */
	select(i: number): void {
		if (i === this.#at) return;
		const before = this.#flags[this.#at];
		if (before) before.on = false;
		const now = this.#flags[i];
		if (now) now.on = true;
		this.#at = i;
	}
}

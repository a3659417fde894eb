// Diagonal hatch tiles for inferred and contested areas, made in code so no sprite is needed.
import { HATCH } from './theme';

export interface RgbaImage {
	width: number;
	height: number;
	data: Uint8Array;
}

/** A size×size tile with one diagonal line (2 px wide) of the given RGBA colour; tiles seamlessly. */
export function hatchImage(size: number, rgba: readonly [number, number, number, number]): RgbaImage {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const d = (x + y) % size;
			if (d === 0 || d === size - 1) data.set(rgba, (y * size + x) * 4);
		}
	}
	return { width: size, height: size, data };
}

/** Images the style's `fill-pattern` expressions name. */
export function patternImages(): Record<string, RgbaImage> {
	return {
		'hatch-inferred': hatchImage(HATCH.size, HATCH.inferred),
		'hatch-contested': hatchImage(HATCH.size, HATCH.contested)
	};
}

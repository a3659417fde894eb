import { describe, expect, it } from 'vitest';
import { hatchImage } from './hatch';

describe('hatchImage', () => {
	it('draws a diagonal that wraps at the tile edge, transparent elsewhere', () => {
		const img = hatchImage(4, [1, 2, 3, 4]);
		const alpha = (x: number, y: number) => img.data[(y * 4 + x) * 4 + 3];
		expect(alpha(0, 0)).toBe(4);
		expect(alpha(3, 0)).toBe(4);
		expect(alpha(1, 0)).toBe(0);
		expect(alpha(1, 1)).toBe(0);
		expect(alpha(2, 2)).toBe(4);
		expect(img.data.length).toBe(64);
	});
});

// The route pages only compose (issue 11): the wiring lives in src/lib/app, so each page stays
// under 250 lines. A page growing past it is a sign that logic has moved back into a route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The bound on a route page, in lines. */
const MAX_LINES = 250;

describe('route pages', () => {
	for (const page of ['src/routes/+page.svelte', 'src/routes/embed/+page.svelte']) {
		it(`${page} is under ${MAX_LINES} lines`, () => {
			const lines = readFileSync(join(__dirname, '..', page), 'utf8').split('\n').length - 1; // lines, as wc -l counts them
			expect(lines).toBeLessThan(MAX_LINES);
		});
	}
});

// No test hook in the production build (issue 11): `window.__map`, `__app` and `__embed` exist only
// in the test build (`npm run build:test`, build-test/), which the browser tests and the benchmark
// drive. Needs both builds (`npm test` makes them). The same search over the test build must find
// the hooks, so a search that could never match would fail here too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, PRODUCTION_BUILD_DIR } from './e2e/browser';

/** A hook's name as a whole identifier (not inside e.g. Vite's own `__vite__mapDeps`). */
const HOOK = /(?<![\w$])__(map|app|embed)(?![\w$])/g;

/** Every hook name in the site's scripts and pages, with the file it is in. */
function hooksIn(dir: string): string[] {
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`${dir}/index.html missing: build the site first`);
	const found: string[] = [];
	for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(js|mjs|html)$/.test(rel) || rel.startsWith('data/')) continue;
		for (const m of readFileSync(join(dir, rel), 'utf8').matchAll(HOOK)) found.push(`${rel}: ${m[0]}`);
	}
	return found;
}

describe('test hooks', () => {
	it('are not in the production build (build/)', () => {
		expect(hooksIn(PRODUCTION_BUILD_DIR)).toEqual([]);
	});

	it('are in the test build (build-test/), all three', () => {
		const names = new Set(hooksIn(BUILD_DIR).map((f) => f.slice(f.lastIndexOf(' ') + 1)));
		expect([...names].sort()).toEqual(['__app', '__embed', '__map']);
	});
});

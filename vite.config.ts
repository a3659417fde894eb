import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { frameHeadersPlugin } from './scripts/lib/frame-headers';
import { dataReloadPlugin } from './scripts/lib/data-reload';

export default defineConfig({
	// frameHeadersPlugin: `vite preview` sends the framing headers of static/_headers (README "Security").
	// dataReloadPlugin: `vite dev` reloads the page when `npm run gazetteer -- --watch` rebuilds static/data.
	plugins: [sveltekit(), frameHeadersPlugin(), dataReloadPlugin()],
	// The test hooks (src/lib/app/test-hooks.ts) exist only in the test build (`npm run build:test`,
	// TEST_HOOKS=1, written to build-test/): elsewhere the constant is `false`, so the minifier drops
	// the hook code and the production build (build/) carries no `window.__*` handle.
	define: { __TEST_HOOKS__: JSON.stringify(process.env.TEST_HOOKS === '1') },
	server: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser tests share one Chromium and one preview server; two cores.
		fileParallelism: true,
		maxWorkers: 2
	}
});

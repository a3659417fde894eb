import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { frameHeadersPlugin } from './scripts/lib/frame-headers';
import { dataReloadPlugin } from './scripts/lib/data-reload';

export default defineConfig({
	// frameHeadersPlugin: `vite preview` sends the framing headers of static/_headers (README "Security").
	// dataReloadPlugin: `vite dev` reloads the page when `npm run gazetteer -- --watch` rebuilds static/data.
	plugins: [sveltekit(), frameHeadersPlugin(), dataReloadPlugin()],
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

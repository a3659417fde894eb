import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content-Security-Policy of every page (README "Security"). Prerendered pages carry it as a
 * <meta> tag: no remote origin anywhere, and no inline script but SvelteKit's own bootstrap,
 * allowed by its hash. Framing (frame-ancestors) cannot be set from a <meta>: it is an HTTP
 * header, see static/_headers and scripts/lib/frame-headers.ts.
 * @type {import('@sveltejs/kit').CspDirectives}
 */
const csp = {
	'default-src': ['self'],
	'script-src': ['self'],
	// No <style> elements but the site's own files. Style *attributes* are allowed: SvelteKit's
	// body wrapper and Svelte's style: directives write them, and MapLibre positions its canvas,
	// markers and popups through element styles. An attribute cannot run script.
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	// MapLibre's control icons are data: SVGs in its CSS; blob: for exported images shown in the page.
	'img-src': ['self', 'data:', 'blob:'],
	// MapLibre's worker is a file of the site (setWorkerUrl), so no blob: workers are needed.
	'worker-src': ['self'],
	'child-src': ['self'],
	'connect-src': ['self'],
	'font-src': ['self', 'data:'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

const OUT = process.env.TEST_HOOKS === '1' ? 'build-test' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A prerendered static site: deployable to any static host or CDN, runs offline.
		// The test build (TEST_HOOKS=1, vite.config.ts) goes to its own folder, so build/ is always
		// the production site.
		adapter: adapter({ pages: OUT, assets: OUT, fallback: undefined, strict: true }),
		csp: { mode: 'hash', directives: csp }
	}
};

export default config;

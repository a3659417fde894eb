// The files a page of the map fetches on every load, whatever its link says, announced in the
// prerendered <head> as `<link rel="preload">` (src/hooks.server.ts). Without them the browser asks
// for the data folder only once the page's JavaScript has loaded and run (SvelteKit then starts the
// route's load function), and for the label fonts only once MapLibre lays out its first labels:
// measured on the default data, the manifest arrived about 310 ms after navigation and the fonts
// after 1.1–1.3 s, the fonts on the critical path to the map's first idle (issue 14). Announced,
// they load while the JavaScript does.
//
// Only what every load fetches: the manifest, the pipeline's places.geojson (optional, fetched in
// any case: app/load-data.ts), the basemap files the app ships, and the Latin label fonts (the
// Arabic ones load only for Arabic labels). Not the layer files: the manifest names them, and the
// data folder served may be another than the one the site was built with. Announcing them too
// (from the built manifest) and at low priority measured no faster: on the test server every byte
// shares six connections with the page's JavaScript (tried in issue 14).
//
// `as="fetch"` with `crossorigin="anonymous"` is what `fetch()` asks for by default (mode cors,
// credentials same-origin), MapLibre's font download included: the page's own request then takes
// the preloaded response instead of fetching again (tests/e2e/preloads.test.ts).
import type { BasemapFiles } from '../map/basemap';
import { BASEMAP_PARTS } from '../map/basemap';
import type { FontFiles } from '../map/style';

/** The files every load of a map page fetches, in the order the page asks for them. */
export function preloadedFiles(dataBase: string, basemap: BasemapFiles, fonts: FontFiles): string[] {
	const files = [`${dataBase}manifest.json`, `${dataBase}places.geojson`];
	for (const part of BASEMAP_PARTS) {
		const file = basemap[part];
		if (file) files.push(file);
	}
	files.push(fonts.latin, fonts.latinBold);
	return files;
}

const attr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The <link rel="preload"> tags of those files, one per line. */
export function preloadLinks(files: readonly string[]): string {
	return files
		.map((f) => `<link rel="preload" href="${attr(f)}" as="fetch" crossorigin="anonymous">`)
		.join('\n\t');
}

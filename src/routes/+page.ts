import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const res = await fetch('data/manifest.json');
	const manifest = res.ok ? ((await res.json()) as { layers?: Record<string, string> }) : {};
	const files = ['places.geojson', 'events.geojson', 'diagnostics.json', ...Object.values(manifest.layers ?? {})];
	return { files: [...new Set(files)] };
};

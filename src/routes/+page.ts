// The data folder is fetched here, as the route loads, in parallel with the page's code. It is
// handed over unawaited, so the page can say it is loading; it never rejects (app/load-data.ts).
import { base } from '$app/paths';
import { tryLoadDataFolder } from '$lib/app/load-data';
import { BASEMAP_FILES } from '$lib/map/assets';
import type { PageLoad } from './$types';

// The map runs in the browser only: the page is a prerendered shell that loads the data folder.
export const ssr = false;

// the basemap's files are fetched with the manifest: no round trip waits for another
export const load: PageLoad = ({ fetch }) => ({
	folder: tryLoadDataFolder(`${base}/data/`, fetch, { basemap: BASEMAP_FILES })
});

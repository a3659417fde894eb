// The data folder is fetched here, as the route loads, in parallel with the page's code. It is
// handed over unawaited, so the page can say it is loading; it never rejects (app/load-data.ts).
// The embed's shell is prerendered (its "loading" line and credits are in the HTML): the folder is
// fetched in the browser only, or the prerenderer would write the whole data folder into the page.
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { tryLoadDataFolder } from '$lib/app/load-data';
import { BASEMAP_FILES } from '$lib/map/assets';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => ({
	folder: browser ? tryLoadDataFolder(`${base}/data/`, fetch, { basemap: BASEMAP_FILES }) : null
});

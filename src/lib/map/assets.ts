// Files the bundler ships with the app (hashed URLs): fonts for the style's `font-faces` and the
// offline basemap (fetched with the data, app/load-data.ts). Optional basemap files (owned by other
// parts of the project) are picked up with import.meta.glob so that a missing one leaves its layer
// out instead of breaking the build.
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import countries from '../../../geodata/basemap/countries.geojson?url';
import governorates from '../../../geodata/basemap/governorates.geojson?url';
import labels from '../../../geodata/basemap/labels.geojson?url';
// no-inline: a small file would become a data: URL, which the page's CSP (connect-src 'self') refuses.
import rivers from '../../../geodata/basemap/rivers.geojson?url&no-inline';
import type { BasemapFiles } from './basemap';
import type { FontFiles } from './style';

const optional = import.meta.glob(['/geodata/country/syria.geojson', '/geodata/routes.geojson'], {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const FONT_FILES: FontFiles = { latin, latinBold, arabic, arabicBold };

export const BASEMAP_FILES: BasemapFiles = {
	countries,
	governorates,
	labels,
	rivers,
	syria: optional['/geodata/country/syria.geojson'],
	routes: optional['/geodata/routes.geojson']
};

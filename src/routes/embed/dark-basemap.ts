// Paint overrides that turn the offline basemap dark for `theme=dark` embeds. Applied once after
// the style loads; only layers that exist are touched (the basemap's optional layers may be absent).
export const DARK_PAINT: readonly [layer: string, property: string, value: string][] = [
	['base-sea', 'background-color', '#1d2b36'],
	['base-countries-fill', 'fill-color', '#2b2f35'],
	['base-syria-fill', 'fill-color', '#363b42'],
	['base-countries-line', 'line-color', '#8a8f98'],
	['base-syria-line', 'line-color', '#a3a9b3'],
	['base-governorates-line', 'line-color', '#5c636d'],
	['base-rivers', 'line-color', '#4a7fa8'],
	['base-roads', 'line-color', '#9c7b6e'],
	['base-labels-country', 'text-color', '#dee2e6'],
	['base-labels-country', 'text-halo-color', '#1d2125'],
	['base-labels-governorate', 'text-color', '#c1c7cd'],
	['base-labels-governorate', 'text-halo-color', '#1d2125'],
	['places-label', 'text-color', '#f1f3f5'],
	['places-label', 'text-halo-color', '#1d2125']
];

import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { buildStyle, withoutHiddenLayers, type StyleInput } from './style';
import { DEFAULT_TOGGLES, type ToggleKey } from './toggles';
import { DARK_PAINT } from './theme';

/** A one-feature collection (a short line) with the given properties. */
function line(properties: Record<string, unknown>): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties,
				geometry: {
					type: 'LineString',
					coordinates: [
						[36, 36],
						[37, 36]
					]
				}
			}
		]
	};
}

const base: StyleInput = {
	lang: 'en',
	toggles: DEFAULT_TOGGLES,
	day: 20056,
	cumulative: false,
	fonts: { latin: 'a.woff2', latinBold: 'b.woff2', arabic: 'c.woff2', arabicBold: 'd.woff2' },
	basemap: {
		countries: line({ name: 'Turkey' }),
		governorates: line({ name: 'Aleppo' }),
		labels: line({ kind: 'country', name: 'Syria' }),
		rivers: line({ kind: 'river', name: 'Euphrates' }),
		syria: line({ name: 'Syria' }),
		routes: line({ kind: 'road', name: 'M5' })
	},
	attribution: ['GeoNames (CC BY 4.0)', '<script>x</script>']
};

function walk(v: unknown, visit: (a: unknown[]) => void): void {
	if (Array.isArray(v)) {
		visit(v);
		v.forEach((x) => walk(x, visit));
	} else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(x, visit));
}
function uses(op: string, v: unknown): boolean {
	let found = false;
	walk(v, (a) => (found ||= a[0] === op));
	return found;
}

describe('buildStyle', () => {
	it('passes the style spec validator in English and in Arabic', () => {
		expect(validateStyleMin(buildStyle(base))).toEqual([]);
		expect(validateStyleMin(buildStyle({ ...base, lang: 'ar', toggles: new Set<ToggleKey>() }))).toEqual([]);
		expect(validateStyleMin(buildStyle({ ...base, flavour: 'dark' }))).toEqual([]);
	});

	it('shows time through feature-state in paint only; nothing re-tiles on a date change', () => {
		const style = buildStyle(base);
		const timed = style.layers.filter((l) => 'paint' in l && uses('feature-state', l.paint)).map((l) => l.id);
		expect(timed).toEqual(
			expect.arrayContaining([
				'control-fill',
				'control-hatch',
				'frontline-line',
				'events-circle',
				'routes-held',
				'changes-fill'
			])
		);
		for (const l of style.layers) {
			// Global state in a data-driven expression, a filter or a layout property reloads the source.
			for (const part of [l.paint, 'filter' in l ? l.filter : null, l.layout]) {
				expect(uses('global-state', part), `${l.id}`).toBe(false);
			}
			expect(uses('feature-state', 'filter' in l ? l.filter : null), `${l.id} filter`).toBe(false);
		}
		expect(style.state).toMatchObject({ day: { default: 20056 } });
	});

	it('labels places in Arabic with an English fallback when the language is Arabic', () => {
		const label = buildStyle({ ...base, lang: 'ar' }).layers.find((l) => l.id === 'places-label');
		expect(JSON.stringify(label?.type === 'symbol' ? label.layout?.['text-field'] : null)).toBe(
			JSON.stringify(['coalesce', ['get', 'name_ar'], ['get', 'name']])
		);
	});

	it('hides a toggled-off layer and narrows the control filter to the chosen factions', () => {
		const t = new Set(DEFAULT_TOGGLES);
		t.delete('frontline');
		t.delete('control-government');
		const style = buildStyle({ ...base, toggles: t });
		const front = style.layers.find((l) => l.id === 'frontline-line');
		expect(front?.layout).toMatchObject({ visibility: 'none' });
		const fill = style.layers.find((l) => l.id === 'control-fill');
		const filter = JSON.stringify(fill && 'filter' in fill ? fill.filter : null);
		expect(filter).toContain('opposition');
		expect(filter).not.toContain('government');
	});

	it('darkens the basemap and the place labels in the dark flavour, and nothing else', () => {
		const light = buildStyle(base);
		const dark = buildStyle({ ...base, flavour: 'dark' });
		const paint = (st: typeof light, id: string) =>
			(st.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined)?.paint ?? {};
		const present = DARK_PAINT.filter(([id]) => light.layers.some((l) => l.id === id));
		expect(present.length).toBeGreaterThan(DARK_PAINT.length / 2);
		for (const [id, prop, value] of present) {
			expect(paint(dark, id)[prop], `${id} ${prop}`).toBe(value);
			expect(paint(light, id)[prop], `${id} ${prop}`).not.toBe(value);
		}
		const touched = new Set(DARK_PAINT.map(([id]) => id));
		for (const l of light.layers)
			if (!touched.has(l.id)) expect(dark.layers.find((d) => d.id === l.id)).toEqual(l);
	});

	it('keeps the fills and lines of each source adjacent, over few sources', () => {
		const style = buildStyle({ ...base, eventParts: [line({}), line({})] });
		// MapLibre draws a tile's stencil clipping masks again whenever the next fill or line layer
		// comes from another source: each source's fills and lines must form one run.
		const runs: string[] = [];
		for (const l of style.layers) {
			if (l.type !== 'fill' && l.type !== 'line') continue;
			if (runs[runs.length - 1] !== l.source) runs.push(l.source);
		}
		expect(new Set(runs).size, runs.join(' → ')).toBe(runs.length);
		// the basemap, the areas, two event parts and the place labels
		expect(Object.keys(style.sources)).toHaveLength(5);
	});

	it('leaves hidden layers out of the first style, with the layers above each to place it later', () => {
		const t = new Set(DEFAULT_TOGGLES);
		t.delete('frontline');
		t.delete('inferred');
		t.delete('contested');
		const full = buildStyle({ ...base, toggles: t });
		const { style, deferred } = withoutHiddenLayers(full);
		expect(deferred.map((d) => d.layer.id).sort()).toEqual(
			['control-hatch', 'frontline-casing', 'frontline-line'].sort()
		);
		expect(style.layers.some((l) => l.id.startsWith('frontline'))).toBe(false);
		const casing = deferred.find((d) => d.layer.id === 'frontline-casing')!;
		expect(casing.above[0]).toBe('frontline-line');
		expect(casing.above).toContain('places-dot');
		expect(style.layers).toHaveLength(full.layers.length - 3);
		expect(withoutHiddenLayers(buildStyle(base)).deferred).toEqual([]);
	});

	it('escapes data credits, which MapLibre renders as HTML', () => {
		const s = JSON.stringify(buildStyle(base).sources);
		expect(s).not.toContain('<script>');
		expect(s).toContain('&#60;script&#62;');
	});

	it('ships the fonts through font-faces, Arabic limited to Arabic script', () => {
		const ff = buildStyle(base)['font-faces'] as Record<
			string,
			{ url: string; 'unicode-range'?: string[] }[]
		>;
		expect(ff['Noto Sans Regular']?.[0]).toMatchObject({ url: 'c.woff2' });
		expect(ff['Noto Sans Regular']?.[0]?.['unicode-range']).toContain('U+0600-06FF');
	});
});

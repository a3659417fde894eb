import { describe, expect, it } from 'vitest';
import { preloadedFiles, preloadLinks } from './preloads';

const FONTS = {
	latin: '/f/l.woff2',
	latinBold: '/f/lb.woff2',
	arabic: '/f/a.woff2',
	arabicBold: '/f/ab.woff2'
};

describe('preloads', () => {
	it('announces the manifest, places, the basemap files the app ships and the Latin fonts, not the layers', () => {
		const files = preloadedFiles('/base/data/', { countries: '/c.geojson', labels: '/l.geojson' }, FONTS);
		expect(files).toEqual([
			'/base/data/manifest.json',
			'/base/data/places.geojson',
			'/c.geojson',
			'/l.geojson',
			'/f/l.woff2',
			'/f/lb.woff2'
		]);
	});

	it('asks as fetch() does, so the page takes the preloaded response, and escapes the address', () => {
		expect(preloadLinks(['/data/manifest.json', '/a"b&c.json'])).toBe(
			'<link rel="preload" href="/data/manifest.json" as="fetch" crossorigin="anonymous">\n\t' +
				'<link rel="preload" href="/a&#34;b&#38;c.json" as="fetch" crossorigin="anonymous">'
		);
	});
});

import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, parseBbox, parseEmbedParams, serialiseEmbedParams } from './embed-params';
import type { ParseLimits } from '../app/url-state';

const LIMITS: ParseLimits = { start: '2024-11-26', end: '2024-11-30', bounds: [31, 29, 47, 41] };
const parse = (q: string) => parseEmbedParams(new URLSearchParams(q), LIMITS);

describe('parseEmbedParams', () => {
	it('reads every parameter', () => {
		const { params, notes } = parse(
			'date=2024-11-29&layers=control,strikes&center=37.1,36.2&zoom=9&lang=ar&autoplay=1&controls=none&theme=dark'
		);
		expect(notes).toEqual([]);
		expect(params.date).toBe('2024-11-29');
		expect(params.layers.has('control-opposition')).toBe(true);
		expect(params.layers.has('strike-airstrike')).toBe(true);
		expect(params.layers.has('frontline')).toBe(false);
		expect(params.view).toEqual({ lon: 37.1, lat: 36.2, zoom: 9 });
		expect(params).toMatchObject({ lang: 'ar', autoplay: true, controls: 'none', theme: 'dark' });
	});

	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual({ params: EMBED_DEFAULTS, notes: [] });
	});

	it('falls back per parameter and names each bad one', () => {
		const { params, notes } = parse(
			'date=2025-01-01&layers=control,bogus&theme=neon&controls=full&autoplay=maybe&lang=fr&zoom=NaN&center=1,2'
		);
		expect(notes.map((n) => n.param)).toEqual([
			'date',
			'layers',
			'center/zoom',
			'lang',
			'autoplay',
			'controls',
			'theme'
		]);
		expect(params.date).toBeNull();
		// The app's rule: unknown layer names are skipped, the known ones kept.
		expect(params.layers.has('control-opposition')).toBe(true);
		expect(params.layers.has('frontline')).toBe(false);
		expect(params).toMatchObject({
			lang: 'en',
			autoplay: false,
			controls: 'compact',
			theme: 'light',
			view: null
		});
	});

	it('rejects markup and script URLs, and quotes them as inert short text', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const { params, notes } = parse(
			`date=${encodeURIComponent(hostile)}&theme=javascript:alert(1)&lang=%3Cscript%3E`
		);
		expect(params.date).toBeNull();
		expect(params.theme).toBe('light');
		expect(notes).toHaveLength(3);
		expect(notes[0]!.value).toBe(hostile); // quoted, to be rendered as text
		expect(notes.every((n) => n.value.length <= 40)).toBe(true);
	});

	it('rejects huge, infinite and non-numeric views', () => {
		for (const q of [
			'center=1e309,36&zoom=8',
			'center=37,36&zoom=1e400',
			'center=NaN,NaN&zoom=8',
			'center=37,36&zoom=99',
			'center=37&zoom=8'
		]) {
			const r = parse(q);
			expect(r.params.view, q).toBeNull();
			expect(r.notes, q).toHaveLength(1);
		}
	});

	it('rejects a date that is not on the calendar', () => {
		const r = parseEmbedParams(new URLSearchParams('date=2024-02-30'), {
			...LIMITS,
			start: '2024-01-01',
			end: '2024-12-31'
		});
		expect(r.params.date).toBeNull();
		expect(r.notes[0]!.param).toBe('date');
	});

	it('treats prototype keys as unknown values, on every parameter', () => {
		for (const key of ['__proto__', 'constructor', 'toString']) {
			const q = ['date', 'layers', 'lang', 'events', 'bbox', 'center', 'autoplay', 'controls', 'theme']
				.map((p) => `${p}=${key}`)
				.join('&');
			const { params, notes } = parse(q);
			expect(
				notes.map((n) => n.param),
				key
			).toEqual(['date', 'layers', 'center/zoom', 'lang', 'events', 'bbox', 'autoplay', 'controls', 'theme']);
			expect(params, key).toEqual(EMBED_DEFAULTS);
		}
	});

	it('prefers a good bbox over center/zoom', () => {
		const { params } = parse('bbox=36.5,35.8,37.5,36.5&center=37,36&zoom=8');
		expect(params.bbox).toEqual([36.5, 35.8, 37.5, 36.5]);
		expect(params.view).toBeNull();
	});
});

describe('parseBbox', () => {
	const B: [number, number, number, number] = [31, 29, 47, 41];
	it('clips to the map and refuses empty, inverted or malformed boxes', () => {
		expect(parseBbox('30,28,37,36', B)).toEqual([31, 29, 37, 36]);
		expect(parseBbox('37,36,36,37', B)).toBeNull();
		expect(parseBbox('0,0,1,1', B)).toBeNull();
		expect(parseBbox('1e3,2,3,4', B)).toBeNull();
		expect(parseBbox('36,35,37', B)).toBeNull();
		expect(parseBbox('36,35,37,x', B)).toBeNull();
		expect(parseBbox('9'.repeat(400), B)).toBeNull();
	});
});

describe('serialiseEmbedParams', () => {
	it('round-trips through the parser', () => {
		const q =
			'?date=2024-11-29&layers=control,strikes&center=37.1,36.2&zoom=9.5&lang=ar&autoplay=1&controls=none&theme=dark';
		const { params } = parse(q.slice(1));
		expect(serialiseEmbedParams(params)).toBe(q);
		const b = parse('bbox=36.5,35.8,37.5,36.5').params;
		expect(serialiseEmbedParams(b)).toBe('?bbox=36.5,35.8,37.5,36.5');
	});
	it('leaves defaults out', () => {
		expect(serialiseEmbedParams(EMBED_DEFAULTS)).toBe('');
	});
});

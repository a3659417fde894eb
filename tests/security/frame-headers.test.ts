// Framing rules (README "Security"): /embed may be framed by any site, every other page by none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	FRAME_RULES,
	frameHeaders,
	pathMatches,
	renderHeadersFile,
	servedPath,
	type HeaderRule
} from '../../scripts/lib/frame-headers';

const ROOT = join(import.meta.dirname, '../..');

describe('frame headers', () => {
	it('refuses framing of the app and everything that is not the embed', () => {
		for (const target of [
			'/',
			'/index.html',
			'/?lang=ar&date=2024-11-29',
			'/data/manifest.json',
			'/embedded',
			'/embed.html',
			'/x/embed/'
		])
			expect(frameHeaders(target), target).toEqual({
				'Content-Security-Policy': "frame-ancestors 'none'",
				'X-Frame-Options': 'DENY'
			});
	});

	it('lets any site frame the embed, with one CSP header and no X-Frame-Options', () => {
		for (const target of [
			'/embed',
			'/embed/',
			'/embed/index.html',
			'/embed/?date=2024-11-29&theme=dark',
			'/embed?lang=ar'
		])
			expect(frameHeaders(target), target).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
	});

	it('matches the path the server will serve, not the raw target', () => {
		expect(servedPath('/embed/..%2F')).toBe('/');
		expect(servedPath('/embed/%2e%2e/index.html')).toBe('/index.html');
		expect(servedPath('/%65mbed/')).toBe('/embed/');
		expect(frameHeaders('/embed/..%2F')['X-Frame-Options']).toBe('DENY');
		expect(frameHeaders('/embed/..%5Cindex.html')['X-Frame-Options']).toBe('DENY');
		// Undecodable targets get the strictest headers.
		expect(servedPath('/embed/%E0%A4%A')).toBeNull();
		expect(frameHeaders('/embed/%E0%A4%A')['X-Frame-Options']).toBe('DENY');
	});

	it('inherits every matching rule, joins repeated headers and honours detach', () => {
		const rules: HeaderRule[] = [
			{ path: '/*', headers: { A: '1', B: '2' } },
			{ path: '/p/*', headers: { A: '3' } },
			{ path: '/p/q', detach: ['b'], headers: { C: '4' } }
		];
		expect(frameHeaders('/x', rules)).toEqual({ A: '1', B: '2' });
		expect(frameHeaders('/p/x', rules)).toEqual({ A: '1, 3', B: '2' });
		expect(frameHeaders('/p/q', rules)).toEqual({ A: '1, 3', C: '4' });
		expect(pathMatches('/p', '/p/')).toBe(false);
		expect(pathMatches('/p/*', '/p/')).toBe(true);
	});

	it('static/_headers is the rendering of the rules', () => {
		const file = readFileSync(join(ROOT, 'static/_headers'), 'utf8');
		expect(file).toBe(renderHeadersFile(FRAME_RULES));
		expect(file).toContain(
			"/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n"
		);
		expect(file).toContain(
			'/embed/*\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: frame-ancestors *\n'
		);
	});
});

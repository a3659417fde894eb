import { describe, expect, it } from 'vitest';
import { aspectRatioCss, buildEmbedSnippet, escapeAttr, resizeScript, safeEmbedUrl } from './embed-snippet';

const SRC = 'https://maps.example.org/embed/?date=2024-11-29&layers=control,strikes';

describe('buildEmbedSnippet', () => {
	it('writes an iframe with title, aria-label and lazy loading', () => {
		const s = buildEmbedSnippet({ src: SRC, title: 'Aleppo, 29 Nov 2024', height: 520, resize: false });
		expect(s).toMatch(
			/^<iframe src="https:\/\/maps\.example\.org\/embed\/\?date=2024-11-29&amp;layers=control,strikes"/
		);
		expect(s).toContain('title="Aleppo, 29 Nov 2024"');
		expect(s).toContain('aria-label="Aleppo, 29 Nov 2024"');
		expect(s).toContain('loading="lazy"');
		expect(s).toContain('height: 520px');
		expect(s).not.toContain('<script>');
	});

	it('keeps its shape with aspect-ratio and no script when asked, instead of a fixed height', () => {
		const s = buildEmbedSnippet({ src: SRC, title: 'x', height: 500, resize: false, aspectRatio: [16, 10] });
		expect(s).toContain('aspect-ratio: 16 / 10;');
		expect(s).toContain('height: auto;');
		expect(s).not.toContain('500px');
		expect(s).not.toContain('<script');
		// With the script, the script sizes the frame.
		const r = buildEmbedSnippet({ src: SRC, title: 'x', height: 500, resize: true, aspectRatio: [16, 10] });
		expect(r).not.toContain('aspect-ratio');
		expect(() => aspectRatioCss([16, 0])).toThrow(/two whole numbers/);
		expect(() => aspectRatioCss([1.5, 1] as [number, number])).toThrow(/two whole numbers/);
	});

	it('adds the resize script bound to the embed origin', () => {
		const s = buildEmbedSnippet({ src: SRC, title: 'x', height: 500, resize: true });
		expect(s).toContain('<script>');
		expect(s).toContain('"https://maps.example.org"');
		expect(s).toContain("'situation-map:height'");
	});

	it('escapes the title so it cannot close the attribute', () => {
		const s = buildEmbedSnippet({
			src: SRC,
			title: '"><script>alert(1)</script>',
			height: 500,
			resize: false
		});
		expect(s).not.toContain('<script>');
		expect(s).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});

	it('refuses script and data URLs', () => {
		expect(() =>
			buildEmbedSnippet({ src: 'javascript:alert(1)', title: 'x', height: 500, resize: false })
		).toThrow(/http\(s\)/);
		expect(() => safeEmbedUrl('data:text/html,hi')).toThrow(/http\(s\)/);
		expect(() => safeEmbedUrl('/embed/')).toThrow(/absolute URL/);
	});

	it('clamps silly heights', () => {
		expect(buildEmbedSnippet({ src: SRC, title: 'x', height: 1e9, resize: false })).toContain(
			'height: 5000px'
		);
		expect(buildEmbedSnippet({ src: SRC, title: 'x', height: NaN, resize: false })).toContain(
			'height: 500px'
		);
	});
});

describe('resizeScript', () => {
	it('is valid JavaScript that only trusts the given origin', () => {
		const body = resizeScript('https://a.example').replace(/^<script>\n|\n<\/script>$/g, '');
		const listeners: ((e: unknown) => void)[] = [];
		const frame = { contentWindow: {}, style: { height: '' } };
		const win = { addEventListener: (_: string, f: (e: unknown) => void) => listeners.push(f) };
		const doc = { querySelectorAll: () => [frame] };
		new Function('window', 'document', body)(win, doc);
		const msg = (origin: string, height: unknown) =>
			listeners[0]!({ origin, source: frame.contentWindow, data: { type: 'situation-map:height', height } });
		msg('https://evil.example', 900);
		expect(frame.style.height).toBe('');
		msg('https://a.example', 1e9);
		expect(frame.style.height).toBe('');
		msg('https://a.example', 612.4);
		expect(frame.style.height).toBe('612px');
	});
	it('cannot be closed early by the origin text', () => {
		expect(resizeScript('https://a.example/</script>')).not.toMatch(/<\/script>[\s\S]*<\/script>/);
	});
});

describe('escapeAttr', () => {
	it('escapes the five characters', () => {
		expect(escapeAttr(`&"<>'`)).toBe('&amp;&quot;&lt;&gt;&#39;');
	});
});

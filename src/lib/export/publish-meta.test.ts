import { describe, expect, it } from 'vitest';
import {
	oembedJson,
	publishHead,
	siteDescription,
	siteRoot,
	viewOfPath,
	type SiteFacts
} from './publish-meta';

const FACTS: SiteFacts = {
	title: 'Test offensive',
	start: '2024-11-26',
	end: '2024-11-30',
	events: 1,
	reports: 5
};
const SITE = 'https://maps.example.org/desk/';

describe('siteDescription', () => {
	it('says what the data holds, with singular and plural', () => {
		const d = siteDescription(FACTS);
		expect(d).toMatch(
			/^Test offensive: 1 event from 5 news reports, mapped day by day \(26\s?–\s?30 November 2024\)/
		);
		expect(siteDescription({ ...FACTS, events: 1234, reports: 1 })).toContain(
			'1,234 events from 1 news report'
		);
		expect(siteDescription({ ...FACTS, title: 'Other' })).not.toBe(d);
	});
});

describe('oembedJson', () => {
	it('has the oEmbed 1.0 fields of a rich answer, with absolute URLs and a script-less snippet', () => {
		const o = oembedJson('app', { siteUrl: SITE, facts: FACTS });
		expect(o).toMatchObject({ type: 'rich', version: '1.0', width: 800, height: 600 });
		expect(o.html).toMatch(/^<iframe src="https:\/\/maps\.example\.org\/desk\/embed\/"/);
		expect(o.html).toContain('aspect-ratio: 800 / 600');
		expect(o.html).not.toContain('<script');
		expect(o.thumbnail_url).toBe('https://maps.example.org/desk/preview.png');
		expect(o.provider_url).toBe('https://maps.example.org/desk/');
	});
	it('refuses an unknown view and a non-http site', () => {
		expect(() => oembedJson('nope', { siteUrl: SITE, facts: null })).toThrow(/one of app, embed/);
		expect(() => siteRoot('javascript:alert(1)')).toThrow(/http\(s\)/);
	});
});

describe('publishHead', () => {
	it('writes the description, Open Graph and Twitter tags, and the oEmbed discovery link', () => {
		const h = publishHead('embed', { siteUrl: SITE, facts: FACTS });
		expect(h).toContain(`<meta name="description" content="${siteDescription(FACTS)}" />`);
		expect(h).toContain('<meta property="og:image" content="https://maps.example.org/desk/preview.png" />');
		expect(h).toContain('<meta property="og:url" content="https://maps.example.org/desk/embed/" />');
		expect(h).toContain('<meta name="twitter:card" content="summary_large_image" />');
		expect(h).toContain(
			'<link rel="alternate" type="application/json+oembed" href="https://maps.example.org/desk/oembed/embed.json"'
		);
	});
	it('escapes data text in attributes', () => {
		const h = publishHead('app', { siteUrl: SITE, facts: { ...FACTS, title: '"><script>x</script>' } });
		expect(h).not.toContain('<script>');
		expect(h).toContain('&quot;&gt;&lt;script&gt;');
	});
	it('finds the view of a page path', () => {
		expect(viewOfPath('/')).toBe('app');
		expect(viewOfPath('/embed/')).toBe('embed');
		expect(viewOfPath('/other/')).toBeNull();
	});
});

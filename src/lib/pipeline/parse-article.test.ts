import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle, simpleFrontMatter } from './parse-article';

const parse = (text: string, published: string | null = null) => parseArticle('x.md', text, { published });

describe('parseArticle', () => {
	it('reads front matter fields and starts the body after it', () => {
		const text =
			'---\ntitle: T\npublisher: P\nurl: https://e.org/a\npublished: 2024-11-29T10:00:00+03:00\n---\nBody';
		const { article, diagnostics } = parse(text);
		expect(article.meta).toMatchObject({
			title: 'T',
			publisher: 'P',
			url: 'https://e.org/a',
			published: '2024-11-29',
			published_from: 'front-matter'
		});
		expect(text.slice(article.bodyStart)).toBe('Body');
		expect(diagnostics).toEqual([]);
	});
	it.each([
		['Published 18:04 IST, November 29th 2024\nText', '2024-11-29'],
		['Headline\n- 03:09 PM, Nov 28, 2024\nText', '2024-11-28'],
		['MOSCOW – The group said on Saturday, November 30, 2024, that it held the city.', '2024-11-30']
	])('finds the publication date in the text: %s', (text, date) => {
		expect(parse(text).article.meta).toMatchObject({ published: date, published_from: 'text' });
	});
	it("takes the day a page's URL files it under when the page gives none, before the text's latest date", () => {
		const dated = (url: string, body = 'Rebels entered the town.') =>
			parse(`---\nurl: ${url}\n---\n${body}`).article.meta;
		expect(dated('https://news.example/2024/12/07/rebels-enter-town')).toMatchObject({
			published: '2024-12-07',
			published_from: 'url'
		});
		expect(dated('https://news.example/world/2024-12/04/content_1.htm').published).toBe('2024-12-04');
		// a month alone dates no day, nor does a slug that opens with a number; a day out of range is no date
		expect(dated('https://news.example/2024/12/rebels-enter-town').published).toBeNull();
		expect(dated('https://news.example/2024/12/12-killed-in-town').published).toBeNull();
		expect(dated('https://news.example/2024/02/30/x').published).toBeNull();
		// a dateline in the text still wins; the text's latest date, a mere lower bound, does not
		expect(dated('https://news.example/2024/12/07/x', 'Published November 29, 2024\nText').published).toBe(
			'2024-11-29'
		);
		expect(
			dated(
				'https://news.example/2024/12/07/x',
				'Text.\n'.repeat(100) + 'Fighting began on November 27, 2024.'
			).published
		).toBe('2024-12-07');
		// a URL day earlier than a date the text states is the page's first version: the later bound stands
		expect(
			dated(
				'https://news.example/2024/11/29/x',
				'Text.\n'.repeat(100) + 'On December 7, 2024, the city fell.'
			).published
		).toBe('2024-12-07');
	});
	it.each([
		// a credit in brackets, or after the caption's full stop ending its line: the picture's date
		['A convoy on the road south of Saraqeb - November 29, 2024 (Some Agency/A. Photographer)', null],
		['A convoy on the road - November 29, 2024 (Photo: Some Agency)', null],
		['Tanks left by a road near Saraqeb on Nov. 29, 2024. Some Agency Photo/A. Photographer', null],
		['Troops on a road near Saraqeb, Nov. 29, 2024. Photo by A. Photographer', null],
		// a credit through an agency ("… via AP"), ending its line
		['Smoke over a hill near Saraqeb on Aug. 3, 2019. Some Local Agency via AP', null],
		// no credit: the article's date
		['A convoy on the road - November 29, 2024 (in Idlib)', '2024-11-29'],
		['On Nov. 29, 2024. Rebels and the army fought near Saraqeb.', '2024-11-29'],
		['On Aug. 3, 2019. Monitors via radio reported clashes near Saraqeb.', '2019-08-03'],
		// a credit ends its line: prose that goes on is no credit
		['As of Nov. 29, 2024. UN/OCHA teams counted 9,000 people leaving Saraqeb.', '2024-11-29']
	])('takes no publication date from a photo caption, which dates the picture: %s', (line, published) => {
		expect(parse(`${line}\nText`).article.meta.published).toBe(published);
	});
	it('falls back to --published, then says there is no date', () => {
		expect(parse('No date here.', '2024-12-01').article.meta).toMatchObject({
			published: '2024-12-01',
			published_from: 'flag'
		});
		const none = parse('No date here.');
		expect(none.article.meta.published).toBeNull();
		expect(none.diagnostics.map((d) => d.code)).toEqual(['no-publication-date']);
	});
	it('names the field and the reason for front matter of the wrong type', () => {
		const { article, diagnostics } = parse('---\npublished: yesterday\npublisher: 42\n---\nText');
		expect(article.meta.published).toBeNull();
		const messages = diagnostics.map((d) => d.message).join('\n');
		expect(messages).toMatch(/x\.md: front matter field "published" must be an ISO date/);
		expect(messages).toMatch(/x\.md: front matter field "publisher" must be a non-empty string/);
	});
	it.each([
		'2024-11-29T25:99:00Z',
		'2024-11-29T10:61',
		'2024-11-29T10:00:00+15:00',
		'2024-02-30',
		'2024-11-29T1:2'
	])('refuses published: %s, naming the field', (value) => {
		const { article, diagnostics } = parse(`---\npublished: ${value}\n---\nText`);
		expect(article.meta.published_from).not.toBe('front-matter');
		expect(diagnostics.find((d) => d.code === 'bad-front-matter')?.message).toBe(
			`x.md: front matter field "published" must be an ISO date or datetime with every part in range (YYYY-MM-DD[Thh:mm[:ss]][Z|±hh:mm]), got ${JSON.stringify(value)}`
		);
	});
	it.each([['2024-11-29T23:59:60.5Z'], ['2024-11-29 08:15'], ['2024-11-29T08:15:00-0500']])(
		'accepts published: %s',
		(value) => {
			expect(parse(`---\npublished: ${value}\n---\nText`).article.meta).toMatchObject({
				published: '2024-11-29',
				published_from: 'front-matter'
			});
		}
	);
	it('reports malformed YAML and still reads the text', () => {
		const { article, diagnostics } = parse('---\ntitle: [unclosed\n---\nRebels took Saraqeb.');
		expect(diagnostics[0]!.code).toBe('bad-front-matter');
		expect(article.text.slice(article.bodyStart)).toBe('Rebels took Saraqeb.');
	});
});

describe('front matter read without the YAML parser', () => {
	// whatever the fast path reads, it reads exactly as YAML's core schema does; the rest it leaves to YAML
	it.each([
		['title: Rebels take a town\npublished: 2024-11-29', true],
		[
			'url: "https://example.org/a?b=1"\npublisher: "Wire \\"quoted\\" name"\npublished: "2024-11-29T19:30:00Z"',
			true
		],
		['published: 2024-11-29T19:30:00+03:00\ntitle: Hama, the day after', true],
		['title: Hama: the day after', false],
		['title: 2024\npublished: true', false],
		['title: null\npublished: ~', false],
		['title: [a, b]', false],
		["title: 'single quoted'", false],
		['title: text # a comment', false],
		['title: a\ntitle: b', false]
	])('%j', (block, fast) => {
		const read = simpleFrontMatter(block);
		expect(read !== null).toBe(fast);
		if (read) expect(read).toEqual(parseYaml(block, { schema: 'core' }));
	});
});

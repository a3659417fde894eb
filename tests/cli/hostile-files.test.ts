// Article files as users and attackers leave them (issue 10): links out of the folder, byte-order marks,
// UTF-16, nested folders, .markdown and .html, names that would forge terminal lines, bad datetimes,
// the same warning twenty thousand times. Each is read the way the user meant or refused by name.
// (A FIFO named like an article is in fault-injection.test.ts: a hang needs a child process to catch.)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/gazetteer';

const ROOT = join(__dirname, '..', '..');
let dir: string;
let errors: string[];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'sm-files-'));
	errors = [];
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const FRONT = '---\npublished: 2024-11-29\n---\n';
const REPORT = 'Opposition fighters captured Saraqeb on Friday.';

/** A folder of articles (relative path → content), subfolders made as needed. */
function articles(files: Record<string, string | Buffer>): string {
	const d = join(dir, 'in');
	for (const [name, body] of Object.entries(files)) {
		mkdirSync(join(d, name, '..'), { recursive: true });
		writeFileSync(join(d, name), body);
	}
	mkdirSync(d, { recursive: true });
	return d;
}
function run(articlesDir: string, ...extra: string[]): { code: number; out: string } {
	const out = join(dir, 'out');
	const code = main(['--geodata', join(ROOT, 'geodata'), '--articles', articlesDir, '--out', out, ...extra]);
	return { code, out };
}
const read = (out: string, file: string) => JSON.parse(readFileSync(join(out, file), 'utf8'));
type Mention = { article: string; text: string; start: number; end: number };
const mentions = (out: string): Mention[] =>
	read(out, 'places.geojson').features.flatMap(
		(f: { properties: { mentions: Mention[] } }) => f.properties.mentions
	);
const sources = (out: string): string[] =>
	read(out, 'manifest.json').sources.map((s: { article: string }) => s.article);

describe('links', () => {
	it('refuses a link that leaves the articles folder, naming it, and lists nothing of it as a source', () => {
		const secret = join(dir, 'outside.md');
		writeFileSync(secret, `${FRONT}Private notes about Hama.`);
		const d = articles({ 'ok.md': FRONT + REPORT });
		symlinkSync(secret, join(d, 'leak.md'));
		symlinkSync('/etc', join(d, 'etc-folder'));
		const { code, out } = run(d);
		expect(code).toBe(0);
		expect(errors).toContain(
			`error: leak.md: a symbolic link to ${secret}, outside the articles folder; not read (pass --follow-symlinks to read it)`
		);
		expect(errors).toContain(
			'error: etc-folder: a symbolic link to /etc, outside the articles folder; not read (pass --follow-symlinks to read it)'
		);
		expect(sources(out)).toEqual(['ok.md']);
	});

	it('reads a link out of the folder with --follow-symlinks, and a link inside the folder once', () => {
		const secret = join(dir, 'outside.md');
		writeFileSync(secret, `${FRONT}Government forces shelled Hama on Friday.`);
		const d = articles({ 'ok.md': FRONT + REPORT });
		symlinkSync(secret, join(d, 'linked.md'));
		symlinkSync(join(d, 'ok.md'), join(d, 'same.md'));
		const { code, out } = run(d, '--follow-symlinks');
		expect(code).toBe(0);
		expect(sources(out)).toEqual(['linked.md', 'ok.md']);
		expect(read(out, 'diagnostics.json')).toContainEqual(
			expect.objectContaining({
				code: 'duplicate-article',
				message: 'same.md: the same file as ok.md; read once'
			})
		);
	});
});

describe('encodings', () => {
	it('strips a UTF-8 byte-order mark: front matter read, offsets counted from the character after it', () => {
		const text = FRONT + REPORT;
		const d = articles({ 'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
		const { code, out } = run(d);
		expect(code).toBe(0);
		const [m] = mentions(out);
		expect(text.slice(m!.start, m!.end)).toBe('Saraqeb');
		expect(read(out, 'manifest.json').sources[0]).toMatchObject({
			article: 'bom.md',
			published: '2024-11-29'
		});
	});

	it('decodes UTF-16 with a byte-order mark (LE and BE), offsets in the decoded text', () => {
		const text = FRONT + REPORT;
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from(text, 'utf16le')).swap16()]);
		const { code, out } = run(articles({ 'le.txt': le, 'be.txt': be }));
		expect(code).toBe(0);
		expect(errors.join('\n')).not.toMatch(/binary/);
		const found = mentions(out).map((m) => [m.article, text.slice(m.start, m.end)]);
		expect(found.sort()).toEqual([
			['be.txt', 'Saraqeb'],
			['le.txt', 'Saraqeb']
		]);
	});

	it('says UTF-16 without a byte-order mark is UTF-16, not binary', () => {
		const { code } = run(
			articles({ 'ok.md': FRONT + REPORT, 'no-mark.txt': Buffer.from(FRONT + REPORT, 'utf16le') })
		);
		expect(code).toBe(0);
		expect(errors).toContain(
			'error: no-mark.txt: looks like UTF-16 without a byte-order mark; please save it as UTF-8'
		);
	});
});

describe('folders and kinds of file', () => {
	it('reads nested folders, ids being relative paths', () => {
		const d = articles({
			'top.md': FRONT + REPORT,
			'2024-11/29/deep.md': `${FRONT}Government forces shelled Hama on Friday.`
		});
		const { code, out } = run(d);
		expect(code).toBe(0);
		expect(sources(out)).toEqual(['2024-11/29/deep.md', 'top.md']);
		expect(new Set(mentions(out).map((m) => m.article))).toEqual(new Set(['2024-11/29/deep.md', 'top.md']));
	});

	it('reads .markdown and .html, tags masked and offsets true', () => {
		const html = `<!doctype html><html><head><title>Morning report</title><script>var city = "Homs";</script></head><body><p>Opposition fighters <b>captured</b> <a href="/x">Saraqeb</a> on 29 November 2024.</p></body></html>`;
		const d = articles({
			'page.html': html,
			'notes.markdown': `${FRONT}Government forces shelled Hama on Friday.`
		});
		const { code, out } = run(d);
		expect(code).toBe(0);
		expect(sources(out)).toEqual(['notes.markdown', 'page.html']);
		const fromHtml = mentions(out).filter((m) => m.article === 'page.html');
		expect(fromHtml.map((m) => html.slice(m.start, m.end))).toEqual(['Saraqeb']);
	});
});

describe('diagnostics in the terminal', () => {
	it('escapes control characters in file names, so a name cannot forge a line or an escape sequence', () => {
		const d = articles({ 'ok.md': FRONT + REPORT, 'x\nerror: all good\u001b[2J.md': '' });
		const { code } = run(d);
		expect(code).toBe(0);
		expect(errors).toContain('error: x\\nerror: all good\\x1b[2J.md: empty file');
		for (const line of errors) {
			expect(line).not.toContain('\n');
			expect(line).not.toContain('\u001b');
		}
	});

	it('folds repeats of one warning into "… and N more like this"; diagnostics.json keeps them all', () => {
		const d = articles({
			'list.md': FRONT + 'Fighters entered the village of Qarqoura on Friday. '.repeat(2000)
		});
		const { code, out } = run(d);
		expect(code).toBe(0);
		const same = errors.filter((l) => l.includes('"Qarqoura" looks like a place'));
		expect(same).toHaveLength(1);
		expect(errors[errors.indexOf(same[0]!) + 1]).toBe('  … and 1,999 more like this');
		expect(
			read(out, 'diagnostics.json').filter((x: { message: string }) => x.message.includes('"Qarqoura"'))
		).toHaveLength(2000);
	});

	it('refuses published: 2024-11-29T25:99:00Z as bad front matter naming the field', () => {
		const { code } = run(articles({ 'late.md': `---\npublished: 2024-11-29T25:99:00Z\n---\n${REPORT}` }));
		expect(code).toBe(0);
		expect(errors.join('\n')).toMatch(
			/error: late\.md: front matter field "published" must be an ISO date or datetime with every part in range .*got "2024-11-29T25:99:00Z"/
		);
	});
});

describe('truncated geodata', () => {
	it.each([
		'events.json',
		'actors.json',
		'routes.geojson',
		'country/syria.geojson',
		'overrides.geojson',
		'theatre.json',
		'gazetteer/countryside.csv'
	])('%s cut in half: the error names the file, and nothing is written', (rel) => {
		const geodata = join(dir, 'geodata');
		cpSync(join(ROOT, 'geodata'), geodata, { recursive: true });
		const whole = readFileSync(join(geodata, rel), 'utf8');
		writeFileSync(join(geodata, rel), whole.slice(0, whole.length >> 1));
		const out = join(dir, 'out');
		const d = articles({ 'ok.md': FRONT + REPORT });
		expect(() => main(['--geodata', geodata, '--articles', d, '--out', out])).toThrow(
			new RegExp(`^${join(geodata, rel).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: `)
		);
		expect(() => readFileSync(join(out, 'manifest.json'))).toThrow(/ENOENT/);
	});
});

describe('events outside the map period', () => {
	it('lists an event dated before the baseline day and warns, naming the article and the sentence', () => {
		// published on Wednesday 27 November: "on Friday" is 22 November, four days before the baseline
		const text =
			'---\npublished: 2024-11-27\n---\nGovernment aircraft struck Saraqeb on Friday. Opposition fighters captured Khan al-Asal on 27 November 2024.';
		const { code, out } = run(articles({ 'early.md': text }));
		expect(code).toBe(0);
		const events = read(out, 'events.geojson').features as {
			id: string;
			properties: { date: string; kind: string };
		}[];
		const early = events.find((e) => e.properties.date === '2024-11-22');
		expect(early).toBeDefined();
		const manifest = read(out, 'manifest.json');
		expect(manifest.outside_period).toEqual([{ id: early!.id, date: '2024-11-22' }]);
		const layer = read(out, 'layers/events.geojson').features.map((f: { id: string }) => f.id);
		expect(layer).not.toContain(early!.id);
		expect(layer.length).toBe(events.length - 1);
		const warning = read(out, 'diagnostics.json').find(
			(d: { code: string }) => d.code === 'event-outside-period'
		);
		expect(warning).toMatchObject({ level: 'warning', article: 'early.md' });
		expect(warning.message).toBe(
			`early.md: ${early!.properties.kind} at Saraqeb dated 2024-11-22 is before the map's period (2024-11-26 to 2024-11-27): listed in the manifest's outside_period and in events.geojson, on no layer`
		);
		expect(text.slice(warning.start, warning.end)).toContain('Saraqeb on Friday');
		expect(errors).toContain(`warning: ${warning.message}`);
	});
});

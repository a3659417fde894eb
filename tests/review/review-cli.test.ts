// `npm run gazetteer -- --articles DIR --review FILE`: a hostile review.json is refused with an error
// naming the file and the field, and the last good outputs stay byte for byte.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/gazetteer';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = join(ROOT, 'tests/fixtures/review-project/articles');
const dir = mkdtempSync(join(tmpdir(), 'sm-review-cli-'));
const out = join(dir, 'out');
const review = join(dir, 'review.json');
const snapshot = () =>
	Object.fromEntries(
		readdirSync(out, { recursive: true, encoding: 'utf8' })
			.sort()
			.map((f) => {
				try {
					return [f, readFileSync(join(out, f), 'utf8')];
				} catch {
					return [f, '(folder)'];
				}
			})
	);
const run = () => main(['--articles', ARTICLES, '--review', review, '--out', out]);
let good: Record<string, string>;

beforeAll(() => {
	writeFileSync(review, '{"version":1,"decisions":[]}');
	expect(run()).toBe(0);
	good = snapshot();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = {
	article: '01-saraqib.md',
	sentence: '0a1b2c3d',
	place: 'place:geonames:164816',
	kind: 'capture'
};
describe('gazetteer --review with a hostile review.json', () => {
	it.each([
		['invalid JSON', '{"version":1,"decisions":[', /review\.json: not valid JSON/],
		[
			'an unknown key',
			JSON.stringify({ version: 1, decisions: [{ action: 'reject', source, why: 'x' }] }),
			/review\.json: decisions\[0\]\.why is not a known field/
		],
		[
			'a decision for a file that does not exist',
			JSON.stringify({
				version: 1,
				decisions: [{ action: 'reject', source: { ...source, article: 'missing.md' } }]
			}),
			/review\.json: decisions\[0\]\.source\.article names "missing\.md", which is not an article of the project/
		],
		[
			'10 MB of notes',
			JSON.stringify({
				version: 1,
				decisions: [{ action: 'reject', source, note: 'n'.repeat(10 * 1024 * 1024) }]
			}),
			/review\.json: decisions\[0\]\.note has 10485760 characters, more than the limit/
		]
	])(
		'%s: refused, outputs kept',
		(_name, text, message) => {
			writeFileSync(review, text);
			expect(run).toThrow(message);
			expect(snapshot()).toEqual(good);
		},
		60_000
	);
});

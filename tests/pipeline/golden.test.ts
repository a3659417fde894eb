// The whole pipeline on hand-written articles: the outputs are golden files (regenerate with
// `npx vitest run tests/pipeline -u` and review the diff), plus the facts a reader would check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineOutput } from '../../src/lib/pipeline/run-pipeline';
import { runPipeline } from '../../src/lib/pipeline/run-pipeline';
import { eventsCollection, placesCollection } from '../../src/lib/pipeline/to-geojson';
import { serialise } from '../../scripts/lib/write-atomic';
import { loadPipelineContext, type LoadedContext } from '../../scripts/lib/pipeline-context';

const ARTICLES = join(__dirname, '..', 'fixtures', 'articles');
let loaded: LoadedContext;
let out: PipelineOutput;

beforeAll(() => {
	loaded = loadPipelineContext(join(__dirname, '..', '..', 'geodata'), null);
	const files = readdirSync(ARTICLES).map((file) => ({
		file,
		text: readFileSync(join(ARTICLES, file), 'utf8')
	}));
	out = runPipeline(files, loaded.context);
});

describe('pipeline golden files', () => {
	it('places.geojson', async () => {
		await expect(serialise(placesCollection(out.mentions, loaded.context.index.entries))).toMatchFileSnapshot(
			'expected/places.geojson'
		);
	});
	it('events.geojson', async () => {
		await expect(serialise(eventsCollection(out.events, loaded.context.index.entries))).toMatchFileSnapshot(
			'expected/events.geojson'
		);
	});
	it('diagnostics.json', async () => {
		await expect(serialise(out.diagnostics)).toMatchFileSnapshot('expected/diagnostics.json');
	});
});

describe('what the articles say', () => {
	const event = (name: string, kind: string) =>
		out.events.find((e) => loaded.context.index.entries.get(e.place_id)!.name === name && e.kind === kind);
	it('dates "on Wednesday" in a Thursday article to the day before', () => {
		expect(event('Urum al-Sughra', 'capture')?.date).toBe('2024-11-27');
	});
	it('dates "on Tuesday" in a Thursday-evening article', () => {
		expect(event('Morek', 'capture')?.date).toBe('2024-12-03');
	});
	it('keeps the fatality figure and the claim', () => {
		expect(event('Darat Izza', 'airstrike')?.fatalities).toBe(3);
		expect(event('Hama', 'capture')?.confidence).toBe('claimed');
	});
	it('does not turn the 2016 recapture of Aleppo into an event', () => {
		expect(out.events.filter((e) => e.kind === 'capture' && e.faction === 'government')).toEqual([]);
	});
	it('finds the date of an article without front matter in its text', () => {
		expect(out.articles.find((a) => a.file === 'a2-saraqib.txt')).toMatchObject({
			published: '2024-11-29',
			published_from: 'text'
		});
	});
	it('flags a village the gazetteer lacks', () => {
		expect(out.diagnostics.find((d) => d.code === 'unresolved-place')?.message).toContain('Kafr Ballut');
	});
	it('keeps provenance: every event source points into its article text', () => {
		for (const e of out.events)
			for (const s of e.sources) {
				const text = readFileSync(join(ARTICLES, s.article), 'utf8');
				expect(text.slice(s.start, s.end)).toMatch(/\w/);
			}
		for (const m of out.mentions)
			expect(readFileSync(join(ARTICLES, m.article), 'utf8').slice(m.start, m.end)).toBe(m.text);
	});
	it('ignores the place name inside a script tag', () => {
		const text = readFileSync(join(ARTICLES, 'a4-homs.md'), 'utf8');
		const script = [text.indexOf('<script>'), text.indexOf('</script>')] as const;
		expect(
			out.mentions.filter((m) => m.article === 'a4-homs.md' && m.start > script[0] && m.start < script[1])
		).toEqual([]);
	});
});

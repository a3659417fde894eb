// Review decisions on a small project of our own articles (tests/fixtures/review-project): applied
// after extraction and before the territorial model, keyed by the source so they survive re-reading.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../src/lib/domain/types';
import { composeDataSet, type DataSet } from '../../src/lib/compose/compose-data-set';
import { DEFAULT_PIPELINE_OPTIONS } from '../../src/lib/pipeline/config';
import { sentenceHash } from '../../src/lib/review/source-key';
import type { Decision } from '../../src/lib/review/decisions';
import { parseReview } from '../../src/lib/review/decisions';
import { reviewItems } from '../../src/lib/review/review-items';
import { runPipeline } from '../../src/lib/pipeline/run-pipeline';
import { readComposerGeodata } from '../../scripts/lib/build-data-layers';
import { loadPipelineContext, type LoadedContext } from '../../scripts/lib/pipeline-context';

const ROOT = join(import.meta.dirname, '..', '..');
const GEODATA = join(ROOT, 'geodata');
const ARTICLES = join(ROOT, 'tests/fixtures/review-project/articles');
const SARAQIB = 'place:geonames:164816';
const KAFR_HALAB = 'place:sm:kafr-halab';
const KHAN_AL_ASAL = 'place:sm:khan-al-asal';

let loaded: LoadedContext;
let geodata: ReturnType<typeof readComposerGeodata>;
const articles = readdirSync(ARTICLES).map((file) => ({
	file,
	text: readFileSync(join(ARTICLES, file), 'utf8')
}));
const textOf = (file: string) => articles.find((a) => a.file === file)!.text;

beforeAll(() => {
	loaded = loadPipelineContext(GEODATA, null);
	geodata = readComposerGeodata(GEODATA);
});

function build(
	decisions: Decision[] | null,
	o: { objectWindow?: number; files?: typeof articles } = {}
): DataSet {
	return composeDataSet({
		articles: o.files ?? articles,
		...geodata,
		review: decisions ? { text: JSON.stringify({ version: 1, decisions }), file: 'review.json' } : null,
		context: {
			...loaded.context,
			options: {
				...DEFAULT_PIPELINE_OPTIONS,
				objectWindow: o.objectWindow ?? DEFAULT_PIPELINE_OPTIONS.objectWindow
			}
		},
		entries: loaded.entries
	});
}

/** The reading keys of every source of the machine's event of `kind` at `place`. */
function keysOf(data: DataSet, kind: string, place: string) {
	const event = data.events.find((e) => e.kind === kind && e.place_id === place);
	if (!event) throw new Error(`no ${kind} at ${place}`);
	return event.sources.map((s) => ({
		article: s.article,
		sentence: sentenceHash(textOf(s.article).slice(s.start, s.end)),
		place,
		kind
	}));
}

/** The holder the places layer draws for `place` on `date`. */
function holder(data: DataSet, place: string, date: string): string | undefined {
	const layer = data.files['layers/places.geojson'] as {
		features: {
			properties: { place_id: string; faction: string; status: string; from_date: string; to_date: string };
		}[];
	};
	const f = layer.features.find(
		(x) => x.properties.place_id === place && x.properties.from_date <= date && date <= x.properties.to_date
	);
	return f ? `${f.properties.faction}/${f.properties.status}` : undefined;
}

const frontline = (data: DataSet) => JSON.stringify(data.files['layers/frontline.geojson']);
const orphans = (data: DataSet) => data.diagnostics.filter((d) => d.code === 'orphaned-decision');

describe('review decisions', () => {
	it('the curated default is reviewed and quotes no article', () => {
		const data = composeDataSet({
			articles: null,
			...geodata,
			context: loaded.context,
			entries: loaded.entries
		});
		expect(data.events.length).toBeGreaterThan(10);
		expect(data.events.every((e) => e.reviewed === true)).toBe(true);
		expect(data.events.flatMap((e) => e.sources).some((s) => 'quote' in s)).toBe(false);
	});

	it('without a review every event is machine-read', () => {
		const data = build(null);
		expect(data.events.length).toBeGreaterThan(4);
		expect(data.events.every((e) => e.reviewed === false)).toBe(true);
		expect(holder(data, SARAQIB, '2024-11-29')).toMatch(/^opposition\//);
	});

	it('a rejected capture (both reports of it) changes control and the front line', () => {
		const machine = build(null);
		const note = 'the army denies it; no independent confirmation';
		const decisions = keysOf(machine, 'capture', SARAQIB).map((source) => ({
			action: 'reject' as const,
			source,
			note
		}));
		expect(decisions).toHaveLength(2);
		const reviewed = build(decisions);
		expect(reviewed.events.some((e) => e.kind === 'capture' && e.place_id === SARAQIB)).toBe(false);
		expect(holder(reviewed, SARAQIB, '2024-11-29')).not.toMatch(/^opposition\//);
		expect(frontline(reviewed)).not.toBe(frontline(machine));
		expect(orphans(reviewed)).toEqual([]);
	});

	it('rejecting one of two reports keeps the event on the other', () => {
		const [first] = keysOf(build(null), 'capture', SARAQIB);
		const data = build([{ action: 'reject', source: first! }]);
		const event = data.events.find((e) => e.kind === 'capture' && e.place_id === SARAQIB)!;
		expect(event.sources.map((s) => s.article)).toEqual(['02-maarat.md']);
		expect(event.reviewed).toBe(false);
	});

	it('an edited date moves the capture, and the event is reviewed with its note', () => {
		const machine = build(null);
		const decisions: Decision[] = keysOf(machine, 'capture', SARAQIB).map((source) => ({
			action: 'edit',
			source,
			set: { date: '2024-12-01' },
			note: 'fell a day later by local accounts'
		}));
		const data = build(decisions);
		const capture = data.events.filter((e) => e.kind === 'capture' && e.place_id === SARAQIB);
		expect(capture.map((e) => e.date)).toEqual(['2024-12-01']);
		expect(capture[0]!.reviewed).toBe(true);
		expect(capture[0]!.note).toBe('fell a day later by local accounts');
		expect(capture[0]!.sources).toHaveLength(2);
		expect(holder(data, SARAQIB, '2024-11-30')).not.toMatch(/^opposition\//);
		expect(holder(data, SARAQIB, '2024-12-01')).toMatch(/^opposition\//);
	});

	it('accept marks the event reviewed without changing it', () => {
		const machine = build(null);
		const [source] = keysOf(machine, 'capture', KAFR_HALAB);
		const data = build([{ action: 'accept', source: source!, note: 'checked' }]);
		const before = machine.events.find((e) => e.place_id === KAFR_HALAB)!;
		const after = data.events.find((e) => e.place_id === KAFR_HALAB)!;
		expect({ ...after, reviewed: false, note: undefined }).toEqual({ ...before, note: undefined });
		expect(after.reviewed).toBe(true);
	});

	it('an added span becomes an event with that sentence as its source', () => {
		const text = textOf('01-saraqib.md');
		const sentence = 'By evening the flag of the insurgents was flying over the main square of Khan al-Asal';
		const start = text.indexOf(sentence);
		const end = start + sentence.length;
		const machine = build(null);
		expect(machine.events.some((e) => e.place_id === KHAN_AL_ASAL)).toBe(false);
		const data = build([
			{
				action: 'add',
				span: { article: '01-saraqib.md', start, end, sentence: sentenceHash(sentence) },
				event: { kind: 'capture', date: '2024-11-29', place: KHAN_AL_ASAL, actor: 'HTS-led opposition' },
				note: 'the flag means they hold it'
			}
		]);
		const added = data.events.find((e) => e.place_id === KHAN_AL_ASAL)! as ConflictEvent;
		expect(added).toMatchObject({
			kind: 'capture',
			date: '2024-11-29',
			faction: 'opposition',
			reviewed: true
		});
		// the project's own article: the published source carries its sentence for the inspect panel
		expect(added.sources).toEqual([{ article: '01-saraqib.md', start, end, quote: sentence }]);
		expect(holder(data, KHAN_AL_ASAL, '2024-11-29')).toMatch(/^opposition\//);
	});

	it('decisions stay attached when the extractor threshold changes', () => {
		const machine = build(null);
		const decisions: Decision[] = [
			...keysOf(machine, 'capture', SARAQIB).map((source) => ({ action: 'reject' as const, source })),
			{ action: 'accept', source: keysOf(machine, 'capture', 'place:geonames:167611')[0]! },
			{
				action: 'edit',
				source: keysOf(machine, 'airstrike', 'place:geonames:169389')[0]!,
				set: { date: '2024-11-28' }
			}
		];
		const narrow = build(null, { objectWindow: 5 });
		// the knob does change the reading: the far object of "captured … Kafr Halab" is out of reach
		expect(narrow.events.map((e) => e.id)).not.toEqual(machine.events.map((e) => e.id));
		for (const objectWindow of [DEFAULT_PIPELINE_OPTIONS.objectWindow, 5, 20]) {
			const data = build(decisions, { objectWindow });
			expect(orphans(data), `objectWindow ${objectWindow}`).toEqual([]);
			expect(data.events.some((e) => e.kind === 'capture' && e.place_id === SARAQIB)).toBe(false);
			expect(data.events.find((e) => e.kind === 'airstrike')!.date).toBe('2024-11-28');
			expect(
				data.events.find((e) => e.kind === 'capture' && e.place_id === 'place:geonames:167611')!.reviewed
			).toBe(true);
		}
	});

	it('a decision whose reading is gone is orphaned, not applied elsewhere', () => {
		const machine = build(null);
		const [kafr] = keysOf(machine, 'capture', KAFR_HALAB);
		const narrow = build([{ action: 'reject', source: kafr! }], { objectWindow: 5 });
		expect(orphans(narrow).map((d) => d.article)).toEqual(['02-maarat.md']);
		expect(orphans(narrow)[0]!.message).toMatch(/decisions\[0\] \(reject\).*capture at place:sm:kafr-halab/);
		expect(narrow.events.map((e) => e.id)).toEqual(build(null, { objectWindow: 5 }).events.map((e) => e.id));
		// an edited sentence is a new sentence: its old decision is orphaned
		const [saraqib] = keysOf(machine, 'capture', SARAQIB);
		const files = articles.map((a) =>
			a.file === '01-saraqib.md'
				? { ...a, text: a.text.replace('on Friday, cutting', 'on Friday morning, cutting') }
				: a
		);
		const changed = build([{ action: 'reject', source: saraqib! }], { files });
		expect(orphans(changed)).toHaveLength(1);
		expect(changed.events.find((e) => e.kind === 'capture' && e.place_id === SARAQIB)!.sources).toHaveLength(
			2
		);
	});
});

describe('review items (what the review page lists)', () => {
	function items(decisions: Decision[]) {
		const read = runPipeline(articles, loaded.context);
		const text = JSON.stringify({ version: 1, decisions });
		const data = build(decisions);
		return reviewItems({
			events: read.events,
			texts: new Map(articles.map((a) => [a.file, a.text])),
			sources: read.articles.map((a) => ({
				article: a.file,
				title: a.title,
				publisher: a.publisher,
				url: a.url,
				published: a.published
			})),
			mentions: read.mentions,
			entries: loaded.context.index.entries,
			review: parseReview(text, 'review.json', {
				articles: new Set(articles.map((a) => a.file)),
				entries: loaded.context.index.entries,
				actors: new Set(loaded.context.actors.map((a) => a.actor))
			}),
			placesLayer: data.files['layers/places.geojson'] as Parameters<typeof reviewItems>[0]['placesLayer']
		});
	}

	it('gives each event its sentences with place and cue marked, corroboration, contradiction and control', () => {
		const saraqib = items([]).find((i) => i.kind === 'capture' && i.place_id === SARAQIB)!;
		expect(saraqib.corroboration).toBe(1);
		expect(saraqib.contradictions.map((c) => [c.kind, c.article])).toEqual([['clash', '03-army.md']]);
		expect(saraqib.control).toEqual({ before: 'government', after: 'opposition' });
		const [first] = saraqib.readings;
		const marked = first!.highlights.map((h) => [h.type, textOf(first!.article).slice(h.start, h.end)]);
		expect(marked).toEqual([
			['cue', 'captured'],
			['place', 'Saraqib']
		]);
		expect(first!.decision).toBeNull();
	});

	it('shows the decision on each reading and the control the reviewed map keeps', () => {
		const machine = build(null);
		const decisions = keysOf(machine, 'capture', SARAQIB).map((source) => ({
			action: 'reject' as const,
			source,
			note: 'n'
		}));
		const saraqib = items(decisions).find((i) => i.kind === 'capture' && i.place_id === SARAQIB)!;
		expect(saraqib.readings.map((r) => [r.decision?.action, r.decision?.index])).toEqual([
			['reject', 0],
			['reject', 1]
		]);
		expect(saraqib.control?.after).not.toBe('opposition');
	});
});

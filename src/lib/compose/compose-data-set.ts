// Articles → events → layers, in one pure function: the whole data set the app reads.
//
//   articles ──runPipeline──▶ mentions, events ──applyReview (review.json)─┐
//                                                                          ├─▶ buildLayers (territorial model) ─▶ files
//   curated default (events.json) ─────────────────────────────────────────┘
//
// The shells (`scripts/gazetteer.ts` writes the files, `scripts/eval.ts` scores them) read
// geodata/ and articles from disk and hand them in; nothing here touches the file system.
import type {
	ConflictEvent,
	Diagnostic,
	GazetteerEntry,
	IsoDate,
	ManifestSource,
	ResolvedMention
} from '../domain/types';
import { curatedEvents } from '../pipeline/curated-events';
import { runPipeline, type PipelineContext, type PipelineOutput } from '../pipeline/run-pipeline';
import { eventsCollection, placesCollection } from '../pipeline/to-geojson';
import { buildLayers, type TerritoryInput } from '../territory/build-layers';
import { appendAll } from '../util/append-all';
import { applyReview } from '../review/apply-review';
import { parseReview } from '../review/decisions';
import { normaliseSentence } from '../review/source-key';
import { maskMarkup } from '../text/mask-markup';

/** The territorial model's geodata, read and checked by the caller. */
export type TerritoryData = Pick<
	TerritoryInput,
	'baseline' | 'overrides' | 'country' | 'routes' | 'regions' | 'neighbours'
>;

export interface DataSetInput {
	/** The user's articles (file name → text); null builds the curated default. */
	articles: { file: string; text: string }[] | null;
	/** `geodata/events.json` as parsed JSON, with its path for messages: the reviewed default, and the timeline start. */
	curated: { doc: unknown; file: string };
	context: PipelineContext;
	entries: GazetteerEntry[];
	territory: TerritoryData;
	title: string;
	attribution: string[];
	/**
	 * The analyst's decisions (review.json as text, with its path for messages), applied to the
	 * articles' events before the territorial model. Only with `articles`. A broken file throws.
	 */
	review?: { text: string; file: string } | null;
	/**
	 * `runPipeline(articles, context)` when the caller already has it: the review server reads the
	 * articles once and rebuilds only from the decisions on.
	 */
	read?: PipelineOutput;
	/** Diagnostics of the reading before (gazetteer, article files): they lead the data set's list. */
	prior?: Diagnostic[];
}

export interface DataSet {
	/** Output path (relative to the data folder) → JSON value. */
	files: Record<string, unknown>;
	diagnostics: Diagnostic[];
	mentions: ResolvedMention[];
	events: ConflictEvent[];
	/** The timeline the layers cover. */
	timeline: { start: IsoDate; end: IsoDate };
}

export function composeDataSet(input: DataSetInput): DataSet {
	const { index, actors } = input.context;
	const curated = curatedEvents(input.curated.doc, input.curated.file, index.entries, actors);
	const diagnostics: Diagnostic[] = [...(input.prior ?? [])];
	let events: ConflictEvent[];
	let mentions: ResolvedMention[];
	let sources: ManifestSource[];
	let end = curated.timeline.end;
	if (input.articles) {
		const out = input.read ?? runPipeline(input.articles, input.context);
		appendAll(diagnostics, out.diagnostics);
		({ events, mentions } = out);
		const reviewed = reviewEvents(input, events);
		events = withQuotes(reviewed.events, input.articles);
		appendAll(diagnostics, reviewed.diagnostics);
		sources = out.articles.map((a) => ({
			article: a.file,
			title: a.title,
			publisher: a.publisher,
			url: a.url,
			published: a.published
		}));
		// A user's articles set the end: the last dated event, never before the start.
		end = lastDate(events) ?? curated.timeline.start;
		if (end < curated.timeline.start) end = curated.timeline.start;
	} else {
		appendAll(diagnostics, curated.diagnostics);
		({ events, mentions, sources } = curated);
		// the curated default is the project's own reviewed reading
		events = events.map((e) => ({ ...e, reviewed: true }));
	}
	const timeline = { start: curated.timeline.start, end };
	const layers = buildLayers({
		gazetteer: input.entries,
		events,
		sources,
		...input.territory,
		...timeline,
		attribution: input.attribution,
		title: input.title
	});
	appendAll(diagnostics, layers.diagnostics);
	const files = {
		'places.geojson': placesCollection(mentions, index.entries),
		'events.geojson': eventsCollection(events, index.entries),
		'diagnostics.json': diagnostics,
		...layers.files
	};
	return { files, diagnostics, mentions, events, timeline };
}

/** The articles' events with review.json applied (or marked machine-read when there is none). */
function reviewEvents(
	input: DataSetInput,
	events: ConflictEvent[]
): { events: ConflictEvent[]; diagnostics: Diagnostic[] } {
	if (!input.review) return { events: events.map((e) => ({ ...e, reviewed: false })), diagnostics: [] };
	const { actors, index } = input.context;
	const review = parseReview(input.review.text, input.review.file, {
		articles: new Set(input.articles!.map((a) => a.file)),
		entries: index.entries,
		actors: new Set(actors.map((a) => a.actor))
	});
	const texts = new Map(input.articles!.map((a) => [a.file, a.text]));
	return applyReview(events, texts, review, actors, input.review.file);
}

/** Each source with its sentence, for the inspect panel: the articles are the project's own. */
function withQuotes(events: ConflictEvent[], articles: { file: string; text: string }[]): ConflictEvent[] {
	const raw = new Map(articles.map((a) => [a.file, a.text]));
	const masked = new Map<string, string>();
	const textOf = (file: string) => {
		let text = masked.get(file);
		if (text === undefined) {
			text = maskMarkup(raw.get(file) ?? '');
			masked.set(file, text);
		}
		return text;
	};
	return events.map((e) => ({
		...e,
		sources: e.sources.map((s) => ({
			...s,
			quote: normaliseSentence(textOf(s.article).slice(s.start, s.end))
		}))
	}));
}

function lastDate(events: ConflictEvent[]): IsoDate | null {
	let last: IsoDate | null = null;
	for (const e of events) if (e.date !== null && (last === null || e.date > last)) last = e.date;
	return last;
}

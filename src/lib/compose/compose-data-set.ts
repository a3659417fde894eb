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
import { manifestTheatre, type Theatre } from '../project/theatre';
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
	/**
	 * `runPipeline(articles, context)` when the caller already has it (the shell's worker pool; the review
	 * server, which reads the articles once and rebuilds only from the decisions on). `articles` still
	 * gives the texts: the sources quote them and the decisions are keyed by their sentences.
	 */
	pipeline?: PipelineOutput;
	/** The project's curated events (`geodata/events.json`) as parsed JSON, with its path for messages; needed when there are no articles. */
	curated: { doc: unknown; file: string } | null;
	context: PipelineContext;
	entries: GazetteerEntry[];
	territory: TerritoryData;
	/** The project's theatre.json: timeline start, titles, bounds, reference point, attribution. */
	theatre: Theatre;
	/**
	 * The analyst's decisions (review.json as text, with its path for messages), applied to the
	 * articles' events before the territorial model. Only with `articles`. A broken file throws.
	 */
	review?: { text: string; file: string } | null;
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
	const { theatre } = input;
	const start = theatre.timelineStart;
	const diagnostics: Diagnostic[] = [...(input.prior ?? [])];
	let events: ConflictEvent[];
	let mentions: ResolvedMention[];
	let sources: ManifestSource[];
	let end: IsoDate;
	if (input.articles) {
		const out = input.pipeline ?? runPipeline(input.articles, input.context);
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
		end = lastDate(events) ?? start;
	} else {
		if (!input.curated) throw new Error('curated events are needed when there are no articles');
		const curated = curatedEvents(input.curated.doc, input.curated.file, index.entries, actors);
		// one start: the curated file's must be the theatre's, or the two would describe different maps
		if (curated.timeline.start !== start)
			throw new Error(
				`${input.curated.file}: timeline.start ${curated.timeline.start} differs from the theatre's timelineStart ${start}`
			);
		appendAll(diagnostics, curated.diagnostics);
		({ events, mentions, sources } = curated);
		end = curated.timeline.end;
		// the curated default is the project's own reviewed reading
		events = events.map((e) => ({ ...e, reviewed: true }));
	}
	if (end < start) end = start;
	const timeline = { start, end };
	// the reference point of the distance figure: the gazetteer's position of its place, else its own
	const ref = theatre.distanceReference;
	const refEntry = ref?.placeId ? index.entries.get(ref.placeId) : undefined;
	const reference = ref
		? refEntry
			? { lon: refEntry.lon, lat: refEntry.lat }
			: { lon: ref.lon, lat: ref.lat }
		: null;
	const layers = buildLayers({
		gazetteer: input.entries,
		events,
		sources,
		...input.territory,
		...timeline,
		attribution: theatre.attribution,
		title: theatre.title.en,
		distanceReference: reference,
		theatre: manifestTheatre(theatre, reference)
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

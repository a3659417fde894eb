// The pipeline, one stage per file:
//   parseArticle → extractMentions → resolvePlaces → buildEvents (per article) → mergeEvents → toGeojson
import type { ArticleMeta, ConflictEvent, Diagnostic, IsoDate, ResolvedMention } from '../domain/types';
import type { GazetteerIndex } from '../gazetteer/gazetteer-index';
import { maskMarkup } from '../text/mask-markup';
import { sentenceSpans, type Span } from '../text/sentences';
import { analyseAll, type Token } from '../text/nlp';
import { buildEvents } from './build-events';
import type { ActorPattern } from './actor-names';
import { DEFAULT_PIPELINE_OPTIONS, type PipelineOptions } from './config';
import {
	anchorByAgreement,
	changeDays,
	type ChangeDays,
	batchDays,
	batchFacts,
	datedByBatch,
	datedByLatest,
	datedOn,
	factDays
} from './corroborate-date';
import { extractMentions } from './extract-mentions';
import { findUnresolved } from './find-unresolved';
import { mergeEvents } from './merge-events';
import { ARTICLE_LIMITS } from './limits';
import { parseArticle } from './parse-article';
import { referenceDate } from './reference-date';
import { resolvePlaces } from './resolve-places';
import { appendAll } from '../util/append-all';

export interface PipelineContext {
	index: GazetteerIndex;
	stopwords: Set<string>;
	actors: ActorPattern[];
	/** `--published`: the date for articles that state none. */
	published: IsoDate | null;
	/** The theatre's country entry: where a collapse of the state ("the government has fallen") is placed. */
	countryId?: string | null;
	/**
	 * The countries of the theatre (ISO 3166-1 alpha-2; the gazetteer config's countries kept whole): an
	 * event at a place of another country (a neighbour's capital in a related-news box) is left out.
	 * Absent (a gazetteer config keeping no country whole): no such check.
	 */
	theatreCountries?: string[];
	/** The extractor's knobs (./config.ts); the defaults when absent. */
	options?: PipelineOptions;
	/** Milliseconds from any fixed origin (the shell passes `performance.now`). With it, an article that
	 *  takes longer than ARTICLE_LIMITS.maxMillisecondsPerArticle is dropped with an error naming it;
	 *  without it (tests, eval) there is no time limit and output depends on the input alone. */
	clock?: () => number;
}

/** Thrown between stages when an article ran out of time; caught per article. */
class ArticleTimeLimit extends Error {}

export interface PipelineOutput {
	articles: ArticleMeta[];
	mentions: ResolvedMention[];
	events: ConflictEvent[];
	diagnostics: Diagnostic[];
}

/** One article's share of the output, in the order `assemblePipeline` concatenates it. */
export interface ArticleResult {
	/** Null when the article was dropped (out of time): it is then not among the sources. */
	meta: ArticleMeta | null;
	mentions: ResolvedMention[];
	events: ConflictEvent[];
	diagnostics: Diagnostic[];
}

/** Runs every stage over the given article texts (file name → text), in file-name order. */
export function runPipeline(
	files: { file: string; text: string }[],
	context: PipelineContext
): PipelineOutput {
	const sorted = [...files].sort((a, b) => compareFiles(a.file, b.file));
	const parsedAll = sorted.map(({ file, text }) =>
		parseArticle(file, text, { published: context.published })
	);
	// dated articles first: what they say happened dates the undated ones (./corroborate-date.ts)
	const undated = (p: (typeof parsedAll)[number]) => p.article.meta.published === null;
	const results: (ArticleResult | null)[] = parsedAll.map((parsed) =>
		undated(parsed) ? null : runArticle(parsed, null, context)
	);
	if (parsedAll.some(undated)) {
		const batch = batchDates(
			parsedAll.map((p) => p.article.meta.published),
			results.filter((r): r is ArticleResult => r !== null)
		);
		parsedAll.forEach((parsed, i) => {
			if (undated(parsed)) results[i] = runArticle(parsed, batch, context);
		});
	}
	return assemblePipeline(results as ArticleResult[]);
}

/** What an undated article is read against: the batch's latest publication date and the dated articles' facts. */
export interface BatchDates {
	latest: IsoDate | null;
	facts: string[];
	/** The earliest day the dated articles give each change of hands ("place kind side day", corroborate-date.ts batchDays). */
	days: string[];
}

/** A batch's facts by the earliest day the dated articles give them, made once per batch. */
const FACT_DAYS = new WeakMap<BatchDates, ReadonlyMap<string, IsoDate>>();
function factDaysOf(batch: BatchDates): ReadonlyMap<string, IsoDate> {
	let days = FACT_DAYS.get(batch);
	if (!days) FACT_DAYS.set(batch, (days = factDays(batch.days)));
	return days;
}

/** A batch's changes of hands by place, kind family and side, made once per batch. */
const CHANGE_DAYS = new WeakMap<BatchDates, ChangeDays>();
function changeDaysOf(batch: BatchDates): ChangeDays {
	let days = CHANGE_DAYS.get(batch);
	if (!days) CHANGE_DAYS.set(batch, (days = changeDays(batch.days)));
	return days;
}

/** A batch's facts as a set, made once per batch (several undated articles read against it). */
const FACT_SETS = new WeakMap<BatchDates, ReadonlySet<string>>();
function factSet(batch: BatchDates): ReadonlySet<string> {
	let set = FACT_SETS.get(batch);
	if (!set) FACT_SETS.set(batch, (set = new Set(batch.facts)));
	return set;
}

const sameSpans = (a: Span[], b: Span[]) =>
	a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);

/** The BatchDates of a batch, from every article's publication date and the dated articles' results. */
export function batchDates(published: (IsoDate | null)[], datedResults: ArticleResult[]): BatchDates {
	const events = datedResults.flatMap((r) => r.events);
	return { latest: latestPublished(published), facts: batchFacts(events), days: batchDays(events) };
}

/** The order articles are read and their results joined in: by file name (code units, not locale). */
export const compareFiles = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The latest publication date of a batch: what an undated article's weekdays are read against. */
export function latestPublished(dates: (IsoDate | null)[]): IsoDate | null {
	return (
		dates
			.filter((d): d is IsoDate => d !== null)
			.sort()
			.pop() ?? null
	);
}

/**
 * The stages after parsing for one article, bounded by the clock (see PipelineContext.clock). `batch`
 * (batchDates of the whole batch) is read only when the article has no publication date.
 * Pure per article: the same article, batch and context give the same result in any process or thread.
 */
export function runArticle(
	parsed: ReturnType<typeof parseArticle>,
	batch: BatchDates | null,
	context: PipelineContext
): ArticleResult {
	const file = parsed.article.meta.file;
	const started = context.clock?.() ?? 0;
	const limit = ARTICLE_LIMITS.maxMillisecondsPerArticle;
	// Called after each stage: stages are linear in the article's size, so the overrun is at most one stage.
	const checkTime = (stage: string) => {
		const elapsed = context.clock ? context.clock() - started : 0;
		if (elapsed > limit)
			throw new ArticleTimeLimit(
				`${file}: stopped after ${(elapsed / 1000).toFixed(1)} s, when ${stage} ended (the limit is ${limit / 1000} s per article); none of its places or events are used`
			);
	};
	try {
		return { meta: parsed.article.meta, ...processArticle(parsed, batch, context, checkTime) };
	} catch (e) {
		if (!(e instanceof ArticleTimeLimit)) throw e;
		const diagnostic: Diagnostic = {
			level: 'error',
			code: 'article-time-limit',
			message: e.message,
			article: file,
			start: null,
			end: null
		};
		return { meta: null, mentions: [], events: [], diagnostics: [diagnostic] };
	}
}

/** Joins the results of a batch's articles, given in file-name order, and merges their events. */
export function assemblePipeline(results: ArticleResult[]): PipelineOutput {
	const articles: ArticleMeta[] = [];
	const mentions: ResolvedMention[] = [];
	const events: ConflictEvent[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const result of results) {
		if (result.meta) articles.push(result.meta);
		appendAll(mentions, result.mentions);
		appendAll(events, result.events);
		appendAll(diagnostics, result.diagnostics);
	}
	return { articles, mentions, events: mergeEvents(events).items, diagnostics };
}

/** The stages after parsing, for one article; `checkTime(stage)` after each may throw ArticleTimeLimit. */
function processArticle(
	parsed: ReturnType<typeof parseArticle>,
	batch: BatchDates | null,
	context: PipelineContext,
	checkTime: (stage: string) => void
): { mentions: ResolvedMention[]; events: ConflictEvent[]; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [...parsed.diagnostics];
	const article = parsed.article;
	const text = article.text;
	const latest = batch?.latest ?? null;
	const reference = article.meta.published ? null : referenceDate(article, latest);
	const dated = reference
		? {
				...article,
				meta: { ...article.meta, published: reference.date, published_from: 'latest-stated' as const }
			}
		: article;
	// markup masked once for every stage (offsets unchanged)
	const masked = maskMarkup(text);
	const sentences = sentenceSpans(masked, article.bodyStart);
	checkTime('splitting sentences');
	const found = extractMentions(article, { index: context.index, stopwords: context.stopwords, masked });
	checkTime('finding place names');
	const cap = ARTICLE_LIMITS.maxMentionsPerArticle;
	if (found.items.length > cap) {
		const first = found.items[cap]!;
		diagnostics.push({
			level: 'warning',
			code: 'too-many-mentions',
			message: `${article.meta.file}: ${found.items.length} place mentions, more than the limit of ${cap}; only the first ${cap} are used`,
			article: article.meta.file,
			start: first.start,
			end: found.items[found.items.length - 1]!.end
		});
		found.items.length = cap;
	}
	const resolved = resolvePlaces(article, found.items, {
		index: context.index,
		sentences,
		masked,
		fuzzyContextKm: (context.options ?? DEFAULT_PIPELINE_OPTIONS).fuzzyContextKm
	});
	checkTime('resolving places');
	// the sentences' tokens do not depend on the date: read once however many dates an undated article is tried on
	let remembered: { spans: Span[]; tokens: Token[][] } | null = null;
	const analyse = (t: string, spans: Span[]) => {
		if (remembered && sameSpans(remembered.spans, spans)) return remembered.tokens;
		remembered = { spans, tokens: analyseAll(t, spans) };
		return remembered.tokens;
	};
	const read = (a: typeof article) =>
		buildEvents(a, resolved.items, {
			entries: context.index.entries,
			sentences,
			actors: context.actors,
			countryId: context.countryId ?? null,
			...(context.theatreCountries ? { theatreCountries: context.theatreCountries } : {}),
			...(context.options ? { options: context.options } : {}),
			masked,
			analyse
		});
	// no date given: the day at which its events agree with the dated articles', if one does. A date the
	// text states is only a bound ("since the push began on 27 November" in a report of 7 December): the
	// day is sought from it on; only when no day agrees is the text read against the bound itself
	const options = context.options ?? DEFAULT_PIPELINE_OPTIONS;
	const anchored =
		!article.meta.published &&
		latest &&
		batch &&
		batch.facts.length > 0 &&
		text.length <= options.anchorMaxChars
			? anchorByAgreement(
					article,
					latest,
					factSet(batch),
					options,
					read,
					reference?.date ?? null,
					changeDaysOf(batch)
				)
			: null;
	if (anchored) diagnostics.push(anchored.diagnostic);
	else if (reference) diagnostics.push(reference.diagnostic);
	let built = anchored ? { items: anchored.events, diagnostics: anchored.diagnostics } : read(dated);
	// what it still leaves undated, the dated articles may date (a fact they tell)
	if (!article.meta.published && batch && batch.days.length > 0) {
		const { events, borrowed } = datedByBatch(built.items, factDaysOf(batch));
		if (borrowed > 0) {
			built = { ...built, items: events };
			diagnostics.push({
				level: 'info',
				code: 'date-from-batch',
				message: `${article.meta.file}: ${borrowed} event(s) the text leaves undated take the day the dated articles give the same fact`,
				article: article.meta.file,
				start: null,
				end: null
			});
		}
	}
	// an article anchored by its weekdays was written on or after the latest day it gives: what it still leaves
	// undated ("fighting went on in X", its "today") is told as of then, as a dated report's is of its day
	if (anchored) built = { ...built, items: datedByLatest(built.items) };
	// one read against the latest date its text states, a bound, left undated the changes of hands the batch
	// could date; those it did not are told as of the bound, the nearest day the text supports
	else if (reference) built = { ...built, items: datedOn(built.items, reference.date) };
	checkTime('building events');
	appendAll(diagnostics, found.diagnostics);
	appendAll(diagnostics, resolved.diagnostics);
	appendAll(diagnostics, built.diagnostics);
	// a set, not a scan of found.diagnostics per unresolved name: that was quadratic in article size
	const alreadyReported = new Set(found.diagnostics.map((d) => `${d.code} ${d.start}`));
	appendAll(
		diagnostics,
		findUnresolved(article, found.items, masked).filter((u) => !alreadyReported.has(`${u.code} ${u.start}`))
	);
	checkTime('looking for unknown places');
	return { mentions: resolved.items, events: built.items, diagnostics };
}

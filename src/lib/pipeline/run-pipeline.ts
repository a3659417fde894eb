// The pipeline, one stage per file:
//   parseArticle → extractMentions → resolvePlaces → buildEvents (per article) → mergeEvents → toGeojson
import type { ArticleMeta, ConflictEvent, Diagnostic, IsoDate, ResolvedMention } from '../domain/types';
import type { GazetteerIndex } from '../gazetteer/gazetteer-index';
import { maskMarkup } from '../text/mask-markup';
import { sentenceSpans } from '../text/sentences';
import { buildEvents, type ActorPattern } from './build-events';
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
}

export interface PipelineOutput {
	articles: ArticleMeta[];
	mentions: ResolvedMention[];
	events: ConflictEvent[];
	diagnostics: Diagnostic[];
}

/** Runs every stage over the given article texts (file name → text), in file-name order. */
export function runPipeline(files: { file: string; text: string }[], context: PipelineContext): PipelineOutput {
	const articles: ArticleMeta[] = [];
	const mentions: ResolvedMention[] = [];
	const events: ConflictEvent[] = [];
	const diagnostics: Diagnostic[] = [];
	const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const parsedAll = sorted.map(({ file, text }) => parseArticle(file, text, { published: context.published }));
	const latest = parsedAll.map((p) => p.article.meta.published).filter((d): d is IsoDate => d !== null).sort().pop() ?? null;
	for (const parsed of parsedAll) {
		const article = parsed.article;
		const text = article.text;
		articles.push(article.meta);
		appendAll(diagnostics, parsed.diagnostics);
		const reference = article.meta.published ? null : referenceDate(article, latest);
		if (reference) diagnostics.push(reference.diagnostic);
		const dated = reference ? { ...article, meta: { ...article.meta, published: reference.date } } : article;
		const sentences = sentenceSpans(maskMarkup(text), article.bodyStart);
		const found = extractMentions(article, { index: context.index, stopwords: context.stopwords });
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
		const resolved = resolvePlaces(article, found.items, { index: context.index, sentences });
		const built = buildEvents(dated, resolved.items, { entries: context.index.entries, sentences, actors: context.actors, countryId: context.countryId ?? null });
		appendAll(mentions, resolved.items);
		appendAll(events, built.items);
		appendAll(diagnostics, found.diagnostics);
		appendAll(diagnostics, resolved.diagnostics);
		appendAll(diagnostics, built.diagnostics);
		// a set, not a scan of found.diagnostics per unresolved name: that was quadratic in article size
		const alreadyReported = new Set(found.diagnostics.map((d) => `${d.code} ${d.start}`));
		appendAll(diagnostics, findUnresolved(article, found.items).filter((u) => !alreadyReported.has(`${u.code} ${u.start}`)));
	}
	return { articles, mentions, events: mergeEvents(events).items, diagnostics };
}


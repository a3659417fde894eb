// The pipeline, one stage per file:
//   parseArticle → extractMentions → resolvePlaces → buildEvents (per article) → mergeEvents → toGeojson
import type { ArticleMeta, ConflictEvent, Diagnostic, GazetteerEntry, IsoDate, ResolvedMention } from '../domain/types';
import type { GazetteerIndex } from '../gazetteer/gazetteer-index';
import { maskMarkup } from '../text/mask-markup';
import { sentenceSpans } from '../text/sentences';
import { buildEvents, type ActorPattern } from './build-events';
import { extractMentions } from './extract-mentions';
import { findUnresolved } from './find-unresolved';
import { mergeEvents } from './merge-events';
import { parseArticle } from './parse-article';
import { resolvePlaces } from './resolve-places';

export interface PipelineContext {
	index: GazetteerIndex;
	stopwords: Set<string>;
	actors: ActorPattern[];
	/** `--published`: the date for articles that state none. */
	published: IsoDate | null;
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
	for (const { file, text } of sorted) {
		const parsed = parseArticle(file, text, { published: context.published });
		const article = parsed.article;
		articles.push(article.meta);
		diagnostics.push(...parsed.diagnostics);
		const sentences = sentenceSpans(maskMarkup(text), article.bodyStart);
		const found = extractMentions(article, { index: context.index, stopwords: context.stopwords });
		const resolved = resolvePlaces(article, found.items, { index: context.index, sentences });
		const built = buildEvents(article, resolved.items, { entries: context.index.entries, sentences, actors: context.actors });
		mentions.push(...resolved.items);
		events.push(...built.items);
		diagnostics.push(...found.diagnostics, ...resolved.diagnostics, ...built.diagnostics, ...findUnresolved(article, found.items));
	}
	return { articles, mentions, events: mergeEvents(events).items, diagnostics };
}

export type { GazetteerEntry };

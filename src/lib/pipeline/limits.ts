// Bounds on the work one article may cause, so one hostile or broken file cannot stall a whole batch.
export const ARTICLE_LIMITS = {
	/** Place mentions kept per article. A long news report names a few hundred places; past this
	 *  the file is a list or a dump, and the rest are dropped with a warning naming the article. */
	maxMentionsPerArticle: 20_000,
	/** Wall-clock time one article may take, checked between stages (only when the caller gives a clock).
	 *  A 2 MB article of 200,000 names, the worst the size and mention caps let through, takes about
	 *  2–3 s (npm run bench); ten times that is a file the stages cannot cope with, and the batch goes on without it.
	 *  (An undated article is built against several dates only up to PipelineOptions.anchorMaxChars, 100 KB.) */
	maxMillisecondsPerArticle: 30_000
};

// Bounds on the work one article may cause, so one hostile or broken file cannot stall a whole batch.
export const ARTICLE_LIMITS = {
	/** Place mentions kept per article. A long news report names a few hundred places; past this
	 *  the file is a list or a dump, and the rest are dropped with a warning naming the article. */
	maxMentionsPerArticle: 20_000
};

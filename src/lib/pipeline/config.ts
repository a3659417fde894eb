// Tunable knobs of the pipeline, one per line with the reason, like territory/config.ts.
// Lexicons (which words mean what) are in ./lexicon/; these are distances and limits.

export interface PipelineOptions {
	/** Words after a head within which its object place may stand ("seized the strategic town of X": 5). */
	objectWindow: number;
	/** Words before a head within which its subject place may stand ("X, a town on the M5, fell": 8). */
	subjectWindow: number;
	/** Words either side within which a hostilities or strike head finds its place. */
	aroundWindow: number;
	/** Words between a light verb and its control noun ("took full and effective control"). */
	lightVerbGap: number;
	/** Words before a head searched for modality (intent, future, failure, denial). */
	modalityWindow: number;
	/** How far back a denial reaches when a "that" stands between it and the head ("denied reports by state
	 *  media and other outlets that rebels had taken X"): a reported clause runs longer than a modal's reach. */
	denialWindow: number;
	/** Words before a head searched for restatement markers ("after their earlier capture of"). */
	restatementWindow: number;
	/** Words before a region searched for its extent ("most of the countryside of Hama"). */
	extentWindow: number;
	/** Words before a city searched for how much of it ("half of the embattled city of X"): a city is named
	 *  with its title ("the northern city of"), longer than a region's. */
	cityExtentWindow: number;
	/** Sentences back that "the city" / "the town" may refer to. */
	anaphorSentences: number;
	/** Longest stretch the NLP model reads at once: news sentences run to a few hundred characters. */
	maxSentenceChars: number;
	/** Sentences back whose named side is the actor of a head with none ("They captured Aleppo"). */
	actorSentences: number;
	/** An article with no date at all is tried as written on each of this many days before the batch's
	 *  latest (and on it): the offensive's news runs about two weeks, and a report rarely tells older events. */
	anchorWindowDays: number;
	/** Events that must fall on the dated articles' days before an undated article is anchored. One is
	 *  enough because the week must also beat every other week (a town fought over all fortnight agrees
	 *  in any week, and so decides none). */
	anchorMinAgreeing: number;
	/** With no week agreeing exactly, the week whose changes of hands fall nearest the days the dated articles
	 *  give the same side's changes at the same places must be nearer in total than any other by this many
	 *  days. A week's shift moves each event 7 days: 3 lets one event decide when the other weeks leave it at
	 *  least 3 days further off. */
	anchorNearMarginDays: number;
	/** …and its changes of hands must fall, on average, within this many days of those: a week that is only
	 *  less far off than the others (the right one beyond the window) is none. */
	anchorNearMeanDays: number;
	/** Longest undated article tried on several dates: each try builds its events again (the model's reading
	 *  is shared), and a news report is a few KB; a longer file keeps its undated events. */
	anchorMaxChars: number;
	/** How far from a sub-region's point (a plain, "the western countryside of X") a place told as taken,
	 *  without a date, after the region was told taken on a day, is one of the region's places and takes
	 *  that day. About a countryside's reach from its point; a governorate's places are known by name. */
	regionDetailKm: number;
	/** A name matched only by a near spelling is that place only if it lies this close to a place the same
	 *  sentence names exactly, or in the governorate of one, when it names any: an unknown village spelled
	 *  like a town across the country ("Kafraa" by Hama is not Kafraya by Idlib, 87 km away) is no place.
	 *  About a countryside's reach. */
	fuzzyContextKm: number;
	/** Days from an offensive's first day to the day of writing after which the gains a report tells of it
	 *  ("launched their offensive on 27 November, capturing X") sum up its course: they are undated, not
	 *  that first day's. On the next day's report they are that day's news; two days on, towns had fallen
	 *  on days untold. */
	launchSummaryDays: number;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
	objectWindow: 14,
	subjectWindow: 10,
	aroundWindow: 16,
	lightVerbGap: 3,
	modalityWindow: 6,
	denialWindow: 14,
	restatementWindow: 3,
	extentWindow: 5,
	cityExtentWindow: 8,
	anaphorSentences: 3,
	actorSentences: 2,
	anchorWindowDays: 14,
	anchorMinAgreeing: 1,
	anchorNearMarginDays: 3,
	anchorNearMeanDays: 2,
	anchorMaxChars: 100_000,
	regionDetailKm: 30,
	fuzzyContextKm: 40,
	launchSummaryDays: 2,
	maxSentenceChars: 2000
};

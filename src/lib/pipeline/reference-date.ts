// An undated article read among dated ones: the date its weekdays are read against.
import type { Article, Diagnostic, IsoDate } from '../domain/types';
import { findDateExpressions, isCaptionDate } from '../text/date-expressions';
import { maskMarkup } from '../text/mask-markup';
import { addDays } from '../geo/days';
import { isOffensiveStart } from './offensive-start';

/** How many days before a start the page tells a date must lie to be history rather than the page's news. */
const HISTORY_BEFORE_START_DAYS = 7;

/**
 * An article without a publication date, read in a batch of dated ones, is taken to be of the batch's
 * year; its latest explicit date ("on November 29") then anchors its weekdays. Said as a warning, and
 * the article's own `published` stays null. Not the day an offensive began ("the offensive was launched on
 * November 27"): a report recalls it as background on any later day, and read as the day of writing it
 * would put all the report tells on the offensive's first day. Nor a date more than a week before that
 * beginning: the page tells of the offensive, so it is later than the older note it cites.
 */
export function referenceDate(
	article: Article,
	batchLatest: IsoDate | null
): { date: IsoDate; diagnostic: Diagnostic } | null {
	if (!batchLatest) return null;
	const yearEnd = `${batchLatest.slice(0, 4)}-12-31`;
	const masked = maskMarkup(article.text);
	let began = '';
	const stated: IsoDate[] = [];
	for (const e of findDateExpressions(masked, { start: article.bodyStart, end: masked.length }, yearEnd)) {
		if ((e.kind !== 'explicit' && e.kind !== 'since') || !e.date || e.date > batchLatest) continue;
		if (isCaptionDate(masked, e)) continue;
		if (isOffensiveStart(masked, e)) began = e.date > began ? e.date : began;
		else stated.push(e.date);
	}
	// a page that tells the offensive began on a day was written on or after it: its dates long before (the day
	// of an older note of its own that it cites) are history, not the day of writing; one of the days just
	// before is the page's news still (another side's operation "launched on 6 December" after a capture on
	// the 5th)
	const history = began ? addDays(began, -HISTORY_BEFORE_START_DAYS) : '';
	const date = stated
		.filter((d) => d >= history)
		.sort()
		.pop();
	if (!date) return null;
	return {
		date,
		diagnostic: {
			level: 'warning',
			code: 'reference-date-inferred',
			message: `${article.meta.file}: no publication date; weekdays are read against ${date}, the latest date the text states (year from the other articles)`,
			article: article.meta.file,
			start: null,
			end: null
		}
	};
}

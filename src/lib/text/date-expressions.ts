// Date expressions in news text, resolved against the publication date (REFERENCE.md "Dates in news"):
// a bare weekday is the latest such day on or before publication; "overnight" in a Saturday article is
// the night into Saturday; explicit past years are history, never current events.
import type { IsoDate } from '../domain/types';
import { addDays, dayNumber, isoDate, weekday } from '../geo/days';
import type { Span } from './sentences';
import { allMatches } from './all-matches';
import { NUMBER_WORDS } from './number-words';

export type DateExpressionKind =
	'explicit' | 'weekday' | 'relative' | 'week' | 'since' | 'historical' | 'comparative';

export interface DateExpression extends Span {
	kind: DateExpressionKind;
	/** The day meant, or null when it cannot be known (no publication date, or history). */
	date: IsoDate | null;
	/** 1 day, 2 week, 3 month (ACLED time_precision). */
	precision: 1 | 2 | 3;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name or its abbreviation, as one capture group (a dateline's "Dec 3" reads it too). */
export const MONTH =
	'(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d{4})(?!\\s*(?:st|nd|rd|th)?\\s*\\d)`, 'g');
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d{4})`, 'g');
const WEEKDAY_RE = new RegExp(
	`\\b(?:(?:on|early|earlier|late|last|since)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
	'g'
);
const RELATIVE =
	/\b(today|this morning|this afternoon|this evening|tonight|yesterday|last night|overnight|earlier today|now|a day (?:after|earlier|before|prior(?! to\b))|the day (?:before|prior(?! to\b))|the previous day)\b/gi;
/** "two days ago", "a week ago", "48 hours ago": counted back from publication (a week and more: to the week). */
const AGO = /\b(a|an|one|two|three|four|five|six|seven|\d{1,3})\s+(hours?|days?|weeks?)\s+ago\b/gi;
/** "a day ago" is one day; vague counts ("several") are not in the pattern. */
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS };
const WEEK =
	/\b((?:earlier |later )?this week|in recent days|(?:in )?the past (?:few|two|three|four|several) days)\b/gi;
const MONTH_YEAR = new RegExp(`\\b(?:since |in )?${MONTH}\\s+(\\d{4})\\b`, 'g');
const YEAR = /\b(?:since |in |the )?((?:19|20)\d{2})(?:[-–](\d{2,4}))?\b/g;
const COMPARATIVE_BEFORE =
	/\b(first|largest|biggest|most|worst|heaviest|deadliest|major|significant|strongest|greatest|intense|largest-ever)\b[^.]{0,120}$/i;

function monthIndex(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function makeDate(year: number, month: number, day: number): IsoDate | null {
	const iso = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	try {
		dayNumber(iso);
		return iso;
	} catch {
		return null;
	}
}

/** The latest `weekdayName` on or before `published`. */
export function lastWeekdayOnOrBefore(published: IsoDate, weekdayIndex: number): IsoDate {
	const back = (weekday(published) - weekdayIndex + 7) % 7;
	return addDays(published, -back);
}

/** A month-day without a year: the publication year, or the one before when that would be in the future. */
function yearless(published: IsoDate | null, month: number, day: number): IsoDate | null {
	if (!published) return null;
	const year = Number(published.slice(0, 4));
	const same = makeDate(year, month, day);
	if (same && dayNumber(same) <= dayNumber(published) + 1) return same;
	return makeDate(year - 1, month, day);
}

/** "the past two days": a counted span ending at publication, whose middle is half of it back. */
const COUNTED_DAYS = /\bpast (two|three|four) days\b/i;

/** Where a span of days ends up dated: the middle of a counted span ("the past two days": the day before
 *  publication), else the middle of the publication week. */
function spanMiddle(published: IsoDate, phrase: string): IsoDate {
	const counted = COUNTED_DAYS.exec(phrase);
	if (counted) return addDays(published, -Math.ceil(NUMBER_WORDS[counted[1]!.toLowerCase()]! / 2));
	return middleOfWeek(published);
}

/** The middle of the publication week (Thursday), not after publication: ACLED's week precision. */
function middleOfWeek(published: IsoDate): IsoDate {
	const monday = addDays(published, -((weekday(published) + 6) % 7));
	const thursday = addDays(monday, 3);
	return dayNumber(thursday) <= dayNumber(published) ? thursday : published;
}

function overlaps(found: DateExpression[], start: number, end: number): boolean {
	return found.some((f) => start < f.end && end > f.start);
}

// The helpers of findDateExpressions are module functions, not closures made per call: under tsx, which names
// every function it compiles, making three closures per sentence cost more than the searches themselves.

/** Keeps a match unless it overlaps one found before (the families run most explicit first). */
function addFound(
	found: DateExpression[],
	offset: number,
	m: RegExpExecArray,
	kind: DateExpressionKind,
	date: IsoDate | null,
	precision: 1 | 2 | 3
): void {
	const start = offset + m.index;
	const end = start + m[0].length;
	if (!overlaps(found, start, end)) found.push({ start, end, kind, date, precision });
}

/** A year before the publication year is history (none is, without a publication date). */
const isHistory = (year: number, pubYear: number | null) => (pubYear !== null ? year < pubYear : false);

/** A superlative shortly before: "the largest offensive since 2016" compares, it dates nothing. */
const comparativeBefore = (slice: string, index: number) =>
	COMPARATIVE_BEFORE.test(slice.slice(Math.max(0, index - 140), index));

/** All date expressions in `text[span]`, earliest first; overlapping matches keep the more explicit one. */
/** Without one of these, no expression below can match: a cheap test first. */
const ANY_DATE_WORD =
	/\d|day|night|week|now|today|tonight|yesterday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

export function findDateExpressions(text: string, span: Span, published: IsoDate | null): DateExpression[] {
	const slice = text.slice(span.start, span.end);
	if (!ANY_DATE_WORD.test(slice)) return [];
	const found: DateExpression[] = [];
	const pubYear = published ? Number(published.slice(0, 4)) : null;
	// each family runs only when its telltale is there: most sentences have no month name or digit
	const hasMonth = MONTH_WORD.test(slice);
	const hasDigit = /\d/.test(slice);
	if (hasMonth && hasDigit)
		for (const m of allMatches(MONTH_DAY_YEAR, slice)) {
			const date = makeDate(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
			addFound(
				found,
				span.start,
				m,
				date && isHistory(Number(m[3]), pubYear) ? 'historical' : 'explicit',
				date,
				1
			);
		}
	if (hasMonth && hasDigit)
		for (const m of allMatches(DAY_MONTH_YEAR, slice)) {
			const date = makeDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
			addFound(
				found,
				span.start,
				m,
				date && isHistory(Number(m[3]), pubYear) ? 'historical' : 'explicit',
				date,
				1
			);
		}
	if (hasDigit)
		for (const m of allMatches(ISO, slice))
			addFound(found, span.start, m, 'explicit', makeDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 1);
	if (hasMonth && hasDigit)
		for (const m of allMatches(MONTH_YEAR, slice)) {
			const year = Number(m[2]);
			// "since November 2024", "since late November 2024": where a period starts, not a day anything happened
			const since =
				/^since/i.test(m[0]) ||
				/\bsince\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(slice.slice(Math.max(0, m.index! - 12), m.index));
			const kind = comparativeBefore(slice, m.index!)
				? 'comparative'
				: isHistory(year, pubYear) || pubYear === null
					? 'historical'
					: since
						? 'since'
						: 'explicit';
			addFound(found, span.start, m, kind, makeDate(year, monthIndex(m[1]!), 15), 3);
		}
	if (hasMonth && hasDigit)
		for (const m of allMatches(MONTH_DAY, slice)) {
			const since = /\bsince\s+$/i.test(slice.slice(Math.max(0, m.index! - 7), m.index));
			addFound(
				found,
				span.start,
				m,
				since ? 'since' : 'explicit',
				yearless(published, monthIndex(m[1]!), Number(m[2])),
				1
			);
		}
	if (hasMonth && hasDigit)
		for (const m of allMatches(DAY_MONTH, slice)) {
			const since = /\bsince\s+$/i.test(slice.slice(Math.max(0, m.index! - 7), m.index));
			addFound(
				found,
				span.start,
				m,
				since ? 'since' : 'explicit',
				yearless(published, monthIndex(m[2]!), Number(m[1])),
				1
			);
		}
	if (/day\b/i.test(slice))
		for (const m of allMatches(WEEKDAY_RE, slice)) {
			const date = published ? lastWeekdayOnOrBefore(published, WEEKDAYS.indexOf(m[1]!.toLowerCase())) : null;
			addFound(found, span.start, m, /^since/i.test(m[0]) ? 'since' : 'weekday', date, 1);
		}
	for (const m of allMatches(RELATIVE, slice)) {
		const word = m[1]!.toLowerCase();
		const back = /^(yesterday|last night|a day|the day (?:before|prior)|the previous day)/.test(word) ? 1 : 0;
		addFound(found, span.start, m, 'relative', published ? addDays(published, -back) : null, 1);
	}
	if (/\bago\b/i.test(slice))
		for (const m of allMatches(AGO, slice)) {
			const count = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
			const unit = m[2]!.toLowerCase();
			const days = unit.startsWith('hour')
				? Math.floor(count / 24)
				: unit.startsWith('week')
					? count * 7
					: count;
			addFound(
				found,
				span.start,
				m,
				'relative',
				published ? addDays(published, -days) : null,
				days < 7 ? 1 : 2
			);
		}
	if (/week|days/i.test(slice))
		for (const m of allMatches(WEEK, slice))
			addFound(found, span.start, m, 'week', published ? spanMiddle(published, m[0]) : null, 2);
	if (hasDigit)
		for (const m of allMatches(YEAR, slice)) {
			const year = Number(m[1]);
			// "2024" alone in a 2024 article dates nothing; a past year is history unless it is a comparison.
			if (pubYear !== null && year >= pubYear && !m[2]) continue;
			const kind = comparativeBefore(slice, m.index!) && /^since/i.test(m[0]) ? 'comparative' : 'historical';
			addFound(found, span.start, m, kind, null, 3);
		}
	return found.sort((a, b) => a.start - b.start);
}

/** A chronicle's day heading: a line that is a date alone, or a date and a short headline after a dash or a
 *  colon ("5 December – Hama taken", "**November 29**"); a weekday and a year may stand with the date. */
const DAY_HEADING = new RegExp(
	`^[ \\t*#>]*(?:${WEEKDAY},?[ \\t]+)?(?:${DAY}[ \\t]+(?:of[ \\t]+)?${MONTH}|${MONTH}[ \\t]+${DAY})(?:,?[ \\t]+(\\d{4}))?[ \\t*]*(?:[-–—:][ \\t]*([^\\n]{0,80}))?$`,
	'gmu'
);

/** A part of a chronicle: from its day heading on, to the next (or to the end of its own line, in a list). */
export interface DatedSection {
	start: number;
	end: number;
	date: IsoDate;
}

/** How many days before a chronicle's latest heading another may date: older ones head history (a war's
 *  timeline of past years), not the days the report covers. */
const CHRONICLE_SPAN_DAYS = 45;

/**
 * The days of a chronicle ("how it unfolded": a heading per day, what happened under it), earliest heading
 * first. A page needs two headings of different days to be one: a date alone on a line once is the page's
 * own date. A day without a year takes the publication's; without a publication date it dates nothing.
 * Headings after the publication, or long before the latest heading, head nothing. Headings with a headline
 * of their own that follow each other with nothing between them list dates ("Key dates: 27 Nov: …"): each
 * heads only its own line, not the text after the list; a bare heading with nothing under it is a day with
 * nothing told.
 */
export function chronicleSections(text: string, published: IsoDate | null): DatedSection[] {
	let found: { start: number; lineEnd: number; date: IsoDate; headline: boolean }[] = [];
	for (const m of allMatches(DAY_HEADING, text)) {
		const [, , dayFirst, monthAfter, monthFirst, dayAfter, year, headline] = m;
		const month = monthIndex((monthAfter ?? monthFirst)!);
		const day = Number(dayFirst ?? dayAfter);
		const date = year ? makeDate(Number(year), month, day) : yearless(published, month, day);
		if (!date || (published && daysBetween(published, date) > 1)) continue;
		found.push({ start: m.index, lineEnd: m.index + m[0].length, date, headline: Boolean(headline?.trim()) });
	}
	const latest = found.reduce<IsoDate | null>((a, s) => (a === null || s.date > a ? s.date : a), null);
	found = found.filter((s) => daysBetween(s.date, latest!) <= CHRONICLE_SPAN_DAYS);
	if (new Set(found.map((s) => s.date)).size < 2) return [];
	const adjacent = (i: number) =>
		i >= 0 && i + 1 < found.length && /^\s*$/.test(text.slice(found[i]!.lineEnd, found[i + 1]!.start));
	return found.map((s, i) => ({
		start: s.start,
		end: s.headline && (adjacent(i) || adjacent(i - 1)) ? s.lineEnd : (found[i + 1]?.start ?? text.length),
		date: s.date
	}));
}

/**
 * A photo caption's date: a full date right before a photo credit ("… - November 30, 2024 (Agency/Name)",
 * "(Photo: Agency)", "… on 3 December 2024. Agency Photo/Name" ending its line). It says when the picture
 * was taken, which may be days before the article: it does not date the article (parse-article.ts,
 * reference-date.ts).
 */
export function isCaptionDate(text: string, expression: Span): boolean {
	const after = text.slice(expression.end, expression.end + 120);
	return PHOTO_CREDIT.test(after) || BARE_PHOTO_CREDIT.test(after);
}
const PHOTO_CREDIT = /^\s*\((?:[^()\n]{2,60}\/[^()\n]{2,60}|(?:photo|picture|image)\b[^()\n]{0,60})\)/i;
/** A credit after the caption's full stop, without brackets, that ends its line: capitalised words, then
 *  "/" and a name ("Agency Photo/Name", "Agency/Name"), or "via" and an agency ("Local Agency via AP", "AFP
 *  via Getty Images"), or "Photo:" / "Photo by" and a name. Case matters, and the line's end: "UN/OCHA
 *  counted …" or "Pictures by activists showed …" go on as prose. */
const BARE_PHOTO_CREDIT =
	/^\.?[ \t]+(?:(?:[A-Z][\w.&-]*[ \t]){0,2}[A-Z][\w.&-]*\/[ \t]?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|(?:[A-Z][\w.&-]*[ \t]){1,4}via[ \t]+[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2}|(?:Photo|Picture|Image)s?(?::|[ \t]+by\b)(?:[ \t]+[A-Z][\w.'’-]*){1,4})[ \t]*(?:\n|$)/;

/** Days between two ISO dates (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return dayNumber(b) - dayNumber(a);
}

export { isoDate };

// Day numbers: whole days since 1970-01-01 UTC. Style expressions cannot parse dates,
// so every dated feature carries these integers next to its ISO dates.
import type { IsoDate } from '../domain/types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates repeat (a corpus names a few days many times): each is parsed once. Bounded. */
const DAY_CACHE = new Map<string, number>();

/** `dayNumber('1970-01-02') === 1`. Throws on anything but a real calendar date. */
export function dayNumber(date: IsoDate): number {
	const cached = DAY_CACHE.get(date);
	if (cached !== undefined) return cached;
	const day = parseDayNumber(date);
	if (DAY_CACHE.size > 10_000) DAY_CACHE.clear();
	DAY_CACHE.set(date, day);
	return day;
}

function parseDayNumber(date: IsoDate): number {
	if (!ISO_DATE.test(date)) throw new Error(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
	if (!isCalendarDate(date)) throw new Error(`date is not a calendar date: ${date}`);
	return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

/** True for a real calendar date written YYYY-MM-DD ("2024-11-31" is not one). Never throws. */
export function isCalendarDate(date: string): boolean {
	const m = ISO_DATE.exec(date);
	if (!m) return false;
	// Date.UTC rolls impossible days over ("11-31" becomes "12-01"): a real date reads back unchanged.
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

/** Day numbers repeat as dates do (every weekday of a batch resolves to a few days): each is written once. Bounded. */
const ISO_CACHE = new Map<number, IsoDate>();

/** `isoDate(1) === '1970-01-02'`. */
export function isoDate(day: number): IsoDate {
	const cached = ISO_CACHE.get(day);
	if (cached !== undefined) return cached;
	if (!Number.isInteger(day)) throw new Error(`day must be an integer, got ${day}`);
	const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
	if (ISO_CACHE.size > 10_000) ISO_CACHE.clear();
	ISO_CACHE.set(day, iso);
	return iso;
}

/** The date `n` days after `date` (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
	return isoDate(dayNumber(date) + n);
}

/** Every date from `start` to `end`, both included. */
export function dateRange(start: IsoDate, end: IsoDate): IsoDate[] {
	const out: IsoDate[] = [];
	for (let d = dayNumber(start); d <= dayNumber(end); d++) out.push(isoDate(d));
	return out;
}

/** Day of week, 0 = Sunday. */
export function weekday(date: IsoDate): number {
	// day 0 (1970-01-01) was a Thursday; no Date object per call
	return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate, weekday } from '../geo/days';
import { chronicleSections, findDateExpressions, lastWeekdayOnOrBefore } from './date-expressions';

function dates(text: string, published: string | null) {
	return findDateExpressions(text, { start: 0, end: text.length }, published).map((e) => ({
		text: text.slice(e.start, e.end),
		kind: e.kind,
		date: e.date
	}));
}

describe('date expressions', () => {
	it('resolves a weekday to the latest such day on or before publication', () => {
		// Thursday 28 Nov 2024: "on Wednesday" is the day before, "Thursday" the same day
		expect(dates('launched on Wednesday', '2024-11-28')).toEqual([
			{ text: 'on Wednesday', kind: 'weekday', date: '2024-11-27' }
		]);
		expect(dates('said on Thursday', '2024-11-28')[0]!.date).toBe('2024-11-28');
		expect(dates('struck earlier Friday', '2024-11-30')[0]!.date).toBe('2024-11-29');
	});
	it('dates overnight, today and yesterday from publication', () => {
		expect(dates('jets struck overnight', '2024-11-30')[0]!.date).toBe('2024-11-30');
		expect(dates('fighting yesterday', '2024-11-30')[0]!.date).toBe('2024-11-29');
		expect(dates('had fallen the day prior', '2024-11-30')[0]!.date).toBe('2024-11-29');
		expect(dates('a day prior, the town fell', '2024-11-30')[0]!.date).toBe('2024-11-29');
		// "the day prior to the fall of X" counts from that fall, not from publication
		expect(dates('fell the day prior to the fall of the city', '2024-11-30')).toEqual([]);
	});
	it('counts "two days ago", "48 hours ago" and "a week ago" back from publication', () => {
		expect(dates('took the town two days ago', '2024-12-05')).toEqual([
			{ text: 'two days ago', kind: 'relative', date: '2024-12-03' }
		]);
		expect(dates('fell 48 hours ago', '2024-12-05')[0]!.date).toBe('2024-12-03');
		expect(dates('entered a week ago', '2024-12-05')[0]!.date).toBe('2024-11-28');
		expect(dates('began eight years ago', '2024-12-05')).toEqual([]);
	});
	it("dates a counted span of days by its middle, and an uncounted one by the week's", () => {
		// written on Sunday 1 Dec: "the past two days" are Friday and Saturday, or Saturday and Sunday
		expect(dates('took the town over the past two days', '2024-12-01')).toEqual([
			{ text: 'the past two days', kind: 'week', date: '2024-11-30' }
		]);
		expect(dates('in the past four days', '2024-12-01')[0]!.date).toBe('2024-11-29');
		// "recent days", "the past few days": the middle of the publication week (Thursday)
		expect(dates('in recent days', '2024-12-01')[0]!.date).toBe('2024-11-28');
		expect(dates('the past few days', '2024-12-01')[0]!.date).toBe('2024-11-28');
	});
	it('reads explicit dates with and without a year', () => {
		expect(dates('clashes since November 27', '2024-11-29')).toEqual([
			{ text: 'November 27', kind: 'since', date: '2024-11-27' }
		]);
		expect(dates('on 27 November', '2024-11-29')[0]!.date).toBe('2024-11-27');
		expect(dates('Published 18:04 IST, November 29th 2024', null)[0]!.date).toBe('2024-11-29');
		expect(dates('03:09 PM, Nov 28, 2024', null)[0]!.date).toBe('2024-11-28');
	});
	it('reads "since (late) November 2024" as where a period starts, and "in November 2024" as the month', () => {
		expect(dates('Since late November 2024, fighting has spread', '2024-12-05')[0]!.kind).toBe('since');
		expect(dates('fighting since November 2024', '2024-12-05')[0]!.kind).toBe('since');
		expect(dates('shelled in November 2024', '2024-12-05')[0]!.kind).toBe('explicit');
	});
	it('never dates history as a current event', () => {
		const found = dates('ousted in 2016; the 2019 agreement; a ceasefire since March 2020', '2024-11-29');
		expect(found.map((f) => f.kind)).toEqual(['historical', 'historical', 'historical']);
		expect(found.every((f) => f.kind !== 'explicit')).toBe(true);
	});
	it('treats "the largest since 2020" as a comparison, not a date', () => {
		expect(dates('the largest offensive since 2020', '2024-11-29')[0]!.kind).toBe('comparative');
	});
	it('leaves weekdays undated without a publication date', () => {
		expect(dates('on Friday', null)[0]!.date).toBeNull();
	});
	it('property: a weekday resolves to that weekday, 0–6 days before publication', () => {
		const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
		fc.assert(
			fc.property(
				fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') }),
				fc.integer({ min: 0, max: 6 }),
				(day, wd) => {
					const published = isoDate(day);
					const resolved = dates(`on ${names[wd]}`, published)[0]!.date!;
					const back = dayNumber(published) - dayNumber(resolved);
					return (
						weekday(resolved) === wd &&
						back >= 0 &&
						back <= 6 &&
						resolved === lastWeekdayOnOrBefore(published, wd)
					);
				}
			)
		);
	});
	it('property: a month-day without year is never after the day after publication', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: dayNumber('2001-01-01'), max: dayNumber('2040-12-31') }),
				fc.integer({ min: -400, max: 400 }),
				(day, offset) => {
					const target = isoDate(day + offset);
					const months = [
						'January',
						'February',
						'March',
						'April',
						'May',
						'June',
						'July',
						'August',
						'September',
						'October',
						'November',
						'December'
					];
					const text = `on ${months[Number(target.slice(5, 7)) - 1]} ${Number(target.slice(8, 10))}`;
					const found = dates(text, isoDate(day))[0];
					return found?.date === null || dayNumber(found!.date!) <= day + 1;
				}
			)
		);
	});
	it('knows 2024-11-30 minus one week', () => {
		expect(addDays('2024-11-30', -7)).toBe('2024-11-23');
	});
});

describe('chronicle sections', () => {
	const days = (text: string, published: string | null = '2024-12-09') =>
		chronicleSections(text, published).map(
			(s) =>
				`${text
					.slice(s.start, s.start + 12)
					.split('\n')[0]!
					.trim()}|${s.date}`
		);
	it('reads each day heading of a chronicle, with or without a headline after it', () => {
		const text = 'Intro line.\n\n27 November – the push opens\n\nText.\n\n**December 1**\n\nMore text.\n';
		expect(days(text)).toEqual(['27 November|2024-11-27', '**December 1|2024-12-01']);
	});
	it("takes one date line alone as the page's own date, not a chronicle", () => {
		expect(days('December 1, 2024\n\nRebels took a town on Sunday.\n')).toEqual([]);
		// two lines of the same day are still one day
		expect(days('December 1, 2024\n\nText.\n\nDecember 1\n\nText.\n')).toEqual([]);
	});
	it('does not take a dated sentence for a heading', () => {
		const text =
			'5 December – the rebels entered the city after a long night of fighting in its northern suburbs, witnesses said.\n\n6 December\n\nText.\n';
		expect(days(text)).toEqual([]);
	});
	it('takes no heading of another year, or after the publication, for a day of the report', () => {
		const text = 'March 15, 2011 - protests\nText.\nDecember 22, 2016 - the city retaken\nText.\n';
		expect(days(text)).toEqual([]);
		expect(days('1 December\nText.\n20 December\nText.\n', '2024-12-09')).toEqual([]);
	});
	it('lets a list of dates head only its own lines, and a chronicle run to the next heading', () => {
		const list = 'Key dates\n27 Nov: the push opens\n29 Nov: a city entered\n\nBody text follows.\n';
		const ends = (text: string) =>
			chronicleSections(text, '2024-12-09').map((s) => text.slice(s.start, s.end));
		expect(ends(list)).toEqual(['27 Nov: the push opens', '29 Nov: a city entered']);
		const chronicle = '27 Nov\n\nText one.\n\n29 Nov\n\nText two.\n';
		expect(ends(chronicle)).toEqual(['27 Nov\n\nText one.\n\n', '29 Nov\n\nText two.\n']);
	});
	it('keeps a day with nothing told a day, and a look back weeks later a chronicle', () => {
		const empty = '2 December\n\n3 December\n\nText.\n\n6 December\n\nMore.\n';
		expect(chronicleSections(empty, '2024-12-10').map((s) => empty.slice(s.start, s.end).trim())).toEqual([
			'2 December',
			'3 December\n\nText.',
			'6 December\n\nMore.'
		]);
		expect(days('27 November\nText.\n5 December\nText.\n', '2025-01-20')).toEqual([
			'27 November|2024-11-27',
			'5 December|2024-12-05'
		]);
	});
	it('dates a heading without a year by the publication, and nothing without one', () => {
		expect(days('30 November\nText.\n2 December\nText.\n', '2025-01-10')).toEqual([
			'30 November|2024-11-30',
			'2 December|2024-12-02'
		]);
		expect(days('30 November\nText.\n2 December\nText.\n', null)).toEqual([]);
		expect(days('30 November 2024\nText.\n2 December 2024\nText.\n', null)).toHaveLength(2);
	});
});

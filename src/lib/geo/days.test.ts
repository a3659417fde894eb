import { describe, expect, it } from 'vitest';
import { addDays, dateRange, dayNumber, isCalendarDate, isoDate, weekday } from './days';

describe('day numbers', () => {
	it('round-trips ISO dates', () => {
		expect(dayNumber('1970-01-01')).toBe(0);
		expect(dayNumber('2024-11-29')).toBe(20056);
		expect(isoDate(20056)).toBe('2024-11-29');
	});
	it('rejects malformed and impossible dates', () => {
		expect(() => dayNumber('2024-11-31')).toThrow(/calendar date/);
		expect(() => dayNumber('29 Nov 2024')).toThrow(/YYYY-MM-DD/);
		expect(() => isoDate(1.5)).toThrow(/integer/);
	});
	it('tells calendar dates from impossible ones without throwing', () => {
		expect(['2024-11-30', '2024-02-29', '2000-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
		expect(
			[
				'2024-11-31',
				'2023-02-29',
				'2024-13-01',
				'2024-00-10',
				'2024-11-00',
				'2024-11-3',
				' 2024-11-30',
				'9999-99-99'
			].map(isCalendarDate)
		).toEqual(Array(8).fill(false));
	});
	it('adds days and lists ranges across a month end', () => {
		expect(addDays('2024-11-30', 1)).toBe('2024-12-01');
		expect(dateRange('2024-11-29', '2024-12-01')).toEqual(['2024-11-29', '2024-11-30', '2024-12-01']);
	});
	it('knows 27 November 2024 was a Wednesday', () => {
		expect(weekday('2024-11-27')).toBe(3);
	});
	it('counts weekdays by arithmetic on both sides of 1970 as the calendar does', () => {
		// day 0 was a Thursday; days before it are negative numbers
		for (const date of ['1969-12-28', '1969-12-31', '1970-01-01', '1970-01-04', '2000-02-29', '2024-12-08'])
			expect(weekday(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
	});
	it('gives the same date for a day number asked again, and still refuses a fraction', () => {
		expect(isoDate(20056)).toBe(isoDate(20056));
		expect(isoDate(-1)).toBe('1969-12-31');
		expect(() => isoDate(20056.5)).toThrow(/integer/);
	});
});

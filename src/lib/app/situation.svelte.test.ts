import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Situation } from './situation.svelte';
import { readUrl, startOf, applyUrlState, situationOfEmbedUrl } from './url-sync.svelte';
import { readDataFolder } from '../../../tests/read-data-folder';
import type { DataFolder } from './load-data';
import { dayNumber } from '../geo/days';
import { STRINGS } from '../i18n/strings';
import { DEFAULT_TOGGLES } from '../map/toggles';

// Node has no animation frames; nothing here plays, so pausing has no frame to cancel.
globalThis.cancelAnimationFrame ??= () => {};

let data: DataFolder;
beforeAll(async () => {
	data = await readDataFolder(join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'app-data'));
});

const start = (over: Partial<ConstructorParameters<typeof Situation>[1]> = {}) => ({
	day: dayNumber(data.manifest.end),
	lang: 'en' as const,
	toggles: DEFAULT_TOGGLES,
	cumulative: false,
	...over
});

describe('Situation', () => {
	it('derives the day, its figures, the events shown and the summary from the state', () => {
		const sit = new Situation(data, start());
		const first = sit.timeline.start;
		expect(sit.day).toBe(dayNumber(data.manifest.end));
		sit.setDay(first);
		expect(sit.day).toBe(first);
		expect(sit.figures?.date ?? null).toBe(
			data.manifest.figures.find((f) => dayNumber(f.date) === first)?.date ?? null
		);
		const busiest = [...Array(sit.timeline.end - first + 1).keys()]
			.map((i) => first + i)
			.sort((a, b) => (sit.setDay(b), sit.eventsShown.length) - (sit.setDay(a), sit.eventsShown.length))[0]!;
		sit.setDay(busiest);
		expect(sit.eventsShown.length).toBeGreaterThan(0);
		expect(sit.summary).not.toBe(STRINGS.en.summaryNone);
		expect(sit.datedSummary.endsWith(sit.summary)).toBe(true);
		sit.destroy();
	});

	it('follows the language and the event mode', () => {
		const sit = new Situation(data, start());
		const en = sit.summary;
		sit.lang = 'ar';
		expect(sit.s).toBe(STRINGS.ar);
		expect(sit.dir).toBe('rtl');
		expect(sit.summary).not.toBe(en);
		const onDay = sit.eventsShown.length;
		sit.cumulative = true;
		expect(sit.eventsShown.length).toBeGreaterThanOrEqual(onDay);
		sit.setDay(sit.timeline.end);
		expect(sit.eventsShown.length).toBe(data.layers.events!.features.length);
		sit.destroy();
	});

	it('starts where a link says and moves there on back/forward', () => {
		const { state, notes } = readUrl(
			`?date=${data.manifest.start}&lang=ar&events=cumulative&layers=frontline`,
			data
		);
		expect(notes).toEqual([]);
		const sit = new Situation(data, startOf(state, data));
		expect([sit.day, sit.lang, sit.cumulative, [...sit.toggles]]).toEqual([
			dayNumber(data.manifest.start),
			'ar',
			true,
			['frontline']
		]);
		applyUrlState(sit, readUrl('?date=2099-01-01', data).state);
		expect([sit.day, sit.lang, sit.cumulative]).toEqual([dayNumber(data.manifest.end), 'en', false]);
		sit.destroy();
	});

	it('starts where an embed link says, and a bad value falls back with a note', () => {
		const ok = situationOfEmbedUrl(`?date=${data.manifest.start}&lang=ar&layers=control`, data, {});
		expect([ok.situation.day, ok.situation.lang, ok.notes]).toEqual([
			dayNumber(data.manifest.start),
			'ar',
			[]
		]);
		expect([...ok.situation.toggles]).toEqual([...ok.params.layers]);
		expect(ok.situation.toggles.has('frontline')).toBe(false);
		const bad = situationOfEmbedUrl('?date=1999-13-40', data, {});
		expect(bad.notes.map((n) => n.param)).toEqual(['date']);
		// No date: the embed's default, the last day.
		expect(bad.params.date).toBeNull();
		expect(bad.situation.day).toBe(dayNumber(data.manifest.end));
		ok.situation.destroy();
		bad.situation.destroy();
	});
});

// The one day summary on every date of the default data (issue 11), read where each view reads it:
// the app's panel shows `Situation.summary`, the text export starts with `Situation.datedSummary`
// (ExportMenu), the embed's map description is `Situation.mapDescription`. On every date, in both
// languages, the three agree (the dated forms carry the panel's sentence with the date the slider
// shows), the event count is the number of events the map itself shows that day (the map's feature
// weights, map/time-index.ts) in the language's plural form. Needs `npm run gazetteer` (static/data).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataFolder } from '../src/lib/app/load-data';
import { readDataFolder } from './read-data-folder';
import { Situation } from '../src/lib/app/situation.svelte';
import { TimeIndex, timedFeatures } from '../src/lib/map/time-index';
import { DEFAULT_TOGGLES } from '../src/lib/map/toggles';
import { formatCount, formatDay, localeFor } from '../src/lib/i18n/format';
import { fill, LANGS, STRINGS } from '../src/lib/i18n/strings';

// Node has no animation frames; nothing here plays, so pausing has no frame to cancel.
globalThis.cancelAnimationFrame ??= () => {};

const DATA = join(__dirname, '..', 'static', 'data');
let data: DataFolder;

beforeAll(async () => {
	if (!existsSync(join(DATA, 'manifest.json')))
		throw new Error(`${DATA}/manifest.json: missing; run \`npm run gazetteer\` first`);
	data = await readDataFolder(DATA);
});

describe('the day summary on the default data', () => {
	it('has every file it needs', () => {
		expect(data.problems).toEqual([]);
		expect(data.layers.events?.features.length).toBeGreaterThan(0);
	});

	it('is the same in the panel, the text export and the embed’s description, counting what the map shows, on every date in both languages', () => {
		const map = new TimeIndex(timedFeatures(data.layers.events!.features as never), 'event');
		let datesWithEvents = 0;
		let datesWithOne = 0;
		for (const lang of LANGS) {
			const sit = new Situation(data, {
				day: 0,
				lang,
				toggles: DEFAULT_TOGGLES,
				cumulative: false
			});
			const locale = localeFor(lang);
			for (let day = sit.timeline.start; day <= sit.timeline.end; day++) {
				sit.setDay(day);
				const label = formatDay(day, locale);
				const panel = sit.summary;
				// What the slider reads out and the badge shows is the date the dated texts carry.
				expect(sit.formatDay(sit.day)).toBe(label);
				expect(sit.datedSummary, label).toBe(`${label}. ${panel}`);
				expect(sit.mapDescription, label).toBe(
					`${fill(STRINGS[lang].mapLabel, { title: sit.title })}. ${label}. ${panel}`
				);

				const onMap = shownCount(map, day);
				expect(sit.eventsShown.length, label).toBe(onMap);
				const count = formatCount(lang, 'events', onMap, locale);
				if (onMap) {
					if (lang === 'en') datesWithEvents++;
					if (onMap === 1 && lang === 'en') datesWithOne++;
					expect(panel.startsWith(`${count}: `) || panel === `${count}.`, `${label}: ${panel}`).toBe(true);
				} else expect(panel).not.toMatch(lang === 'en' ? /\bevents?\b/ : /أحداث|حدث/);
				expect(panel).not.toMatch(/\b1 events\b|1 أحداث/);
				expect(panel.endsWith('.')).toBe(true);
			}
			sit.destroy();
		}
		expect(datesWithEvents).toBeGreaterThan(1);
		// The default data has a date with a single event: "1 event" is checked on real data, not only in format.test.ts.
		expect(datesWithOne).toBeGreaterThan(0);
	});
});

/** Events with full weight on the day, read back from the index the map's paint uses. */
function shownCount(index: TimeIndex, day: number): number {
	let n = 0;
	for (let i = 0; i < index.ids.length; i++)
		if (index.weightAt(i, { t: day, cumulative: false, past: 0 }) > 0) n++;
	return n;
}

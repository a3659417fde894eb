// The one day summary on every date of the default data (issue 11): the app's panel, the embed's
// map description and the exports read the same sentence; its event count is the number of events
// the map itself shows that day (the map's feature weights, map/time-index.ts); and it uses the
// singular and plural forms of the language. Needs `npm run gazetteer` (static/data), as `npm test` runs it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataFolder } from '../src/lib/app/load-data';
import { readDataFolder } from './read-data-folder';
import { placeNamer } from '../src/lib/app/place-names';
import { datedSummary, summaryOfDay } from '../src/lib/app/day-summary';
import { TimeIndex, timedFeatures } from '../src/lib/map/time-index';
import { dayNumber } from '../src/lib/geo/days';
import { formatCount, formatDay, localeFor } from '../src/lib/i18n/format';
import { LANGS, STRINGS } from '../src/lib/i18n/strings';

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

	it('counts what the map shows, in the right plural, and the views agree, on every date in both languages', () => {
		const source = {
			events: data.layers.events,
			figures: data.manifest.figures,
			placeName: placeNamer([data.layers.places, data.mentionedPlaces])
		};
		const map = new TimeIndex(timedFeatures(data.layers.events!.features as never), 'event');
		let datesWithEvents = 0;
		for (let day = dayNumber(data.manifest.start); day <= dayNumber(data.manifest.end); day++) {
			const onMap = shownCount(map, day);
			if (onMap) datesWithEvents++;
			for (const lang of LANGS) {
				const locale = localeFor(lang);
				const app = summaryOfDay(source, day, lang, locale);
				const label = formatDay(day, locale);
				// The embed's description and the export text are the dated form of the app's sentence.
				expect(datedSummary(lang, label, app)).toBe(`${label}. ${app}`);
				const count = formatCount(lang, 'events', onMap, locale);
				if (onMap) expect(app.startsWith(`${count}: `) || app === `${count}.`, `${label}: ${app}`).toBe(true);
				else expect(app).not.toMatch(lang === 'en' ? /\bevents?\b/ : /أحداث|حدث/);
				expect(app).not.toMatch(/\b1 events\b/);
				expect(app.endsWith('.')).toBe(true);
				expect(app === STRINGS[lang].summaryNone || app.length > 10).toBe(true);
			}
		}
		expect(datesWithEvents).toBeGreaterThan(1);
	});
});

/** Events with full weight on the day, read back from the index the map's paint uses. */
function shownCount(index: TimeIndex, day: number): number {
	let n = 0;
	for (let i = 0; i < index.ids.length; i++)
		if (index.weightAt(i, { t: day, cumulative: false, past: 0 }) > 0) n++;
	return n;
}

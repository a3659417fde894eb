import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
	datedSummary,
	daySummary,
	EventsByDay,
	eventsShownOn,
	summaryOfDay,
	type DaySummaryInput,
	type SummaryEvent
} from './day-summary';
import { STRINGS } from '../i18n/strings';
import { formatNumber } from '../i18n/format';
import { dayNumber } from '../geo/days';
import { event, MANIFEST } from '../export/test-fixtures';

const NAMES: Record<string, [string, string]> = {
	'p:kaa': ['Khan al-Asal', 'خان العسل'],
	'p:srq': ['Saraqeb', 'سراقب'],
	'p:alp': ['Aleppo', 'حلب'],
	'p:idl': ['Idlib', 'إدلب']
};
const ev = (
	id: string,
	kind: SummaryEvent['kind'],
	place_id: string,
	faction: SummaryEvent['faction'] = 'opposition'
): SummaryEvent => ({ id, kind, place_id, faction });
const base = (over: Partial<DaySummaryInput> = {}): DaySummaryInput => ({
	lang: 'en',
	locale: 'en-GB',
	events: [
		ev('1', 'capture', 'p:srq'),
		ev('2', 'capture', 'p:kaa'),
		ev('3', 'entry', 'p:alp'),
		ev('4', 'entry', 'p:kaa'),
		ev('5', 'airstrike', 'p:idl', 'government')
	],
	figures: MANIFEST.figures[0],
	reference: CITADEL,
	placeName: (id, lang) => NAMES[id]![lang === 'ar' ? 1 : 0],
	...over
});
const OPP = STRINGS.en.faction_opposition;
const CITADEL = { en: 'the old citadel', ar: 'القلعة القديمة' };

describe('daySummary', () => {
	it('counts the events, says who took and entered what, where strikes fell, the area gained and the distance to the reference point', () => {
		expect(daySummary(base())).toBe(
			`5 events: ${OPP} took Khan al-Asal and Saraqeb; ${OPP} entered Aleppo; strikes reported at Idlib; ` +
				`${OPP} gained 442 km²; the front stood 3.5 km from the old citadel.`
		);
	});

	it('says the same whatever order the events come in (the day index hands them over unsorted by id)', () => {
		const events = base().events;
		for (const order of [[...events].reverse(), [events[2]!, events[4]!, events[0]!, events[3]!, events[1]!]])
			expect(daySummary(base({ events: order }))).toBe(daySummary(base()));
	});

	it('says no distance when the theatre names no reference point', () => {
		expect(daySummary(base({ reference: null }))).not.toContain('the front stood');
	});

	it('writes Arabic with Arabic place names and the Arabic faction names of the string table', () => {
		const s = daySummary(base({ lang: 'ar', locale: 'ar' }));
		expect(s.startsWith(`${formatNumber(5, 'ar')} أحداث: سيطرة ${STRINGS.ar.faction_opposition} على`)).toBe(
			true
		);
		expect(s).toContain('خان العسل');
		expect(s).toContain('سراقب');
		expect(s).toContain('ضربات في إدلب');
		expect(s).toContain('القلعة القديمة');
		expect(s).not.toMatch(/[A-Za-z]/);
	});

	it('follows the data: other events give another sentence, with the singular for one event', () => {
		const s = daySummary(
			base({ events: [ev('1', 'withdrawal', 'p:alp', 'government')], figures: undefined })
		);
		expect(s).toBe(`1 event: ${STRINGS.en.faction_government} withdrew from Aleppo.`);
	});

	it('says so when nothing was reported', () => {
		expect(daySummary(base({ events: [], figures: { ...MANIFEST.figures[0]!, gained_km2: {} } }))).toBe(
			STRINGS.en.summaryNone
		);
		expect(daySummary(base({ lang: 'ar', events: [], figures: undefined }))).toBe(STRINGS.ar.summaryNone);
	});

	it('counts the places beyond the limit', () => {
		const s = daySummary(
			base({
				events: ['p:kaa', 'p:srq', 'p:alp', 'p:idl'].map((p, i) => ev(String(i), 'clash', p)),
				figures: undefined,
				maxPlaces: 2
			})
		);
		expect(s).toBe('4 events: fighting at Aleppo, Idlib and 2 more.');
	});

	it('puts the date in front for texts read apart from the map', () => {
		expect(datedSummary('en', '29 November 2024', 'No reported change.')).toBe(
			'29 November 2024. No reported change.'
		);
	});
});

describe('eventsShownOn', () => {
	const fc: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			event({ id: 'day', from: 10, to: 10 } as never),
			event({ id: 'week', from: 5, to: 11 } as never),
			event({ id: 'before', from: 3, to: 3 } as never)
		]
	};
	it('keeps what the map shows on the day: events dated to a week show on every day they span', () => {
		expect(eventsShownOn(fc, 10).map((e) => e.id)).toEqual(['day', 'week']);
		expect(eventsShownOn(fc, 11).map((e) => e.id)).toEqual(['week']);
	});
	it('adds the earlier events in cumulative mode, newest first', () => {
		expect(eventsShownOn(fc, 10, true).map((e) => e.id)).toEqual(['day', 'week', 'before']);
	});
	it('gives the same from the day index as from the whole layer, on every day and in both modes', () => {
		const features = Array.from({ length: 400 }, (_, k) => {
			const from = (k * 37) % 50;
			const span = k % 7 === 0 ? 6 : k % 13 === 0 ? 30 : 0;
			return event({ id: `e${String(k % 90).padStart(2, '0')}-${k}`, from, to: from + span } as never);
		});
		features.push(event({ id: 'undated' } as never));
		const layer: FeatureCollection = { type: 'FeatureCollection', features };
		const index = new EventsByDay(layer, 5, 60);
		for (let day = 0; day <= 70; day++) {
			for (const cumulative of [false, true]) {
				const ids = (x: readonly { id: string }[]) => x.map((e) => e.id);
				expect(ids(eventsShownOn(index, day, cumulative)), `day ${day} ${cumulative}`).toEqual(
					ids(eventsShownOn(layer, day, cumulative))
				);
			}
		}
	});
});

describe('summaryOfDay', () => {
	it('reads the figures of the day and the events shown on it', () => {
		const day = dayNumber('2024-11-29');
		const events: FeatureCollection = {
			type: 'FeatureCollection',
			features: [event({ from: day, to: day } as never)]
		};
		const s = summaryOfDay(
			{ events, figures: MANIFEST.figures, reference: CITADEL, placeName: () => 'Khan al-Asal' },
			day,
			'en',
			'en-GB'
		);
		expect(s).toBe(
			`1 event: ${OPP} took Khan al-Asal; ${OPP} gained 442 km²; the front stood 3.5 km from the old citadel.`
		);
		expect(
			summaryOfDay({ events, figures: MANIFEST.figures, placeName: () => 'x' }, day + 1, 'en', 'en-GB')
		).toBe(STRINGS.en.summaryNone);
	});
});

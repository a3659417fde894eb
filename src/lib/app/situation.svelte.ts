// The situation the reader is looking at, owned by a page and shared with its components through
// a Svelte context (as svelte-maplibre-gl's contexts.svelte.ts shares its map): the loaded data
// and its indexes, the state (playback, layer toggles, language, event mode) and what derives from
// it (the day, its figures, the events shown, the summary). The app and the embed build the same
// Situation, so both show the same day the same way.
import { getContext, setContext } from 'svelte';
import type { ConflictEvent, DateFigures, ManifestSource } from '../domain/types';
import { dayNumber, isoDate } from '../geo/days';
import { dirOf, fill, STRINGS, type Lang, type Strings } from '../i18n/strings';
import { formatChange, formatDay, formatNumber, localeFor } from '../i18n/format';
import type { ToggleKey } from '../map/toggles';
import type { Flavour } from '../map/theme';
import { Playback } from '../timeline/playback.svelte';
import { bracket, type Timeline } from '../timeline/timeline';
import type { DataFolder } from './load-data';
import { placeNamer, type PlaceNamer } from './place-names';
import { datedSummary, EventsByDay, eventsShownOn, summaryOfDay, type SummarySource } from './day-summary';
import { mapInputs, type MapInputs } from './map-inputs';
import { referenceName, subtitleOf, titleOf } from './theatre-view';

export interface SituationStart {
	/** The day shown first (clamped to the timeline). */
	day: number;
	lang: Lang;
	toggles: ReadonlySet<ToggleKey>;
	cumulative: boolean;
	/** Only the events an analyst reviewed (the "reviewed only" view). */
	reviewedOnly?: boolean;
	/** The reader's languages (`navigator.languages`), for dates and numbers in their locale. */
	readerLocales?: readonly string[];
	/** prefers-reduced-motion: play in whole-day steps. */
	reducedMotion?: boolean;
}

/** The timeline of a data folder: its first and last day and the observed dates. */
export function timelineOf(data: Pick<DataFolder, 'manifest'>): Timeline {
	const m = data.manifest;
	return { start: dayNumber(m.start), end: dayNumber(m.end), observed: m.dates.map(dayNumber) };
}

export class Situation {
	readonly data: DataFolder;
	readonly timeline: Timeline;
	readonly playback: Playback;
	lang = $state<Lang>('en');
	toggles = $state.raw<ReadonlySet<ToggleKey>>(new Set());
	cumulative = $state(false);
	reviewedOnly = $state(false);

	/** Indexes of the data, built once. */
	readonly placeNamer: PlaceNamer;
	readonly events: ReadonlyMap<string, ConflictEvent>;
	readonly sources: ReadonlyMap<string, ManifestSource>;
	/** The data holds events as the machine read them, not reviewed: the legend tells them apart. */
	readonly hasMachineRead: boolean;
	private readonly eventsByDay: EventsByDay;
	private readonly summarySource: SummarySource;
	private readonly readerLocales: readonly string[];

	// Derived from the state (set in the constructor, once the data is there).
	readonly s: Strings;
	/** The theatre's title and subtitle in the UI language (theatre-view.ts). */
	readonly title: string;
	readonly subtitle: string;
	readonly dir: 'ltr' | 'rtl';
	/** The reader's locale for dates and numbers, in the UI language. */
	readonly locale: string;
	/** The whole day shown. */
	readonly day: number;
	/** The day in words in the reader's locale ("29 November 2024"), formatted once per day shown. */
	readonly dayLabel: string;
	/** The manifest's figures of the day, when it is an observed date. */
	readonly figures: DateFigures | undefined;
	readonly observedToday: boolean;
	/** While playing smoothly between two observed dates: the dates the front is interpolated between. */
	readonly interpolation: { a: number; b: number } | null;
	/** The note under the date over the map: interpolated between two dates, or no observation that day. */
	readonly dateNote: string | null;
	/** The events the map shows (on the day, or up to it in cumulative mode), newest first. */
	readonly eventsShown: readonly ConflictEvent[];
	/** The day's summary (app/day-summary.ts), and with its date for texts read apart from the map. */
	readonly summary: string;
	readonly datedSummary: string;
	/** The map's accessible description (the embed's alt text): its label, then the dated summary. */
	readonly mapDescription: string;

	constructor(data: DataFolder, start: SituationStart) {
		this.data = data;
		this.timeline = timelineOf(data);
		this.playback = new Playback(this.timeline, start.day);
		this.playback.stepped = start.reducedMotion ?? false;
		this.lang = start.lang;
		this.toggles = start.toggles;
		this.cumulative = start.cumulative;
		this.reviewedOnly = start.reviewedOnly ?? false;
		this.readerLocales = start.readerLocales ?? [];
		this.placeNamer = placeNamer([data.layers.places, data.mentionedPlaces]);
		this.events = new Map(
			(data.layers.events?.features ?? []).map((f) => [
				String(f.properties?.id),
				f.properties as ConflictEvent
			])
		);
		this.sources = new Map(data.manifest.sources.map((x) => [x.article, x]));
		this.hasMachineRead = [...this.events.values()].some((e) => e.reviewed === false);
		// Indexed by day once: the day's list and summary then cost the day's events, not all events.
		this.eventsByDay = new EventsByDay(data.layers.events, this.timeline.start, this.timeline.end);
		this.summarySource = {
			events: this.eventsByDay,
			figures: data.manifest.figures,
			reference: referenceName(data.manifest),
			placeName: this.placeNamer
		};

		this.s = $derived(STRINGS[this.lang]);
		this.title = $derived(titleOf(this.data.manifest, this.lang));
		this.subtitle = $derived(subtitleOf(this.data.manifest, this.lang));
		this.dir = $derived(dirOf(this.lang));
		this.locale = $derived(localeFor(this.lang, this.readerLocales));
		this.day = $derived(this.playback.day);
		this.dayLabel = $derived(this.formatDay(this.day));
		this.figures = $derived(this.data.manifest.figures.find((f) => f.date === isoDate(this.day)));
		this.observedToday = $derived(this.timeline.observed.includes(this.day));
		this.interpolation = $derived.by(() => {
			if (Number.isInteger(this.playback.t)) return null;
			const b = bracket(this.playback.t, this.timeline);
			return b.before !== null && b.after !== null ? { a: b.before, b: b.after } : null;
		});
		this.dateNote = $derived.by(() => {
			const i = this.interpolation;
			if (i)
				return fill(this.s.interpolated, {
					a: this.formatDay(i.a, 'short'),
					b: this.formatDay(i.b, 'short')
				});
			return this.observedToday ? null : this.s.noObservation;
		});
		this.eventsShown = $derived.by(() => {
			const shown = eventsShownOn(this.eventsByDay, this.day, this.cumulative);
			return this.reviewedOnly ? shown.filter((e) => e.reviewed === true) : shown;
		});
		this.summary = $derived(summaryOfDay(this.summarySource, this.day, this.lang, this.locale));
		this.datedSummary = $derived(datedSummary(this.lang, this.dayLabel, this.summary));
		this.mapDescription = $derived(`${fill(this.s.mapLabel, { title: this.title })}. ${this.datedSummary}`);
	}

	/** A place's name in the UI language. */
	placeName = (id: string): string => this.placeNamer(id, this.lang);
	formatDay = (day: number, style: 'long' | 'short' = 'long'): string => formatDay(day, this.locale, style);
	formatIso = (iso: string): string => formatDay(dayNumber(iso), this.locale);
	formatNumber = (n: number, digits = 0): string => formatNumber(n, this.locale, digits);
	formatChange = (n: number): string => formatChange(n, this.locale);

	/** Goes to a day and stops playing (the slider, the chart, the buttons, a link). */
	setDay = (day: number): void => {
		this.playback.pause();
		this.playback.setDay(day);
	};

	/** What the map is created with, from the state now (later changes go through the controller). */
	mapInputs(flavour: Flavour = 'light'): MapInputs {
		return mapInputs(this.data, {
			lang: this.lang,
			toggles: this.toggles,
			day: this.day,
			cumulative: this.cumulative,
			flavour
		});
	}

	destroy(): void {
		this.playback.destroy();
	}
}

const KEY = Symbol('situation');

/** Shares a page's Situation with the components below it (call during component setup). */
export function setSituation(situation: Situation): Situation {
	return setContext(KEY, situation);
}

/** The Situation of the page a component is in. */
export function getSituation(): Situation {
	const s = getContext<Situation | undefined>(KEY);
	if (!s) throw new Error('getSituation: no Situation in this component tree; wrap it in <SituationScope>');
	return s;
}

// Glue between the loaded data folder and the export texts: place names in either language, the
// events of a day, the legend of what is switched on, the date summary of a day. Pure.
import type { FeatureCollection } from 'geojson';
import type { ConflictEvent, IsoDate, LayerManifest } from '../domain/types';
import type { Lang, Strings } from '../i18n/strings';
import type { ToggleKey } from '../map/toggles';
import { LEGEND } from '../components/legend-items';
import type { FrameLegendItem } from './compose-frame';
import { dateSummary } from './date-summary';

export type PlaceNamer = (placeId: string, lang: Lang) => string;

/** Names from the places layer (`place_id`) and the pipeline's places file (`id`); the id as a last resort. */
export function placeNamer(collections: readonly (FeatureCollection | null | undefined)[]): PlaceNamer {
	const names = new Map<string, { en: string; ar: string | null }>();
	for (const fc of collections) {
		for (const f of fc?.features ?? []) {
			const p = f.properties ?? {};
			const id = String(p.place_id ?? p.id ?? '');
			if (!id || names.has(id) || typeof p.name !== 'string') continue;
			names.set(id, { en: p.name, ar: typeof p.name_ar === 'string' && p.name_ar ? p.name_ar : null });
		}
	}
	return (id, lang) => {
		const n = names.get(id);
		return (lang === 'ar' ? n?.ar : null) ?? n?.en ?? id;
	};
}

/** Events dated `date` (not "up to"), from an events layer. */
export function eventsOn(events: FeatureCollection | undefined, date: IsoDate): FeatureCollection {
	return { type: 'FeatureCollection', features: (events?.features ?? []).filter((f) => f.properties?.date === date) };
}

/** The legend items for what is switched on, in the legend's order, labelled in the UI language. */
export function frameLegend(toggles: ReadonlySet<ToggleKey>, s: Strings): FrameLegendItem[] {
	return LEGEND.flatMap((g) => g.items)
		.filter((i) => toggles.has(i.key))
		.map((i) => ({ label: s[i.label], swatch: i.swatch }));
}

export interface DayTextInput {
	date: IsoDate;
	lang: Lang;
	dateLabel: string;
	manifest: Pick<LayerManifest, 'figures'>;
	events: FeatureCollection | undefined;
	placeName: PlaceNamer;
	formatNumber: (n: number) => string;
}

/** The summary sentence of a date from the loaded data. */
export function summaryOfDay(i: DayTextInput): string {
	return dateSummary({
		lang: i.lang,
		dateLabel: i.dateLabel,
		events: eventsOn(i.events, i.date).features.map((f) => f.properties as ConflictEvent),
		figures: i.manifest.figures.find((f) => f.date === i.date),
		placeName: i.placeName,
		formatNumber: i.formatNumber
	});
}

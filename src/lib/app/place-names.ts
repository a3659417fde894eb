// The one place-name lookup of the app, the embed and the exports: a place id to its name in the
// UI language, from the places layer (`place_id`) and the pipeline's places file (`id`).
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/strings';

export type PlaceNamer = (placeId: string, lang: Lang) => string;

/** The first collection that names a place wins; Arabic falls back to English, then to the id. */
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

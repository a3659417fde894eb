// What the app and the embed show of the theatre (the manifest's `theatre`, from the project's
// theatre.json): its title and subtitle in the page's language, the bounds the map may show and
// the view it opens on. A data folder written before theatre.json has none: generic words, the
// basemap's extent and the events' extent stand in.
import type { FeatureCollection } from 'geojson';
import type { Bilingual, Box, LayerManifest } from '../domain/types';
import { STRINGS, type Lang } from '../i18n/strings';
import { bboxOf } from './bounds';

/** The basemap's extent (geodata/basemap/README.md): what the map may show when the data names no bounds. */
export const BASEMAP_BOUNDS: Box = [31, 29, 47, 41];

type Manifest = Pick<LayerManifest, 'title' | 'theatre'>;

/** The theatre's title in `lang`; the manifest's plain title (English) or the app's name without one. */
export function titleOf(manifest: Manifest, lang: Lang): string {
	return manifest.theatre?.title[lang] || (lang === 'en' && manifest.title) || STRINGS[lang].appTitle;
}

/** The theatre's subtitle in `lang` (also the page's description); the app's generic one without. */
export function subtitleOf(manifest: Manifest, lang: Lang): string {
	return manifest.theatre?.subtitle[lang] || STRINGS[lang].appDescription;
}

/** What the map may show. */
export function mapBounds(manifest: Manifest): Box {
	return manifest.theatre?.bounds ?? BASEMAP_BOUNDS;
}

/** The view the map opens on: the theatre's, else the events' extent, else the bounds. */
export function openingView(manifest: Manifest, events: FeatureCollection | undefined | null): Box {
	return manifest.theatre?.view ?? bboxOf([events ?? undefined]) ?? mapBounds(manifest);
}

/** The name of the point the distance figure measures from; null when there is none. */
export function referenceName(manifest: Manifest): Bilingual | null {
	return manifest.theatre?.distance_reference?.name ?? null;
}

// What every download and image carries: where the facts come from (the articles) and whose data
// the map is drawn from (the manifest's attribution). Plain text; each format escapes it itself.
import type { LayerManifest, ManifestSource } from '../domain/types';

export interface Credits {
	title: string;
	/** One line per article: publisher, title, date, link. */
	sources: string[];
	/** Data credits (GeoNames, Natural Earth, …). */
	attribution: string[];
}

/** "Publisher, “Title”, 2024-11-29, https://…" with the parts the manifest has. */
export function sourceLine(s: ManifestSource): string {
	const parts = [s.publisher, s.title ? `“${s.title}”` : null, s.published, s.url].filter(
		(p): p is string => !!p
	);
	return parts.length ? parts.join(', ') : s.article;
}

export function creditsOf(m: Pick<LayerManifest, 'title' | 'sources' | 'attribution'>): Credits {
	const sources = [...m.sources].sort((a, b) => a.article.localeCompare(b.article)).map(sourceLine);
	return { title: m.title, sources, attribution: [...m.attribution] };
}

/**
 * One short line for images and the embed: "Sources: 5 news reports · GeoNames (CC BY 4.0) · …".
 * `countReports` words the number of reports in the UI language ("1 news report", "5 news reports").
 */
export function creditLine(
	c: Credits,
	sourcesLabel: string,
	countReports: (n: number) => string = String
): string {
	return [`${sourcesLabel}: ${countReports(c.sources.length)}`, ...c.attribution].join(' · ');
}

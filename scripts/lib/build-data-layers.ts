// Reads the territorial model's inputs from geodata/ and returns the dated layers and manifest.
// Until the territorial model lands, a manifest with the events' dates is written on its own.
import type { ConflictEvent, Diagnostic, GazetteerEntry, IsoDate, LayerManifest, ManifestSource } from '../../src/lib/domain/types';
import { dateRange } from '../../src/lib/geo/days';

export interface DataLayersInput {
	geodata: string;
	entries: GazetteerEntry[];
	events: ConflictEvent[];
	sources: ManifestSource[];
	start: IsoDate;
	end: IsoDate;
}

export const ATTRIBUTION = [
	'Places: GeoNames (CC BY 4.0) and situation-map curated gazetteer',
	'Boundaries: Natural Earth (public domain)'
];

export function buildDataLayers(input: DataLayersInput): { files: Record<string, unknown>; diagnostics: Diagnostic[] } {
	const dates = [...new Set(input.events.map((e) => e.date).filter((d): d is IsoDate => d !== null))].sort();
	const manifest: LayerManifest = {
		version: 1,
		title: 'situation-map',
		start: input.start,
		end: input.end,
		dates: dates.filter((d) => dateRange(input.start, input.end).includes(d)),
		layers: {},
		snapshots: {},
		figures: [],
		sources: input.sources,
		attribution: ATTRIBUTION
	};
	return { files: { 'manifest.json': manifest }, diagnostics: [] };
}

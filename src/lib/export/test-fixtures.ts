// Small hand-written inputs shared by the export unit tests (not shipped in the app).
import type { Feature, Geometry } from 'geojson';
import type { ConflictEvent, LayerManifest } from '../domain/types';

export function event(
	over: Partial<ConflictEvent> & { place_name?: string },
	coords: [number, number] = [36.95, 36.17]
): Feature<Geometry, Record<string, unknown>> {
	const e: ConflictEvent & { place_name?: string } = {
		id: 'evt:2024-11-29:aaaa0001',
		date: '2024-11-29',
		time_precision: 1,
		kind: 'capture',
		event_type: 'Battles',
		sub_event_type: 'Non-state actor overtakes territory',
		actor: 'HTS-led opposition',
		faction: 'opposition',
		place_id: 'place:sm:khan-al-asal',
		geo_precision: 1,
		confidence: 'reported',
		fatalities: null,
		sources: [{ article: 'a.txt', start: 0, end: 10 }],
		place_name: 'Khan al-Asal',
		...over
	};
	return {
		type: 'Feature',
		id: e.id,
		properties: e as unknown as Record<string, unknown>,
		geometry: { type: 'Point', coordinates: coords }
	};
}

export const MANIFEST: Pick<LayerManifest, 'title' | 'sources' | 'attribution' | 'snapshots' | 'figures'> = {
	title: 'Test theatre',
	sources: [
		{ article: 'b.txt', title: 'Second report', publisher: 'Outlet B', url: null, published: '2024-11-30' },
		{
			article: 'a.txt',
			title: 'First report',
			publisher: 'Outlet A',
			url: 'https://a.example/1',
			published: '2024-11-29'
		}
	],
	attribution: ['Places: GeoNames (CC BY 4.0)', 'Boundaries: Natural Earth'],
	snapshots: {},
	figures: [
		{
			date: '2024-11-29',
			area_km2: { opposition: 3600, government: 120000 },
			gained_km2: { opposition: 441.85 },
			lost_km2: { government: 441.85 },
			frontline_km: 600,
			m5_km: {},
			front_to_reference_km: 3.46,
			event_ids: ['evt:2024-11-29:aaaa0001']
		}
	]
};

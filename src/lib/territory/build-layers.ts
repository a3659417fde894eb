// Composes the territorial model into the data folder's layers, manifest and snapshots:
//   control-nodes → voronoi-cells (once) → settlement-control (per change day)
//   → control-areas, front-line, changes, route-control, places-layer, figures (per change day)
// Pure: plain data in, a map of relative path → JSON value out. See README "Data folder contract".
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type {
	ConflictEvent,
	Diagnostic,
	GazetteerEntry,
	IsoDate,
	LayerManifest,
	ManifestSource,
	ManifestTheatre
} from '../domain/types';
import { precisionHalfSpanDays } from '../domain/time-precision';
import { dateRange, dayNumber, isoDate } from '../geo/days';
import { CONTROL_KINDS, DEFAULT_OPTIONS, type TerritoryOptions } from './config';
import { selectNodes } from './control-nodes';
import { buildCells } from './voronoi-cells';
import { buildControlTimeline } from './settlement-control';
import { coverOutline } from './coverage';
import { regionScope } from './regions';
import { controlComponents, controlDrafts } from './control-areas';
import { frontDrafts, frontEdges, opposingSet } from './front-line';
import { changesBetween } from './changes';
import { m5Km, routeDrafts, routeRuns } from './route-control';
import { areaByFaction, figuresByDate, frontDistanceKm, type ChangeDayFigures } from './figures';
import { placesLayer } from './places-layer';
import { datedFeature, IntervalTracker } from './intervals';
import { eventGeometry } from '../geo/place-geometry';
import { dissolveCells } from './dissolve';
import { polygonAreaKm2 } from './geometry';
import { appendAll } from '../util/append-all';

export interface TerritoryInput {
	gazetteer: GazetteerEntry[];
	events: ConflictEvent[];
	baseline: FeatureCollection<Polygon | MultiPolygon>;
	overrides: FeatureCollection<Polygon | MultiPolygon>;
	country: Feature<Polygon | MultiPolygon>;
	routes: FeatureCollection<LineString>;
	/**
	 * Governorate polygons (geodata/basemap/governorates.geojson): which places a claim on a
	 * province speaks for. Optional: without them a place's gazetteer `admin1` decides.
	 */
	regions?: FeatureCollection<Polygon | MultiPolygon>;
	/**
	 * Neighbouring countries' polygons (geodata/basemap/countries.geojson): tell a settlement out at
	 * sea (covered) from one deep in a neighbour's land (not). Optional.
	 */
	neighbours?: FeatureCollection<Polygon | MultiPolygon>;
	sources: ManifestSource[];
	start: IsoDate;
	end: IsoDate;
	attribution: string[];
	/** Manifest title; defaults to a generic one. */
	title?: string;
	/** The theatre for the manifest (titles, bounds, view, reference point, country). */
	theatre?: ManifestTheatre;
	/** Where `front_to_reference_km` is measured from; absent or null: no such figure. */
	distanceReference?: { lon: number; lat: number } | null;
	/** Model knobs (config.ts); defaults apply to what is left out. */
	options?: Partial<TerritoryOptions>;
}

export const LAYER_NAMES = ['control', 'frontline', 'changes', 'events', 'places', 'routes'] as const;

function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

/**
 * The territorial layers, manifest and snapshots for a timeline. Throws on a broken contract
 * (bad dates, a baseline or override without a valid faction); bad data (an event at an unknown
 * place, a capture nobody can be credited with) becomes a diagnostic.
 *
 * @example
 * const { files, diagnostics } = buildLayers({ gazetteer, events, baseline, overrides, country, routes,
 *   sources, start: '2024-11-26', end: '2024-11-30', attribution: ['Natural Earth'] });
 * files['layers/control.geojson']; // FeatureCollection, one feature per area and unchanged interval
 * files['snapshots/2024-11-29/places.geojson']; // the places valid on 29 Nov
 */
export function buildLayers(input: TerritoryInput): {
	files: Record<string, unknown>;
	diagnostics: Diagnostic[];
} {
	const options: TerritoryOptions = { ...DEFAULT_OPTIONS, ...(input.options ?? {}) };
	let start: number;
	let end: number;
	try {
		start = dayNumber(input.start);
		end = dayNumber(input.end);
	} catch (err) {
		throw new Error(`start/end: ${(err as Error).message}`);
	}
	if (end < start) throw new Error(`end (${input.end}) must not be before start (${input.start})`);
	if (!Array.isArray(input.gazetteer)) throw new Error('gazetteer must be an array of entries');
	if (!Array.isArray(input.events)) throw new Error('events must be an array');

	const gazetteer = new Map(input.gazetteer.map((e) => [e.id, e]));
	const coverage = coverOutline(input.gazetteer, input.country, input.neighbours, options);
	const nodeSet = selectNodes(input.gazetteer, coverage.country, input.baseline, options, coverage.patched);
	const graph = buildCells(nodeSet.nodes, coverage.country, nodeSet.plane);
	const topology = checkCellTopology(graph);
	if (topology) graph.diagnostics.push(topology);
	const routes = routeRuns(
		input.routes,
		nodeSet.nodes,
		nodeSet.plane,
		options.routeStepKm,
		options.m5RouteIds
	);
	const regions = regionScope(nodeSet, gazetteer, input.country, input.regions, options);
	const timeline = buildControlTimeline({
		nodeSet,
		graph,
		gazetteer,
		events: input.events,
		overrides: input.overrides,
		regions,
		routes,
		start,
		end,
		options
	});
	const opposing = opposingSet(options.opposingPairs);
	const reference = input.distanceReference
		? [input.distanceReference.lon, input.distanceReference.lat]
		: null;

	const control = new IntervalTracker();
	const frontline = new IntervalTracker();
	const routeTracker = new IntervalTracker();
	const changeFeatures: Feature[] = [];
	const perDay: ChangeDayFigures[] = [];
	timeline.days.forEach((day, k) => {
		const state = timeline.states[k]!;
		const prev = k > 0 ? timeline.states[k - 1]! : null;
		control.step(day, controlDrafts(graph, state, controlComponents(graph, state)));
		const front = frontEdges(graph, state, opposing);
		frontline.step(day, frontDrafts(graph, state, front));
		routeTracker.step(day, routeDrafts(routes, state));
		const change = prev
			? changesBetween(graph, prev, state, day)
			: { gainedKm2: {}, lostKm2: {}, features: [] };
		appendAll(changeFeatures, change.features);
		perDay.push({
			area_km2: areaByFaction(graph, state),
			gained_km2: change.gainedKm2,
			lost_km2: change.lostKm2,
			frontline_km: Math.round(front.lengthKm * 100) / 100,
			m5_km: m5Km(routes, state),
			front_to_reference_km: reference ? frontDistanceKm(graph, front, reference, nodeSet.plane) : null
		});
	});

	const {
		features: eventFeatures,
		byDate,
		outside,
		diagnostics: eventDiagnostics
	} = eventsLayer(input.events, gazetteer, start, end);
	const dates = dateRange(input.start, input.end);
	const layers: Record<string, Feature[]> = {
		control: control.finish(end),
		frontline: frontline.finish(end),
		changes: changeFeatures.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)),
		events: eventFeatures,
		places: placesLayer(
			nodeSet,
			gazetteer,
			timeline.days,
			timeline.states,
			end,
			opposing,
			options.cityContestedShare
		),
		routes: routeTracker.finish(end)
	};

	const observed = [...byDate.keys()].sort();
	const files: Record<string, unknown> = {};
	const layerPaths: Record<string, string> = {};
	for (const name of LAYER_NAMES) {
		layerPaths[name] = `layers/${name}.geojson`;
		files[layerPaths[name]!] = collection(layers[name]!);
	}
	// Snapshots: each feature goes into the observed dates its interval covers (binary search,
	// so the cost is the size of the output, not dates × features).
	const snapshots: Record<IsoDate, Record<string, string>> = {};
	const observedDays = observed.map(dayNumber);
	const firstAtOrAfter = (day: number) => {
		let lo = 0;
		let hi = observedDays.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (observedDays[mid]! < day) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	for (const date of observed) snapshots[date] = {};
	for (const name of LAYER_NAMES) {
		const perDate: Feature[][] = observed.map(() => []);
		for (const f of layers[name]!) {
			const to = f.properties!.to as number;
			for (
				let i = firstAtOrAfter(f.properties!.from as number);
				i < observedDays.length && observedDays[i]! <= to;
				i++
			)
				perDate[i]!.push(f);
		}
		observed.forEach((date, i) => {
			const path = `snapshots/${date}/${name}.geojson`;
			snapshots[date]![name] = path;
			files[path] = collection(perDate[i]!);
		});
	}
	const manifest: LayerManifest = {
		version: 1,
		title: input.title ?? 'Situation map',
		...(input.theatre ? { theatre: input.theatre } : {}),
		start: input.start,
		end: input.end,
		dates: observed,
		layers: layerPaths,
		snapshots,
		figures: figuresByDate(dates, timeline.days, dayNumber, perDay, byDate),
		sources: [...input.sources].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0)),
		attribution: [...input.attribution],
		outside_period: outside
	};
	files['manifest.json'] = manifest;
	const diagnostics = [
		...coverage.diagnostics,
		...nodeSet.diagnostics,
		...graph.diagnostics,
		...timeline.diagnostics,
		...eventDiagnostics
	];
	return { files, diagnostics };
}

/**
 * The dissolve relies on neighbouring cells sharing exact vertices. If clipping ever broke that,
 * all cells together would not dissolve into the country's area: say so rather than draw gaps.
 */
function checkCellTopology(graph: ReturnType<typeof buildCells>): Diagnostic | null {
	const all = graph.cells.map((_, i) => i);
	const whole = dissolveCells(graph, all);
	const expected = graph.areaKm2.reduce((a, b) => a + b, 0);
	if (expected === 0) return null;
	const polys = !whole ? [] : whole.type === 'Polygon' ? [whole.coordinates] : whole.coordinates;
	const got = polys.reduce((a, rings) => a + polygonAreaKm2(rings), 0);
	if (Math.abs(got - expected) / expected < 1e-3) return null;
	return {
		level: 'warning',
		code: 'cell-topology',
		message: `the Voronoi cells do not tile the country cleanly (${got.toFixed(1)} of ${expected.toFixed(1)} km²); some areas may have gaps`,
		article: null,
		start: null,
		end: null
	};
}

/**
 * Dated events inside the timeline as points (lines for roads). `from`/`to` span the days the event
 * may have happened on: its day (time_precision 1), the week around it (2) or the month around it (3),
 * so "on this day" shows it on those days; "up to this day" shows it from `from` on.
 * An event dated outside the timeline is on no layer: it is listed in `outside` (the manifest's
 * `outside_period`) and gets a warning naming its article, so it is never dropped without a word.
 */
function eventsLayer(
	events: ConflictEvent[],
	gazetteer: Map<string, GazetteerEntry>,
	start: number,
	end: number
) {
	const features: Feature[] = [];
	const byDate = new Map<IsoDate, string[]>();
	const outside: { id: string; date: IsoDate }[] = [];
	const diagnostics: Diagnostic[] = [];
	let undated = 0;
	for (const e of [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		if (!e.date) {
			undated++;
			continue;
		}
		let day: number;
		try {
			day = dayNumber(e.date);
		} catch {
			continue; // reported by settlement-control for control events; others are simply left out
		}
		const place = gazetteer.get(e.place_id);
		if (day < start || day > end) {
			outside.push({ id: e.id, date: e.date });
			diagnostics.push(
				outsidePeriod(e, place?.name ?? e.place_id, day < start, isoDate(start), isoDate(end))
			);
			continue;
		}
		if (!place) {
			diagnostics.push({
				level: 'warning',
				code: 'event-place-unknown',
				message: `event ${e.id}: place ${e.place_id} is not in the gazetteer; not drawn`,
				article: null,
				start: null,
				end: null
			});
			continue;
		}
		const geometry = eventGeometry(place);
		const { id, ...props } = e;
		const halfSpan = precisionHalfSpanDays(e.time_precision);
		features.push(
			datedFeature(
				id,
				geometry,
				// The governorate and district travel with the event so exports (ACLED's admin1 and
				// admin2) need no gazetteer; the map's lean sources leave them out (map-sources.ts).
				{ ...props, place_name: place.name, admin1: place.admin1, admin2: place.admin2 },
				Math.max(start, day - halfSpan),
				Math.min(end, day + halfSpan)
			)
		);
		const date = isoDate(day);
		(byDate.get(date) ?? byDate.set(date, []).get(date)!).push(id);
	}
	if (undated > 0)
		diagnostics.push({
			level: 'info',
			code: 'undated-events',
			message: `${undated} undated event(s) are not on the timeline`,
			article: null,
			start: null,
			end: null
		});
	return { features, byDate, outside, diagnostics };
}

/** The warning for an event dated outside the map's period, at the first sentence that reports it. */
function outsidePeriod(
	e: ConflictEvent,
	placeName: string,
	before: boolean,
	startDate: IsoDate,
	endDate: IsoDate
): Diagnostic {
	const source = e.sources[0];
	// settlement-control applies a control change dated before the start on the start day, and ignores one after the end
	const control =
		CONTROL_KINDS.has(e.kind) && before ? `; its change of control is applied on ${startDate}` : '';
	return {
		level: 'warning',
		code: 'event-outside-period',
		message: `${source ? `${source.article}: ` : ''}${e.kind} at ${placeName} dated ${e.date} is ${before ? 'before' : 'after'} the map's period (${startDate} to ${endDate}): listed in the manifest's outside_period and in events.geojson, on no layer${control}`,
		article: source?.article ?? null,
		start: source?.start ?? null,
		end: source?.end ?? null
	};
}

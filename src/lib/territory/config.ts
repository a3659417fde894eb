// Tunable knobs of the territorial model, one per line with the reason. Data (baseline,
// overrides, actors) lives in geodata/; these are modelling choices, kept out of code paths.
import type { Faction, PlaceKind } from '../domain/types';

export interface TerritoryOptions {
	/** Gazetteer kinds that hold ground and get a Voronoi cell. Airports and bases are held too. */
	nodeKinds: PlaceKind[];
	/** Pairs of factions whose shared boundary is a front line. Allies (opposition–SNA in 2024) share a boundary, not a front. */
	opposingPairs: [Faction, Faction][];
	/**
	 * Spacing in degrees of the unnamed "territory sample" points laid over the country so the
	 * baseline's shape survives where settlements are sparse (desert, the northeast). They change
	 * hands only by inference.
	 */
	anchorSpacingDeg: number;
	/** An anchor closer than this to a named settlement is dropped: the settlement speaks for it. */
	anchorClearanceKm: number;
	/** Half-width of the corridor between the old front and a captured place whose villages change hands as inferred. */
	corridorHalfWidthKm: number;
	/** A capture farther than this from the captor's old ground gets no corridor (a raid or a data error). */
	corridorMaxKm: number;
	/** Share of a cell's shared boundary held by the captor above which the cell flips as inferred. */
	encircledShare: number;
	/** Encirclement inference only within this distance of a place captured the same day. */
	encircledRadiusKm: number;
	/** Places named as the target of an advance flip by inference only when wholly surrounded. */
	advanceTargetShare: number;
	/** Events at a facility (university, school) steer the nearest held place within this distance. */
	facilitySnapKm: number;
	/** City entry: share of districts (nearest the attacker first) taken as inferred, then as contested. */
	entryInferredShare: number;
	entryContestedShare: number;
	/** City capture: share of the districts not yet held that are taken (reported), the rest contested. */
	captureTakenShare: number;
	/** Route sampling step for the M5/M4 held lengths, km. */
	routeStepKm: number;
	/** Aleppo's citadel, for the front-distance figure: gazetteer id first, then these coordinates. */
	citadel: { placeId: string; lon: number; lat: number };
	/** Route ids whose held length per faction goes into the figures as `m5_km`. */
	m5RouteIds: string[];
}

export const DEFAULT_OPTIONS: TerritoryOptions = {
	nodeKinds: ['city', 'town', 'village', 'neighbourhood', 'airport', 'base'],
	opposingPairs: [
		['government', 'opposition'],
		['government', 'sna'],
		['sdf', 'sna'],
		['opposition', 'sdf']
	],
	anchorSpacingDeg: 0.15,
	anchorClearanceKm: 6,
	corridorHalfWidthKm: 3,
	corridorMaxKm: 60,
	encircledShare: 0.6,
	encircledRadiusKm: 20,
	advanceTargetShare: 1,
	facilitySnapKm: 3,
	entryInferredShare: 0,
	entryContestedShare: 1 / 3,
	captureTakenShare: 2 / 3,
	routeStepKm: 0.25,
	citadel: { placeId: 'place:sm:aleppo-citadel', lon: 37.16278, lat: 36.19944 },
	m5RouteIds: ['M5', 'route:m5', 'm5']
};

export const FACTIONS: Faction[] = ['government', 'opposition', 'sdf', 'sna'];

/** Control kinds of events; others (strikes, displacement) are shown but move nothing. */
export const CONTROL_KINDS = new Set(['capture', 'entry', 'withdrawal', 'clash', 'advance']);

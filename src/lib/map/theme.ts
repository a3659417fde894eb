// Colours and sizes as data. Faction hues follow common situation-map usage (government red,
// opposition green) with SNA and SDF in hues that stay distinct for red–green colour blindness;
// the legend always names them in text too.
import type { EventKind, Faction } from '../domain/types';

export const FACTION_COLOURS: Record<Faction, string> = {
	opposition: '#2b8a3e',
	sna: '#4dabf7',
	government: '#c92a2a',
	sdf: '#f59f00'
};
export const UNKNOWN_COLOUR = '#868e96';

/** Strike kinds get their own toggle each (issue 4: "strikes by kind"). */
export const STRIKE_KINDS = ['airstrike', 'drone-strike', 'shelling', 'projectile', 'car-bomb'] as const;
export type StrikeKind = (typeof STRIKE_KINDS)[number];
export const CAPTURE_KINDS: readonly EventKind[] = ['capture', 'entry', 'withdrawal', 'collapse'];
export const CLASH_KINDS: readonly EventKind[] = ['clash', 'advance', 'displacement'];

export const EVENT_COLOURS: Record<EventKind, string> = {
	capture: '#212529',
	entry: '#212529',
	withdrawal: '#495057',
	clash: '#1864ab',
	advance: '#1c7ed6',
	airstrike: '#e8590c',
	'drone-strike': '#c2255c',
	shelling: '#862e9c',
	projectile: '#5f3dc4',
	'car-bomb': '#5c940d',
	displacement: '#0b7285',
	collapse: '#343a40'
};

export const BASEMAP = {
	sea: '#c9dbe8',
	land: '#efece6',
	syria: '#fbfaf7',
	border: '#7d7468',
	governorate: '#b8b0a3',
	label: '#4a4540',
	halo: '#ffffff',
	route: '#8d6e63',
	river: '#74a9cf'
};

export const OPACITY = {
	/** Fill opacity of a reported/baseline control area. */
	control: 0.42,
	/** Inferred areas are lighter, and hatched. */
	inferred: 0.22,
	contested: 0.3,
	changes: 0.35,
	/** Events before the selected day in "up to this day" mode. */
	pastEvent: 0.4,
	/** An event as reviewed (or curated): solid. */
	reviewedEvent: 0.95,
	/** An event as the machine read it, not reviewed: paler, so the reader tells the two apart. */
	machineReadEvent: 0.45
};

export const FRONTLINE = { colour: '#111111', casing: '#ffffff', width: 3 };

/** Hatch pattern tile (px) used for inferred and contested areas. */
export const HATCH = { size: 8, inferred: [40, 40, 40, 150] as const, contested: [200, 90, 0, 200] as const };

/** Gained / lost since the previous date: fill and outline. */
export const CHANGE_COLOURS = {
	gained: '#ffd43b',
	gainedLine: '#e67700',
	lost: '#495057',
	lostLine: '#343a40'
};

/** The map's colour flavours: `light` is the style as built; `dark` for `theme=dark` embeds. */
export type Flavour = 'light' | 'dark';

/**
 * Paint overrides that turn the offline basemap and the place labels dark (layer, property,
 * value). Applied by buildStyle, so the dark style passes the same validator as the light one;
 * layers a basemap lacks are skipped.
 */
export const DARK_PAINT: readonly (readonly [layer: string, property: string, value: string])[] = [
	['base-sea', 'background-color', '#1d2b36'],
	['base-countries-fill', 'fill-color', '#2b2f35'],
	['base-syria-fill', 'fill-color', '#363b42'],
	['base-countries-line', 'line-color', '#8a8f98'],
	['base-syria-line', 'line-color', '#a3a9b3'],
	['base-governorates-line', 'line-color', '#5c636d'],
	['base-rivers', 'line-color', '#4a7fa8'],
	['base-roads', 'line-color', '#9c7b6e'],
	['base-labels-country', 'text-color', '#dee2e6'],
	['base-labels-country', 'text-halo-color', '#1d2125'],
	['base-labels-governorate', 'text-color', '#c1c7cd'],
	['base-labels-governorate', 'text-halo-color', '#1d2125'],
	['places-label', 'text-color', '#f1f3f5'],
	['places-label', 'text-halo-color', '#1d2125']
];

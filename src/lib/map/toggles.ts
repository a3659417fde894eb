// Layer toggles: what the reader can switch, and how each switch maps onto style layers.
// Whole-layer toggles set `visibility`; faction, status and kind toggles narrow static filters
// (changed only when a toggle changes, never per animation frame).
import type { EventKind, Faction } from '../domain/types';
import { FACTIONS } from '../domain/factions';
import { CAPTURE_KINDS, CLASH_KINDS, STRIKE_KINDS, type StrikeKind } from './theme';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { appendAll } from '../util/append-all';

export type ToggleKey =
	| `control-${Faction}`
	| 'inferred'
	| 'contested'
	| 'frontline'
	| 'changes'
	| 'captures'
	| `strike-${StrikeKind}`
	| 'clashes'
	| 'places'
	| 'routes';

export const TOGGLE_KEYS: readonly ToggleKey[] = [
	...FACTIONS.map((f) => `control-${f}` as const),
	'inferred',
	'contested',
	'frontline',
	'changes',
	'captures',
	...STRIKE_KINDS.map((k) => `strike-${k}` as const),
	'clashes',
	'places',
	'routes'
];

export const DEFAULT_TOGGLES: ReadonlySet<ToggleKey> = new Set(TOGGLE_KEYS);

export function isToggleKey(s: string): s is ToggleKey {
	return (TOGGLE_KEYS as readonly string[]).includes(s);
}

/** Style layer ids whose `visibility` follows one toggle. */
export const VISIBILITY_LAYERS: Partial<Record<ToggleKey, readonly string[]>> = {
	frontline: ['frontline-casing', 'frontline-line'],
	changes: ['changes-fill', 'changes-line'],
	places: ['places-dot', 'places-label'],
	routes: ['routes-held']
};

export function visibleFactions(t: ReadonlySet<ToggleKey>): Faction[] {
	return FACTIONS.filter((f) => t.has(`control-${f}`));
}

/** Statuses of control areas the reader wants to see. */
export function visibleStatuses(t: ReadonlySet<ToggleKey>): string[] {
	const out = ['baseline', 'reported', 'override'];
	if (t.has('inferred')) out.push('inferred');
	if (t.has('contested')) out.push('contested');
	return out;
}

export function visibleEventKinds(t: ReadonlySet<ToggleKey>): EventKind[] {
	const out: EventKind[] = [];
	if (t.has('captures')) appendAll(out, CAPTURE_KINDS);
	for (const k of STRIKE_KINDS) if (t.has(`strike-${k}`)) out.push(k);
	if (t.has('clashes')) appendAll(out, CLASH_KINDS);
	return out;
}

/**
 * Filters that depend on toggles only (static between toggle changes). `reviewedOnly` (the
 * "reviewed only" view, URL `reviewed=only`) keeps the events an analyst reviewed.
 */
export function toggleFilters(
	t: ReadonlySet<ToggleKey>,
	reviewedOnly = false
): Record<string, FilterSpecification> {
	const factions = ['in', ['get', 'faction'], ['literal', visibleFactions(t)]] as FilterSpecification;
	const statuses = ['in', ['get', 'status'], ['literal', visibleStatuses(t)]] as FilterSpecification;
	const hatched = [
		'in',
		['get', 'status'],
		['literal', visibleStatuses(t).filter((s) => s === 'inferred' || s === 'contested')]
	];
	return {
		'control-fill': ['all', factions, statuses] as FilterSpecification,
		'control-hatch': ['all', factions, hatched] as unknown as FilterSpecification,
		'events-circle': (reviewedOnly
			? ['all', ['in', ['get', 'kind'], ['literal', visibleEventKinds(t)]], ['==', ['get', 'reviewed'], true]]
			: ['in', ['get', 'kind'], ['literal', visibleEventKinds(t)]]) as FilterSpecification
	};
}

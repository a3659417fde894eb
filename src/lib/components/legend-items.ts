// What the legend and the layer toggles show: one entry per toggle, with the swatch drawn the way
// the map draws that layer (colours from the map theme, so the two cannot drift apart).
import type { Strings } from '../i18n/strings';
import { FACTIONS } from '../domain/factions';
import { CHANGE_COLOURS, EVENT_COLOURS, FACTION_COLOURS, FRONTLINE, STRIKE_KINDS } from '../map/theme';
import type { ToggleKey } from '../map/toggles';

export type Swatch =
	| { kind: 'fill'; colour: string; hatch?: boolean; light?: boolean }
	| { kind: 'line'; colour: string; dashed?: boolean; width?: number }
	| { kind: 'circle'; colour: string; ring?: string; light?: boolean }
	| { kind: 'pair'; colours: [string, string] };

export interface LegendItem {
	key: ToggleKey;
	label: keyof Strings;
	swatch: Swatch;
}

export interface LegendGroup {
	title: keyof Strings;
	items: LegendItem[];
}

export const LEGEND: LegendGroup[] = [
	{
		title: 'control',
		items: [
			...FACTIONS.map((f) => ({
				key: `control-${f}` as ToggleKey,
				label: `faction_${f}` as keyof Strings,
				swatch: { kind: 'fill', colour: FACTION_COLOURS[f] } as Swatch
			})),
			{
				key: 'inferred',
				label: 'inferredArea',
				swatch: { kind: 'fill', colour: FACTION_COLOURS.opposition, hatch: true, light: true }
			},
			{
				key: 'contested',
				label: 'contestedArea',
				swatch: { kind: 'fill', colour: '#c86400', hatch: true, light: true }
			},
			{ key: 'frontline', label: 'frontline', swatch: { kind: 'line', colour: FRONTLINE.colour, width: 3 } },
			{
				key: 'changes',
				label: 'changes',
				swatch: { kind: 'pair', colours: [CHANGE_COLOURS.gained, CHANGE_COLOURS.lost] }
			},
			{
				key: 'routes',
				label: 'routes',
				swatch: { kind: 'line', colour: FACTION_COLOURS.opposition, width: 4 }
			}
		]
	},
	{
		title: 'captures',
		items: [
			{
				key: 'captures',
				label: 'captures',
				swatch: { kind: 'circle', colour: EVENT_COLOURS.capture, ring: '#ffd43b' }
			},
			{ key: 'clashes', label: 'clashes', swatch: { kind: 'circle', colour: EVENT_COLOURS.clash } }
		]
	},
	{
		title: 'strikes',
		items: STRIKE_KINDS.map((k) => ({
			key: `strike-${k}` as ToggleKey,
			label: `kind_${k}` as keyof Strings,
			swatch: { kind: 'circle', colour: EVENT_COLOURS[k] } as Swatch
		}))
	},
	{
		title: 'places',
		items: [{ key: 'places', label: 'places', swatch: { kind: 'circle', colour: '#343a40' } }]
	}
];

/**
 * Reviewed against machine-read events (src/lib/review): the map draws an event the machine read and
 * nobody reviewed paler. Shown in the legends when the data has such events and events are on.
 */
export const REVIEW_MARKS: { label: keyof Strings; swatch: Swatch }[] = [
	{ label: 'reviewedEvent', swatch: { kind: 'circle', colour: EVENT_COLOURS.clash } },
	{ label: 'machineReadEvent', swatch: { kind: 'circle', colour: EVENT_COLOURS.clash, light: true } }
];

/** Whether the legend shows REVIEW_MARKS: machine-read events in the data, and an event layer on. */
export function showsReviewMarks(toggles: ReadonlySet<ToggleKey>, hasMachineRead: boolean): boolean {
	return (
		hasMachineRead && [...toggles].some((k) => k === 'captures' || k === 'clashes' || k.startsWith('strike-'))
	);
}

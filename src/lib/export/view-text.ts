// Glue between the loaded data folder and the export texts: the legend of what is switched on,
// labelled in the UI language. (The summary of a day is the app's own: app/day-summary.ts.) Pure.
import type { Strings } from '../i18n/strings';
import type { ToggleKey } from '../map/toggles';
import { LEGEND, REVIEW_MARKS, showsReviewMarks } from '../components/legend-items';
import type { FrameLegendItem } from './compose-frame';

/**
 * The legend items for what is switched on, in the legend's order, labelled in the UI language; with
 * machine-read events in the data, the reviewed and machine-read marks after them.
 */
export function frameLegend(
	toggles: ReadonlySet<ToggleKey>,
	s: Strings,
	hasMachineRead = false
): FrameLegendItem[] {
	return [
		...LEGEND.flatMap((g) => g.items).filter((i) => toggles.has(i.key)),
		...(showsReviewMarks(toggles, hasMachineRead) ? REVIEW_MARKS : [])
	].map((i) => ({ label: s[i.label], swatch: i.swatch }));
}

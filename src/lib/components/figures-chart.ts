// The figures chart's geometry (FiguresChart.svelte), pure: each side's area on its own scale, so a
// change of a few hundred km² shows on a side holding 128,000 (on one shared 0–128,000 axis the
// opposition's +767 km² moved half a pixel). Positions are percentages of the plot box.
import type { DateFigures, Faction } from '../domain/types';
import { FACTIONS } from '../domain/factions';
import { dayNumber } from '../geo/days';

/** Dates keep this margin (% of the width) from the plot's edges, so the first and last dates' labels fit. */
const X_MARGIN = 10;
/** A side's smallest and largest area sit this far (% of the height) inside the plot, for the dots. */
const Y_MARGIN = 14;

export interface ChartSide {
	faction: Faction;
	/** Area held on each date, km². */
	area: number[];
	/** Change since the date before (0 on the first date), km². */
	change: number[];
	/** The side's scale: its smallest and largest area over the dates. */
	min: number;
	max: number;
	/** Height of each date's dot, % from the bottom (the middle when the area never changes). */
	y: number[];
}

export interface ChartModel {
	days: number[];
	/** Position of each date, % from the start edge (left in English, right in Arabic). */
	x: number[];
	sides: ChartSide[];
}

export function chartModel(figures: readonly DateFigures[]): ChartModel {
	const rows = figures.map((f) => ({ day: dayNumber(f.date), f })).sort((a, b) => a.day - b.day);
	const days = rows.map((r) => r.day);
	const d0 = days[0] ?? 0;
	const span = Math.max(1, (days[days.length - 1] ?? 0) - d0);
	const x = days.map((d) => (days.length === 1 ? 50 : X_MARGIN + ((d - d0) / span) * (100 - 2 * X_MARGIN)));
	const sides = FACTIONS.filter((f) => rows.some((r) => (r.f.area_km2[f] ?? 0) > 0)).map((faction) => {
		const area = rows.map((r) => r.f.area_km2[faction] ?? 0);
		const min = Math.min(...area);
		const max = Math.max(...area);
		const y = area.map((a) =>
			max === min ? 50 : Y_MARGIN + ((a - min) / (max - min)) * (100 - 2 * Y_MARGIN)
		);
		const change = area.map((a, i) => (i === 0 ? 0 : a - area[i - 1]!));
		return { faction, area, change, min, max, y };
	});
	return { days, x, sides };
}

// Captures along a road: when one side takes two places on the M5 (or the M4) and no report
// places anyone else between them, the places on the road between them, and those within a few
// km of it, go with them ("Saraqeb and Maarat al-Numan taken" moves the villages on the highway
// between the two). Only the loser of today's capture gives ground; places a report names stay.
import type { Position } from 'geojson';
import type { Faction } from '../domain/types';
import type { Capture, DayContext, NodeState } from './control-state';
import { mergeIds, placedByReport } from './control-state';
import { boxOf, pointSegmentKm } from './geometry';
import type { RouteRuns } from './route-control';

/** A place that anchors a fill: held because an event named it (or its city). */
function isAnchor(s: NodeState): boolean {
	return (s.rule === 'report' || s.rule === 'city') && s.status !== 'contested';
}

/** Applies the route rule for one change day; returns the nodes it moved. */
export function fillRoutes(routes: RouteRuns[], captures: Capture[], ctx: DayContext): number[] {
	const { next, options, named, nodeSet } = ctx;
	if (captures.length === 0) return [];
	const spared = new Set<string>(options.routeFillSparesKinds);
	const capturedToday = new Map<number, Capture[]>();
	for (const c of captures) (capturedToday.get(c.node) ?? capturedToday.set(c.node, []).get(c.node)!).push(c);
	const kinds = new Set(options.routeFillKinds);
	const moved: number[] = [];
	for (const route of routes) {
		if (!kinds.has(route.kind)) continue;
		let km = 0;
		let last: { run: number; km: number; faction: Faction; node: number } | null = null;
		route.runs.forEach((run, i) => {
			const mid = km + run.lengthKm / 2;
			km += run.lengthKm;
			const s = next[run.node]!;
			if (!isAnchor(s)) return;
			if (
				last &&
				last.node !== run.node &&
				last.faction === s.faction &&
				mid - last.km <= options.routeFillMaxGapKm
			) {
				const losers = new Set<Faction>();
				for (const n of [last.node, run.node])
					for (const c of capturedToday.get(n) ?? []) if (c.to === s.faction) losers.add(c.from);
				if (losers.size > 0) {
					const ids = mergeIds(next[last.node]!.eventIds, s.eventIds);
					const stretch = route.runs.slice(last.run + 1, i);
					const state: NodeState = { faction: s.faction, status: 'inferred', rule: 'route', eventIds: ids };
					const take = (n: number) => {
						const t = next[n]!;
						if (!losers.has(t.faction) || placedByReport(t) || named.has(n)) return;
						if (spared.has(nodeSet.nodes[n]!.kind)) return;
						next[n] = state;
						moved.push(n);
					};
					for (const r of stretch) take(r.node);
					const line: Position[] = stretch.flatMap((r) => r.coords);
					if (line.length >= 2 && options.routeFillSurroundKm > 0)
						for (const n of nearLine(line, ctx)) take(n);
				}
			}
			last = { run: i, km: mid, faction: s.faction, node: run.node };
		});
	}
	return moved;
}

/** Nodes within `routeFillSurroundKm` of a polyline (a bounding-box test first). */
function nearLine(line: Position[], ctx: DayContext): number[] {
	const { nodeSet, options } = ctx;
	const { plane } = nodeSet;
	const padLat = options.routeFillSurroundKm / 111;
	const padLon = padLat / plane.kx;
	const [x0, y0, x1, y1] = boxOf(line);
	const out: number[] = [];
	for (const n of nodeSet.nodes) {
		if (n.lon < x0 - padLon || n.lon > x1 + padLon || n.lat < y0 - padLat || n.lat > y1 + padLat) continue;
		for (let k = 0; k + 1 < line.length; k++) {
			if (pointSegmentKm(plane, [n.lon, n.lat], line[k]!, line[k + 1]!).km <= options.routeFillSurroundKm) {
				out.push(n.index);
				break;
			}
		}
	}
	return out;
}

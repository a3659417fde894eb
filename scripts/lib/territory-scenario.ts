// Runs the territorial model on a scenario of curated events (tests/fixtures/territory/*.events.json)
// with the real geodata, and scores its map against a control reference. Shared by the golden
// test (tests/territory/offensive-to-damascus.test.ts) and `npx tsx scripts/score-scenario.ts`.
import type { FeatureCollection } from 'geojson';
import type { ConflictEvent, Diagnostic, IsoDate } from '../../src/lib/domain/types';
import {
	scoreControl,
	type ControlReference,
	type ControlScores,
	type PlaceInterval
} from '../../src/lib/eval/control';
import { buildLayers } from '../../src/lib/territory/build-layers';
import { readTerritoryData } from './build-data-layers';
import { loadGazetteer } from './load-gazetteer';
import { readJson } from './pipeline-context';
import { loadProject } from './project';

export interface ScenarioRun {
	files: Record<string, unknown>;
	diagnostics: Diagnostic[];
	scores: ControlScores;
	/** The same, over the reference places that no event of the scenario names: what inference alone drew. */
	unnamedScores: ControlScores;
	timeline: { start: IsoDate; end: IsoDate };
	events: ConflictEvent[];
}

/** Reads a scenario (`{timeline: {start, end}, events: ConflictEvent[]}`), builds its layers, scores them. */
export function runScenario(geodata: string, scenarioFile: string, referenceFile: string): ScenarioRun {
	const doc = readJson(scenarioFile) as { timeline?: { start?: unknown; end?: unknown }; events?: unknown };
	const start = doc?.timeline?.start;
	const end = doc?.timeline?.end;
	if (typeof start !== 'string' || typeof end !== 'string')
		throw new Error(`${scenarioFile}: timeline.start and timeline.end must be YYYY-MM-DD strings`);
	if (!Array.isArray(doc.events))
		throw new Error(`${scenarioFile}: events must be an array of ConflictEvent`);
	const events = doc.events as ConflictEvent[];
	events.forEach((e, i) => {
		for (const key of ['id', 'kind', 'place_id'] as const)
			if (typeof e?.[key] !== 'string')
				throw new Error(`${scenarioFile}: events[${i}].${key} must be a string`);
	});
	const gazetteer = loadGazetteer(geodata);
	const project = loadProject(geodata);
	const { files, diagnostics } = buildLayers({
		gazetteer: gazetteer.entries,
		events,
		...readTerritoryData(geodata, project),
		distanceReference: project.theatre.distanceReference,
		sources: [],
		start,
		end,
		attribution: []
	});
	const reference = readJson(referenceFile) as ControlReference;
	const places = (files['layers/places.geojson'] as FeatureCollection).features as unknown as PlaceInterval[];
	const named = new Set(events.map((e) => e.place_id));
	const unnamed: ControlReference = {
		...reference,
		places: reference.places.filter((p) => !p.place_id || !named.has(p.place_id))
	};
	return {
		files,
		diagnostics,
		scores: scoreControl(reference, places, end),
		unnamedScores: scoreControl(unnamed, places, end),
		timeline: { start, end },
		events
	};
}

/** The per-date table for the README: all reference places, then those no event names. */
export function scoresTable(scores: ControlScores, unnamed: ControlScores): string {
	const rows = Object.entries(scores.per_date).sort(([a], [b]) => (a < b ? -1 : 1));
	const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
	const cell = ([right, facts]: [number, number]) =>
		`${right} / ${facts} | ${pct(facts ? right / facts : 0)}`;
	const sum = (s: ControlScores) => Object.values(s.per_date).reduce((a, [r]) => a + r, 0);
	return [
		'| date | all places: right / facts | share | places no event names: right / facts | share |',
		'|---|---|---|---|---|',
		...rows.map(
			([date, tally]) => `| ${date} | ${cell(tally)} | ${cell(unnamed.per_date[date] ?? [0, 0])} |`
		),
		`| **all** | ${sum(scores)} / ${scores.facts} | **${pct(scores.accuracy)}** | ${sum(unnamed)} / ${unnamed.facts} | **${pct(unnamed.accuracy)}** |`
	].join('\n');
}

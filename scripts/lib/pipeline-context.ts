// Everything the pure pipeline needs from geodata/ (the gazetteer index, stopwords) and from the
// map project (its actors file and country, named in theatre.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, GazetteerEntry, IsoDate } from '../../src/lib/domain/types';
import { buildGazetteerIndex } from '../../src/lib/gazetteer/gazetteer-index';
import type { ActorPattern } from '../../src/lib/pipeline/actor-names';
import type { PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { loadGazetteer } from './load-gazetteer';
import { loadProject, type Project } from './project';

export function readJson(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		throw new Error(
			`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (e as Error).message}`
		);
	}
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
	}
}

export interface LoadedContext {
	context: PipelineContext;
	entries: GazetteerEntry[];
	diagnostics: Diagnostic[];
}

/**
 * `project` gives the actors file and the theatre's country; without it, geodata/ is the project
 * (the embedded default is such a project).
 */
export function loadPipelineContext(
	geodata: string,
	published: IsoDate | null,
	project: Project = loadProject(geodata)
): LoadedContext {
	const gazetteer = loadGazetteer(geodata);
	const actorsFile = project.files.actors;
	const actors = readJson(actorsFile) as ActorPattern[];
	if (
		!Array.isArray(actors) ||
		!actors.every(
			(a) =>
				typeof a.actor === 'string' &&
				typeof a.faction === 'string' &&
				Array.isArray(a.patterns) &&
				[a.backers, a.qualifiers, a.speakers, a.strikers].every(
					(words) =>
						words === undefined ||
						(Array.isArray(words) && words.every((w) => typeof w === 'string' && w.trim() !== ''))
				)
		)
	) {
		throw new Error(
			`${actorsFile}: must be a list of {actor, faction, patterns, backers?, qualifiers?, speakers?, strikers?} (backers, qualifiers, speakers and strikers: lists of non-empty words)`
		);
	}
	const config = readJson(join(geodata, 'gazetteer-config.json')) as { stopwords?: string[] };
	// the theatre's country: where a national collapse is placed
	const countryId = project.theatre.country.gazetteerId;
	const country = gazetteer.entries.find((e) => e.id === countryId && e.kind === 'country');
	if (country === undefined)
		throw new Error(
			`${project.theatreFile}: country.gazetteerId: ${JSON.stringify(countryId)} is not a country of the gazetteer (a row of kind "country")`
		);
	return {
		context: {
			index: buildGazetteerIndex(gazetteer.entries),
			stopwords: new Set((config.stopwords ?? []).map((w) => w.toLowerCase())),
			actors,
			published,
			countryId: country.id,
			...(gazetteer.countries.length ? { theatreCountries: gazetteer.countries } : {})
		},
		entries: gazetteer.entries,
		diagnostics: gazetteer.diagnostics
	};
}

// Everything the pure pipeline needs from geodata/ (the gazetteer index, stopwords) and from the
// map project (its actors file and country, named in theatre.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, GazetteerEntry, IsoDate } from '../../src/lib/domain/types';
import {
	buildGazetteerIndex,
	lookupName,
	type GazetteerIndex
} from '../../src/lib/gazetteer/gazetteer-index';
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
				[a.backers, a.qualifiers].every(
					(words) =>
						words === undefined ||
						(Array.isArray(words) && words.every((w) => typeof w === 'string' && w.trim() !== ''))
				)
		)
	) {
		throw new Error(
			`${actorsFile}: must be a list of {actor, faction, patterns, backers?, qualifiers?} (backers and qualifiers: lists of non-empty words)`
		);
	}
	const configFile = join(geodata, 'gazetteer-config.json');
	const config = readJson(configFile) as { stopwords?: string[]; bareNameIsRegion?: unknown };
	const index = buildGazetteerIndex(gazetteer.entries);
	const bare = bareNameRegions(index, config.bareNameIsRegion, configFile);
	const regionByDefault = bare.ids;
	// the theatre's country: where a national collapse is placed
	const countryId = project.theatre.country.gazetteerId;
	const country = gazetteer.entries.find((e) => e.id === countryId && e.kind === 'country');
	if (country === undefined)
		throw new Error(
			`${project.theatreFile}: country.gazetteerId: ${JSON.stringify(countryId)} is not a country of the gazetteer (a row of kind "country")`
		);
	return {
		context: {
			index,
			stopwords: new Set((config.stopwords ?? []).map((w) => w.toLowerCase())),
			actors,
			published,
			countryId: country.id,
			...(gazetteer.countries.length ? { theatreCountries: gazetteer.countries } : {}),
			...(regionByDefault.length ? { regionByDefault } : {})
		},
		entries: gazetteer.entries,
		diagnostics: [...gazetteer.diagnostics, ...bare.diagnostics]
	};
}

/**
 * The cities of `bareNameIsRegion` (names), as gazetteer ids. A name with no city that has a governorate of
 * the same name in this gazetteer (a smaller one sharing the config) is left out with a warning; a field
 * that is not a list of names stops the run.
 */
function bareNameRegions(
	index: GazetteerIndex,
	names: unknown,
	file: string
): { ids: string[]; diagnostics: Diagnostic[] } {
	const out = { ids: [] as string[], diagnostics: [] as Diagnostic[] };
	if (names === undefined) return out;
	if (!Array.isArray(names) || !names.every((n) => typeof n === 'string'))
		throw new Error(`${file}: "bareNameIsRegion" must be a list of city names`);
	const kind = (id: string) => index.entries.get(id)?.kind;
	for (const name of names) {
		const city = lookupName(index, name).find((h) => kind(h.id) === 'city');
		const region = [' province', ' governorate'].some((suffix) =>
			lookupName(index, name + suffix).some((h) => kind(h.id) === 'region')
		);
		if (city && region) out.ids.push(city.id);
		else
			out.diagnostics.push({
				level: 'warning',
				code: 'bare-name-not-region',
				message: `${file}: "bareNameIsRegion": "${name}" names no city of the gazetteer with a governorate of the same name; ignored`,
				article: null,
				start: null,
				end: null
			});
	}
	return out;
}

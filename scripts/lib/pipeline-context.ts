// Everything the pure pipeline needs from geodata/: the gazetteer index, actors, stopwords.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, GazetteerEntry, IsoDate } from '../../src/lib/domain/types';
import { buildGazetteerIndex } from '../../src/lib/gazetteer/gazetteer-index';
import type { ActorPattern } from '../../src/lib/pipeline/build-events';
import type { PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { loadGazetteer } from './load-gazetteer';

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

export function loadPipelineContext(geodata: string, published: IsoDate | null): LoadedContext {
	const gazetteer = loadGazetteer(geodata);
	const actors = readJson(join(geodata, 'actors.json')) as ActorPattern[];
	if (
		!Array.isArray(actors) ||
		!actors.every(
			(a) => typeof a.actor === 'string' && typeof a.faction === 'string' && Array.isArray(a.patterns)
		)
	) {
		throw new Error(`${join(geodata, 'actors.json')}: must be a list of {actor, faction, patterns}`);
	}
	const configFile = join(geodata, 'gazetteer-config.json');
	const config = readJson(configFile) as { stopwords?: string[]; theatreCountry?: string };
	// the theatre's country: where a national collapse is placed
	const country =
		config.theatreCountry === undefined
			? null
			: gazetteer.entries.find((e) => e.id === config.theatreCountry && e.kind === 'country');
	if (country === undefined)
		throw new Error(
			`${configFile}: "theatreCountry" ${JSON.stringify(config.theatreCountry)} is not a country of the gazetteer`
		);
	return {
		context: {
			index: buildGazetteerIndex(gazetteer.entries),
			stopwords: new Set((config.stopwords ?? []).map((w) => w.toLowerCase())),
			actors,
			published,
			countryId: country?.id ?? null
		},
		entries: gazetteer.entries,
		diagnostics: gazetteer.diagnostics
	};
}

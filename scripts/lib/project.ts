// Reads a map project folder (README "Map projects"): its theatre.json, checked by the pure
// parser in src/lib/project/theatre.ts, and where each of its parts is. The build
// (scripts/gazetteer.ts), its watcher and the review page all start here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_LAYOUT } from '../../src/lib/project/layout';
import { parseTheatre, TheatreError, type Theatre } from '../../src/lib/project/theatre';

/**
 * The largest theatre.json read at all. Far above any real one (a few kB) so that an oversized
 * field is still parsed and named by the checker; a larger file is refused unread.
 */
export const THEATRE_FILE_MAX_BYTES = 64 * 1024 * 1024;

export interface Project {
	/** The project folder, absolute. */
	dir: string;
	theatreFile: string;
	theatre: Theatre;
	/** Absolute paths of the project's parts; null where the part is optional and absent. */
	files: {
		/** The articles folder, when there is one. */
		articles: string | null;
		/** Curated events (events.json), when there is such a file. */
		curated: string | null;
		/** The review decisions: where they are or will be written (the file may not exist yet). */
		review: string;
		overrides: string | null;
		baseline: string;
		actors: string;
	};
}

function kindOf(path: string): 'file' | 'folder' | 'other' | null {
	try {
		const s = statSync(path);
		return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
	} catch {
		return null;
	}
}

/** Reads and checks theatre.json and the files it names. Throws one error naming the file and field. */
export function loadProject(dirArg: string): Project {
	const dir = resolve(dirArg);
	if (kindOf(dir) !== 'folder') throw new Error(`${dir}: the project folder does not exist`);
	const theatreFile = join(dir, PROJECT_LAYOUT.theatre);
	const kind = kindOf(theatreFile);
	if (kind === null)
		throw new Error(
			`${theatreFile}: missing (a map project needs a theatre.json; see README "theatre.json")`
		);
	if (kind !== 'file') throw new Error(`${theatreFile}: must be a regular file`);
	const size = statSync(theatreFile).size;
	if (size > THEATRE_FILE_MAX_BYTES)
		throw new Error(
			`${theatreFile}: ${(size / 1048576).toFixed(1)} MB, more than the ${THEATRE_FILE_MAX_BYTES / 1048576} MB a theatre file may be`
		);
	const theatre = parseTheatre(readFileSync(theatreFile, 'utf8'), theatreFile);
	const named = (field: 'baseline' | 'actors'): string => {
		const path = join(dir, theatre[field]);
		const k = kindOf(path);
		if (k !== 'file')
			throw new TheatreError(theatreFile, [
				`${field}: "${theatre[field]}" ${k === null ? 'does not exist' : 'is not a regular file'} (looked for ${path})`
			]);
		return path;
	};
	const baseline = named('baseline');
	const actors = named('actors');
	const articles = join(dir, PROJECT_LAYOUT.articles);
	const curated = join(dir, PROJECT_LAYOUT.curated);
	const overrides = join(dir, PROJECT_LAYOUT.overrides);
	return {
		dir,
		theatreFile,
		theatre,
		files: {
			articles: kindOf(articles) === 'folder' ? articles : null,
			curated: existsSync(curated) ? curated : null,
			review: join(dir, PROJECT_LAYOUT.review),
			overrides: existsSync(overrides) ? overrides : null,
			baseline,
			actors
		}
	};
}

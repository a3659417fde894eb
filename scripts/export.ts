// npm run export -- [--data static/data] [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv|kml|kmz --out FILE
// The Export menu's date-range files from a built data folder, without a browser: the CSV in
// ACLED's columns, the KML or the KMZ (src/lib/export/data-export.ts). Without --from/--to: all
// dates (the manifest's start to end). The file is written to a temporary name and renamed.
// Exit codes: 0 written; 1 the data folder cannot be read; 2 bad arguments (each named, with the rule).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from './lib/args';
import { readDataFolder } from '../tests/read-data-folder';
import { DATA_FORMATS, exportRange, type DataFormat } from '../src/lib/export/data-export';

const FLAGS = { data: 'string', from: 'string', to: 'string', format: 'string', out: 'string' } as const;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
	let flags: Record<string, string | boolean>;
	try {
		flags = parseArgs(argv, FLAGS);
		if (typeof flags.out !== 'string') throw new UsageError('--out FILE is required');
		if (!DATA_FORMATS.includes(flags.format as DataFormat))
			throw new UsageError(
				`--format must be one of ${DATA_FORMATS.join(', ')}, got "${String(flags.format ?? '')}"`
			);
	} catch (e) {
		console.error(`export: ${(e as Error).message}`);
		return 2;
	}
	const dir = resolve(typeof flags.data === 'string' ? flags.data : 'static/data');
	let data;
	try {
		data = await readDataFolder(dir);
	} catch (e) {
		console.error(`export: ${dir}: ${(e as Error).message}`);
		return 1;
	}
	if (data.problems.length)
		console.error(
			`export: ${data.problems.length} data file(s) could not be read: ${data.problems.map((p) => p.file).join(', ')}`
		);
	const from = typeof flags.from === 'string' ? flags.from : data.manifest.start;
	const to = typeof flags.to === 'string' ? flags.to : data.manifest.end;
	let file;
	try {
		file = exportRange(data, { from, to, format: flags.format as DataFormat });
	} catch (e) {
		console.error(`export: ${(e as Error).message}`);
		return 2;
	}
	const out = resolve(flags.out as string);
	const tmp = `${out}.tmp-${process.pid}`;
	try {
		writeFileSync(tmp, file.body);
		renameSync(tmp, out);
	} catch (e) {
		rmSync(tmp, { force: true });
		console.error(`export: cannot write ${out}: ${(e as Error).message}`);
		return 1;
	}
	console.log(
		`export: ${file.name.replace(/^situation-map-|\.\w+$/g, '')} as ${flags.format} written to ${out}`
	);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('export.ts')) {
	main(process.argv.slice(2)).then(
		(code) => (process.exitCode = code),
		(e: unknown) => {
			console.error(`export: ${e instanceof Error ? e.message : String(e)}`);
			process.exitCode = 1;
		}
	);
}

// npm run corpus:import -- --from DIR --to DIR
// Turns plain-header article excerpts ("url: …", "publisher: …", "published: …", a blank line, then the
// text) into the `.md` files the gazetteer reads (YAML front matter, then the text unchanged), so gold
// offsets index into exactly the file the pipeline sees. The texts are third-party writing: write them
// outside the repository (eval/real/README.md says where).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from './lib/args';

const HEADER_FIELDS = new Set(['url', 'publisher', 'published', 'title']);

export function toFrontMatter(file: string, raw: string): string {
	const blank = raw.indexOf('\n\n');
	if (blank < 0) throw new Error(`${file}: no blank line after the header`);
	const fields: string[] = [];
	for (const line of raw.slice(0, blank).split('\n')) {
		const m = /^(\w+):\s*(.*)$/.exec(line);
		if (!m || !HEADER_FIELDS.has(m[1]!))
			throw new Error(
				`${file}: header line ${JSON.stringify(line)} is not one of ${[...HEADER_FIELDS].join(', ')}`
			);
		const [, key, value] = m;
		if (key === 'published' && !/^\d{4}-\d{2}-\d{2}$/.test(value!)) continue; // "unknown": the pipeline finds the date itself
		fields.push(`${key}: ${JSON.stringify(value)}`);
	}
	return `---\n${fields.join('\n')}\n---\n${raw.slice(blank + 2)}`;
}

function main(argv: string[]): number {
	const flags = parseArgs(argv, { from: 'string', to: 'string' });
	if (!flags.from || !flags.to) throw new Error('--from and --to are required');
	const from = resolve(flags.from as string);
	const to = resolve(flags.to as string);
	mkdirSync(to, { recursive: true });
	let n = 0;
	for (const name of readdirSync(from).sort()) {
		if (!name.endsWith('.txt')) continue;
		const out = toFrontMatter(name, readFileSync(join(from, name), 'utf8'));
		writeFileSync(join(to, basename(name, '.txt') + '.md'), out);
		n++;
	}
	console.log(`corpus-import: ${n} article(s) written to ${to}`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	console.error(`corpus-import: ${(e as Error).message}`);
	process.exitCode = 2;
}

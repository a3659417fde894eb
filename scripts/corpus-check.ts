// npm run corpus:check -- --articles DIR --gold DIR
// Checks a local copy of an evaluation set against its gold: each gold article's file must be in DIR and
// read every gold place at its offsets. Prints one line per article that is missing or differs, then the
// counts; exits 1 when any differs (a missing one is only counted: sets are often rebuilt in part).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCopy } from '../src/lib/eval/corpus-check';
import { parseGoldArticle } from '../src/lib/eval/gold';
import { parseArgs } from './lib/args';

function main(argv: string[]): number {
	const flags = parseArgs(argv, { articles: 'string', gold: 'string' });
	if (!flags.articles || !flags.gold) throw new Error('--articles and --gold are required');
	const dir = resolve(flags.articles as string);
	const goldDir = resolve(flags.gold as string);
	let ok = 0;
	let missing = 0;
	let differ = 0;
	for (const name of readdirSync(goldDir).sort()) {
		if (!name.endsWith('.json')) continue;
		const file = join(goldDir, name);
		const { article, gold } = parseGoldArticle(JSON.parse(readFileSync(file, 'utf8')), file);
		const copy = join(dir, article);
		if (!existsSync(copy)) {
			missing++;
			console.log(`missing  ${article}`);
			continue;
		}
		const { first } = checkCopy(gold, readFileSync(copy, 'utf8'));
		if (!first) {
			ok++;
			continue;
		}
		differ++;
		console.log(
			`differs  ${article}: "${first.text}" expected at ${first.start}, the copy has ${JSON.stringify(first.found)}`
		);
	}
	console.log(`corpus-check: ${ok} match, ${differ} differ, ${missing} missing (${dir})`);
	return differ > 0 ? 1 : 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	console.error(`corpus-check: ${(e as Error).message}`);
	process.exitCode = 2;
}

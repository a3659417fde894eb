// npx tsx scripts/score-scenario.ts [SCENARIO] [--verbose]
// Prints the control scores of the territorial model on a scenario of curated events against
// eval/real/control-reference.json, per date (the table in geodata/control/README.md).
import { join, resolve } from 'node:path';
import { runScenario, scoresTable } from './lib/territory-scenario';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const scenario =
	args.find((a) => !a.startsWith('--')) ??
	join(root, 'tests/fixtures/territory/offensive-to-damascus.events.json');
const run = runScenario(
	join(root, 'geodata'),
	resolve(scenario),
	join(root, 'eval/real/control-reference.json')
);
console.log(scoresTable(run.scores, run.unnamedScores));
if (args.includes('--verbose')) for (const m of run.scores.misses) console.log(`  miss: ${m}`);
for (const d of run.diagnostics) if (d.level !== 'info') console.error(`${d.level}: ${d.code}: ${d.message}`);

// for each gold event: the gold span text, and what we produced in that article for that place
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipelineContext } from './scripts/lib/pipeline-context';
import { runPipeline } from './src/lib/pipeline/run-pipeline';
import { distanceKm } from './src/lib/geo/distance';
const dir = process.argv[2]!, gold = process.argv[3]!, only = process.argv[4];
const loaded = loadPipelineContext(join(process.cwd(), 'geodata'), null);
const byId = new Map(loaded.entries.map(e => [e.id, e]));
for (const g of readdirSync(gold)) {
  if (only && !g.includes(only)) continue;
  const G = JSON.parse(readFileSync(join(gold, g), 'utf8'));
  const text = readFileSync(join(dir, G.article), 'utf8');
  const out = runPipeline([{ file: G.article, text }], loaded.context);
  console.log('=== ' + G.article);
  const fam = (k: string) => ['capture','entry','collapse'].includes(k) ? 'C' : ['airstrike','drone-strike','shelling','projectile','car-bomb'].includes(k) ? 'S' : k;
  const used = new Set<number>();
  for (const e of G.events) {
    if (e.restatement) continue;
    const i = out.events.findIndex((p, j) => !used.has(j) && fam(p.kind) === fam(e.kind) && distanceKm([byId.get(p.place_id)!.lon, byId.get(p.place_id)!.lat], [e.lon, e.lat]) <= (e.scope === 'region' ? 40 : 5));
    if (i >= 0) { used.add(i); continue; }
    console.log(`  MISS ${e.kind}/${e.family} @${e.place} [${e.date}]: ${text.slice(e.start, e.end).replace(/\n/g, ' ')}`);
  }
  out.events.forEach((p, j) => { if (!used.has(j)) console.log(`  EXTRA ${p.kind} @${byId.get(p.place_id)?.name} [${p.date}]: ${text.slice(p.sources[0]!.start, p.sources[0]!.end).replace(/\n/g, ' ').slice(0, 200)}`); });
}

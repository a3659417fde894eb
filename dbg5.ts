import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipelineContext } from './scripts/lib/pipeline-context';
import { runPipeline } from './src/lib/pipeline/run-pipeline';
import { distanceKm } from './src/lib/geo/distance';
const dir = process.argv[2]!, gold = process.argv[3]!;
const loaded = loadPipelineContext(join(process.cwd(), 'geodata'), null);
const byId = new Map(loaded.entries.map(e => [e.id, e]));
const fam = (k: string) => ['capture','entry','collapse'].includes(k) ? 'C' : ['airstrike','drone-strike','shelling','projectile','car-bomb'].includes(k) ? 'S' : k === 'withdrawal' ? 'W' : k;
let noPlace = 0, reading = 0; const byFam: Record<string, number[]> = {};
const show = process.argv[4];
for (const g of readdirSync(gold)) {
  const G = JSON.parse(readFileSync(join(gold, g), 'utf8'));
  const text = readFileSync(join(dir, G.article), 'utf8');
  const out = runPipeline([{ file: G.article, text }], loaded.context);
  const used = new Set<number>();
  for (const e of G.events) {
    if (e.restatement) continue;
    const i = out.events.findIndex((p, j) => !used.has(j) && fam(p.kind) === fam(e.kind) && distanceKm([byId.get(p.place_id)!.lon, byId.get(p.place_id)!.lat], [e.lon, e.lat]) <= (e.scope === 'region' || byId.get(p.place_id)!.kind==='region' ? 40 : 5));
    if (i >= 0) { used.add(i); continue; }
    const ok = out.mentions.some(m => distanceKm([byId.get(m.place_id)!.lon, byId.get(m.place_id)!.lat], [e.lon, e.lat]) <= (e.scope === 'region' ? 40 : 5) && m.start >= e.start - 200 && m.end <= e.end + 200);
    (byFam[e.family] ??= [0,0])[ok ? 0 : 1]++;
    if (ok) { reading++; if (show === 'reading') console.log(`  ${e.family} ${e.kind} @${e.place}: ${text.slice(e.start, e.end).replace(/\n/g,' ').slice(0,220)}`); } else { noPlace++; if (show === 'place') console.log(`  ${e.family} @${e.place}: ${text.slice(e.start, e.end).replace(/\n/g,' ').slice(0,150)}`); }
  }
}
console.log({ noPlace, reading }, byFam);

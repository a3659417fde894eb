import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipelineContext } from './scripts/lib/pipeline-context';
import { runPipeline } from './src/lib/pipeline/run-pipeline';
const dir = process.argv[2]!; const names = process.argv.slice(3);
const loaded = loadPipelineContext(join(process.cwd(), 'geodata'), null);
const byId = new Map(loaded.entries.map(e => [e.id, e]));
const files = readdirSync(dir).map(f => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const texts = new Map(files.map(f => [f.file, f.text]));
const out = runPipeline(files, loaded.context);
for (const e of out.events) {
  const n = byId.get(e.place_id)!.name;
  if (!names.some(x => n.includes(x))) continue;
  if (!['capture','entry','withdrawal','collapse'].includes(e.kind)) continue;
  for (const s of e.sources) console.log(e.date, e.kind, n, e.faction, e.extent ?? '', '|', s.article.slice(0,14), texts.get(s.article)!.slice(s.start, s.end).replace(/\n/g,' ').slice(0, 170));
}

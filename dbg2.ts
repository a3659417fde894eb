import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipelineContext } from './scripts/lib/pipeline-context';
import { runPipeline } from './src/lib/pipeline/run-pipeline';
const file = process.argv[2]!;
const loaded = loadPipelineContext(join(process.cwd(), 'geodata'), null);
const text = readFileSync(file, 'utf8');
const out = runPipeline([{ file: 'a.md', text }], loaded.context);
for (const e of out.events) console.log(e.date, e.kind, loaded.entries.find(x=>x.id===e.place_id)?.name, e.extent ?? '', '|', text.slice(e.sources[0]!.start, e.sources[0]!.end).slice(0, 160).replace(/\n/g,' '));

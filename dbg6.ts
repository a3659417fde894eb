import { join } from 'node:path';
import { loadPipelineContext } from './scripts/lib/pipeline-context';
const loaded = loadPipelineContext(join(process.cwd(), 'geodata'), null);
for (const n of process.argv.slice(2)) for (const e of loaded.entries) if ([e.name, ...e.aliases].some(a => a.toLowerCase().includes(n.toLowerCase()))) console.log(n, '→', e.id, e.name, e.kind, e.lat, e.lon, e.admin1, e.source.slice(0,60));

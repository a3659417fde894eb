import { benchPipeline } from '/work/wt/extract/scripts/bench-pipeline';
for (const r of await benchPipeline(Number(process.argv[2] ?? 2000))) console.log(`${r.name}: ${r.value} ${r.unit} (goal ${r.goal})`);

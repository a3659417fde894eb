import { analyse } from './src/lib/text/nlp';
import { readClauses } from './src/lib/pipeline/read-clauses';
import { DEFAULT_PIPELINE_OPTIONS } from './src/lib/pipeline/config';
const cases: [string, string[]][] = JSON.parse(process.argv[2]!);
for (const [s, names] of cases) {
  const toks = analyse(s, { start: 0, end: s.length });
  const places = names.map(n => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length, region: false }));
  console.log(s); console.log(' ', toks.map(t => `${t.lower}/${t.pos}/${t.lemma}${t.negated?'!':''}`).join(' '));
  console.log(' ', JSON.stringify(readClauses(toks, places, DEFAULT_PIPELINE_OPTIONS).map(r => [names[r.place], r.kind, r.family, r.restated])));
}

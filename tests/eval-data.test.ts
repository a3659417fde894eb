// The committed real-reporting annotations must stay readable by the scorer: every gold file parses
// field by field and every control fact is sourced. (The article texts are not in the repository.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ControlReference } from '../src/lib/eval/control';
import { parseGoldArticle } from '../src/lib/eval/gold';

const ROOT = join(import.meta.dirname, '..', 'eval', 'real');
const HOLDERS = ['government', 'opposition', 'sna', 'sdf', 'contested'];

describe.each(['dev', 'late', 'late2', 'late3', 'late4', 'late5'])('real-reporting gold: %s', (set) => {
	const dir = join(ROOT, set, 'gold');
	const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
	const sources = JSON.parse(readFileSync(join(ROOT, set, 'sources.json'), 'utf8')) as {
		article: string;
		site: string;
	}[];

	it('has a gold file per listed source, each naming it', () => {
		expect(files.length).toBe(sources.length);
		for (const f of files) {
			const { article, gold } = parseGoldArticle(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
			expect(
				sources.some((s) => s.article === article),
				`${f}: ${article} not in sources.json`
			).toBe(true);
			for (const p of gold.places) expect(p.end - p.start, `${f}: ${p.text}`).toBe(p.text.length);
		}
	});

	it('names every source by its site and a hash of its URL', () => {
		for (const s of sources) expect(s.site, s.article).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
	});
});

describe('control reference', () => {
	const ref = JSON.parse(readFileSync(join(ROOT, 'control-reference.json'), 'utf8')) as ControlReference & {
		sources: Record<string, unknown>;
	};

	it('gives every change a known holder, a date in the period and a listed source', () => {
		expect(ref.places.length).toBeGreaterThanOrEqual(50);
		for (const p of ref.places) {
			expect(HOLDERS, p.place).toContain(p.baseline);
			for (const c of p.changes) {
				expect(HOLDERS, `${p.place} ${c.date}`).toContain(c.holder);
				expect(c.date >= ref.period.start && c.date <= ref.period.end, `${p.place} ${c.date}`).toBe(true);
				expect(c.sources?.length, `${p.place} ${c.date}`).toBeGreaterThan(0);
				for (const s of c.sources ?? [])
					expect(Object.hasOwn(ref.sources, s), `${p.place}: source ${s}`).toBe(true);
			}
		}
	});
});

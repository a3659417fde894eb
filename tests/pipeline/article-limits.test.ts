// The per-article time limit: an article that runs out of time is dropped with an error naming it, and
// the batch goes on. A fake clock stands in for a slow article, so the test does not depend on speed.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS } from '../../src/lib/pipeline/limits';
import { runPipeline, type PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { loadPipelineContext } from '../../scripts/lib/pipeline-context';

let context: PipelineContext;
beforeAll(() => {
	context = loadPipelineContext(join(__dirname, '..', '..', 'geodata'), null).context;
});

const FILES = [
	{
		file: 'a-slow.md',
		text: '---\npublished: 2024-11-29\n---\nOpposition fighters captured Khan al-Asal on Friday.'
	},
	{
		file: 'b-fine.md',
		text: '---\npublished: 2024-11-30\n---\nOpposition fighters captured Saraqeb on Saturday.'
	}
];

/** A clock that jumps past the limit once, during the first article's stages; 1 ms a call otherwise. */
function clockJumpingAtCall(jumpAt: number): () => number {
	let calls = 0;
	let now = 0;
	return () => {
		calls++;
		now += calls === jumpAt ? ARTICLE_LIMITS.maxMillisecondsPerArticle + 1 : 1;
		return now;
	};
}

describe('per-article time limit', () => {
	it('drops an article that runs out of time with an error naming it and the stage, and reads the next', () => {
		const out = runPipeline(FILES, { ...context, clock: clockJumpingAtCall(3) });
		const stopped = out.diagnostics.filter((d) => d.code === 'article-time-limit');
		expect(stopped).toEqual([
			{
				level: 'error',
				code: 'article-time-limit',
				message: expect.stringMatching(
					/^a-slow\.md: stopped after 30\.0 s, when finding place names ended \(the limit is 30 s per article\); none of its places or events are used$/
				),
				article: 'a-slow.md',
				start: null,
				end: null
			}
		]);
		expect(out.articles.map((a) => a.file)).toEqual(['b-fine.md']);
		expect(new Set(out.mentions.map((m) => m.article))).toEqual(new Set(['b-fine.md']));
		expect(out.events.length).toBeGreaterThan(0);
		expect(out.events.every((e) => e.sources.every((s) => s.article === 'b-fine.md'))).toBe(true);
	});

	it('gives the same output as no clock when every article is in time', () => {
		const timed = runPipeline(FILES, { ...context, clock: clockJumpingAtCall(-1) });
		expect(timed).toEqual(runPipeline(FILES, context));
		expect(timed.articles).toHaveLength(2);
	});
});

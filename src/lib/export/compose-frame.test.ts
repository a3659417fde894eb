import { describe, expect, it } from 'vitest';
import { composeFrame, legendRows, wrapText, type Ctx2D, type FrameSpec } from './compose-frame';

/** A context that records what is drawn; text is 6 units per character wide. */
function recorder() {
	const calls: { op: string; args: unknown[]; font?: string; fillStyle?: unknown }[] = [];
	const state: Record<string, unknown> = { font: '', fillStyle: '' };
	const rec =
		(op: string) =>
		(...args: unknown[]) =>
			void calls.push({ op, args, font: String(state.font), fillStyle: state.fillStyle });
	const ctx = new Proxy(state, {
		get: (t, p: string) =>
			p === 'measureText' ? (s: string) => ({ width: s.length * 6 }) : p in t ? t[p] : rec(p),
		set: (t, p: string, v) => ((t[p] = v), true)
	}) as unknown as Ctx2D;
	return { ctx, calls };
}

const spec = (over: Partial<FrameSpec> = {}): FrameSpec => ({
	width: 1200,
	height: 800,
	scale: 1,
	title: 'Aleppo offensive',
	dateLabel: '29 November 2024',
	subtitle: '',
	legend: [
		{ label: 'Opposition', swatch: { kind: 'fill', colour: '#2b8a3e' } },
		{ label: 'Front line', swatch: { kind: 'line', colour: '#111' } },
		{ label: 'Airstrike', swatch: { kind: 'circle', colour: '#e8590c' } },
		{ label: 'Gained / lost', swatch: { kind: 'pair', colours: ['#ffd43b', '#495057'] } }
	],
	credit: 'Sources: 5 · GeoNames (CC BY 4.0) · Natural Earth',
	rtl: false,
	theme: 'light',
	...over
});

describe('composeFrame', () => {
	it('draws the map to cover the frame, then title, date, legend and credits', () => {
		const { ctx, calls } = recorder();
		composeFrame(ctx, { width: 600, height: 300 } as unknown as HTMLCanvasElement, spec());
		expect(calls[0]!.op).toBe('drawImage');
		// 600×300 into 1200×800: scale 8/3, 1600 wide, centred.
		expect(calls[0]!.args.slice(1)).toEqual([-200, 0, 1600, 800]);
		const texts = calls.filter((c) => c.op === 'fillText').map((c) => c.args[0]);
		expect(texts).toEqual([
			'Aleppo offensive',
			'29 November 2024',
			'Opposition',
			'Front line',
			'Airstrike',
			'Gained / lost',
			'Sources: 5 · GeoNames (CC BY 4.0) · Natural Earth'
		]);
		expect(calls.filter((c) => c.op === 'fillText' && c.args[0] === '29 November 2024')[0]!.font).toMatch(
			/^700 20px/
		);
	});

	it('scales type with the pixel ratio and anchors text on the right in Arabic', () => {
		const { ctx, calls } = recorder();
		composeFrame(
			ctx,
			{ width: 2400, height: 1600 } as unknown as HTMLCanvasElement,
			spec({ width: 2400, height: 1600, scale: 2, rtl: true })
		);
		const date = calls.find((c) => c.op === 'fillText' && c.args[0] === '29 November 2024')!;
		expect(date.font).toMatch(/^700 40px/);
		expect(date.args[1]).toBe(2400 - 20);
	});
});

describe('wrapText and legendRows', () => {
	const m = { measureText: (s: string) => ({ width: s.length * 6 }) as TextMetrics };
	it('wraps words at the width', () => {
		expect(wrapText(m, 'aaa bbb ccc ddd', 50)).toEqual(['aaa bbb', 'ccc ddd']);
		expect(wrapText(m, 'averyveryverylongword x', 20)).toEqual(['averyveryverylongword', 'x']);
	});
	it('wraps legend items into rows', () => {
		const items = Array.from({ length: 5 }, (_, i) => ({
			label: `item ${i}`,
			swatch: { kind: 'circle', colour: '#000' } as const
		}));
		const rows = legendRows(m, items, 200, 22, 14);
		expect(rows.map((r) => r.length)).toEqual([2, 2, 1]);
	});
});

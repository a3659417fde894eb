import { describe, expect, it } from 'vitest';
import { chartModel } from './figures-chart';
import type { DateFigures } from '../domain/types';

const day = (date: string, area_km2: DateFigures['area_km2']): DateFigures => ({
	date,
	area_km2,
	gained_km2: {},
	lost_km2: {},
	frontline_km: 0,
	m5_km: {},
	front_to_reference_km: null,
	event_ids: []
});

describe('chartModel', () => {
	const m = chartModel([
		day('2024-11-28', { opposition: 3221, government: 127985, sdf: 48226 }),
		day('2024-11-26', { opposition: 3221, government: 127985, sdf: 48226 }),
		day('2024-11-29', { opposition: 3988, government: 127218, sdf: 48226 }),
		day('2024-11-30', { opposition: 4241, government: 126965, sdf: 48226 })
	]);

	it('puts the dates in order, spaced by their distance in days', () => {
		expect(m.days).toEqual([...m.days].sort((a, b) => a - b));
		expect(m.x[0]).toBeLessThan(m.x[1]!);
		// 26 → 28 is two days, 28 → 29 one
		expect(m.x[1]! - m.x[0]!).toBeCloseTo(2 * (m.x[2]! - m.x[1]!));
	});

	it('gives each side its own scale: a loss of 0.8 % spans the side’s whole height', () => {
		const gov = m.sides.find((s) => s.faction === 'government')!;
		expect(gov.min).toBe(126965);
		expect(gov.max).toBe(127985);
		expect(gov.y[0]! - gov.y[3]!).toBeGreaterThan(70);
		expect(gov.change).toEqual([0, 0, -767, -253]);
	});

	it('leaves out sides that hold nothing and draws a side that never changes at mid-height', () => {
		expect(m.sides.map((s) => s.faction)).not.toContain('sna');
		expect(m.sides.find((s) => s.faction === 'sdf')!.y).toEqual([50, 50, 50, 50]);
	});
});

// The theatre's country (theatre.json country.gazetteerId): a bad value is an error naming the file and field.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipelineContext } from '../../scripts/lib/pipeline-context';
import { runPipeline } from '../../src/lib/pipeline/run-pipeline';

const GEODATA = join(__dirname, '..', '..', 'geodata');

describe('the theatre country', () => {
	it('is the gazetteer id of a country row, where a collapse of the state is placed', () => {
		const { context } = loadPipelineContext(GEODATA, null);
		expect(context.index.entries.get(context.countryId!)?.kind).toBe('country');
	});
	it('knows the seats of government from GeoNames: the capital, and one seat per governorate', () => {
		const { entries } = loadPipelineContext(GEODATA, null);
		const seats = entries.filter((e) => e.country === 'SY' && e.seat);
		expect(seats.filter((e) => e.seat === 'country').map((e) => e.name)).toEqual(['Damascus']);
		const byAdmin1 = new Map(seats.filter((e) => e.seat === 'admin1').map((e) => [e.admin1, e.id]));
		expect(byAdmin1.get('Aleppo')).toBe('place:geonames:170063');
		expect(byAdmin1.get('Hama')).toBe('place:geonames:170017');
		expect(byAdmin1.get('Daraa')).toBe('place:geonames:170905');
		expect(seats.filter((e) => e.seat === 'admin1')).toHaveLength(byAdmin1.size); // one each
		expect(entries.find((e) => e.name === 'Rastan')?.seat).toBeUndefined();
	});
	it('leaves out an event at a place of another country, saying so; the state’s collapse stays', () => {
		const { context } = loadPipelineContext(GEODATA, '2024-12-10');
		const text =
			'Warplanes struck Beirut on Tuesday. Warplanes struck Damascus on Tuesday. The regime collapsed.';
		const out = runPipeline([{ file: 'a.txt', text }], context);
		const where = out.events.map((e) => context.index.entries.get(e.place_id)!.name).sort();
		expect(where).toEqual(['Damascus', 'Syria']);
		expect(out.diagnostics.find((d) => d.code === 'event-outside-theatre')?.message).toMatch(/Beirut \(LB\)/);
		const open = runPipeline([{ file: 'a.txt', text }], { ...context, theatreCountries: undefined });
		expect(open.events.map((e) => context.index.entries.get(e.place_id)!.name)).toContain('Beirut');
	});
	it('refuses an id that is not a country of the gazetteer, naming the file and the field', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'sm-theatre-')), 'geodata');
		cpSync(GEODATA, dir, { recursive: true });
		const file = join(dir, 'theatre.json');
		const theatre = JSON.parse(readFileSync(file, 'utf8'));
		writeFileSync(
			file,
			JSON.stringify({
				...theatre,
				country: { ...theatre.country, gazetteerId: 'place:sm:aleppo-governorate' }
			})
		);
		expect(() => loadPipelineContext(dir, null)).toThrow(
			/theatre\.json: country\.gazetteerId: "place:sm:aleppo-governorate" is not a country of the gazetteer/
		);
	});
});

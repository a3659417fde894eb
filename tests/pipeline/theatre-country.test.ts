// The theatre's country (theatre.json country.gazetteerId): a bad value is an error naming the file and field.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipelineContext } from '../../scripts/lib/pipeline-context';

const GEODATA = join(__dirname, '..', '..', 'geodata');

describe('the theatre country', () => {
	it('is the gazetteer id of a country row, where a collapse of the state is placed', () => {
		const { context } = loadPipelineContext(GEODATA, null);
		expect(context.index.entries.get(context.countryId!)?.kind).toBe('country');
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

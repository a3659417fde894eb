import { testEntry } from './test-entry';
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, PlaceKind } from '../domain/types';
import { parseCsv } from './csv';
import { assignDistricts, districtTable, DISTRICT_COLUMNS, type District } from './districts';

const FILE = 'geodata/districts.csv';
const HEADER = DISTRICT_COLUMNS.join(',');
const NAMES = { SY: { '01': 'North', '02': 'South' } };

const entry = (
	id: string,
	lon: number,
	lat: number,
	admin1: string | null,
	kind: PlaceKind = 'town',
	country = 'SY'
): GazetteerEntry => testEntry(id, lon, lat, { admin1, kind, country });

// Two governorates side by side: North (lat 36) with seats at lon 36 and 37, South (lat 35) with one.
const GAZETTEER = [
	entry('place:geonames:1', 36, 36, 'North'),
	entry('place:geonames:2', 37, 36, 'North'),
	entry('place:geonames:3', 36, 35, 'South')
];

const table = (...rows: string[]) =>
	districtTable(parseCsv([HEADER, ...rows, ''].join('\n'), FILE), FILE, GAZETTEER, NAMES);

describe('districtTable', () => {
	it('reads seats by GeoNames id (their gazetteer point) and by coordinates', () => {
		expect(table('SY,North,West,1,,,', 'SY,North,East,,36.1,37.2,not in cities500')).toEqual<District[]>([
			{ country: 'SY', admin1: 'North', name: 'West', seatId: 'place:geonames:1', lon: 36, lat: 36 },
			{ country: 'SY', admin1: 'North', name: 'East', seatId: null, lon: 37.2, lat: 36.1 }
		]);
	});

	it('names file, line and field of an unknown governorate', () => {
		expect(() => table('SY,North,West,1,,,', 'SY,Nort,East,2,,,')).toThrow(
			/^geodata\/districts\.csv:3: admin1 "Nort" is not a governorate of SY .*\(North, South\)$/
		);
	});

	it('names an unknown country', () => {
		expect(() => table('XX,North,West,1,,,')).toThrow(/districts\.csv:2: country "XX" has no governorates/);
	});

	it('names a seat id the gazetteer lacks, and one that is not a number', () => {
		expect(() => table('SY,North,West,99,,,')).toThrow(
			/districts\.csv:2: seat_geonames 99 is not in the gazetteer/
		);
		expect(() => table('SY,North,West,abc,,,')).toThrow(
			/districts\.csv:2: seat_geonames must be a GeoNames id/
		);
	});

	it('names a seat that lies in another governorate (a wrong id, or a namesake)', () => {
		expect(() => table('SY,North,West,3,,,')).toThrow(
			/districts\.csv:2: seat_geonames 3 \(place:geonames:3\) is in South, SY, not in North, SY/
		);
	});

	it('names a duplicate district with the line of the first', () => {
		expect(() => table('SY,North,West,1,,,', 'SY,North,west,2,,,')).toThrow(
			/^geodata\/districts\.csv:3: district "west" is already on line 2$/
		);
	});

	it('names a seat given twice or not at all, and bad coordinates', () => {
		expect(() => table('SY,North,West,1,36,36,')).toThrow(
			/:2: seat_geonames and seat_lat\/seat_lon are both/
		);
		expect(() => table('SY,North,West,,,,')).toThrow(
			/:2: seat_geonames is empty and so are seat_lat\/seat_lon/
		);
		expect(() => table('SY,North,West,,north,36,')).toThrow(/:2: seat_lat must be a latitude, got "north"/);
		expect(() => table('SY,North,West,,36,,')).toThrow(/:2: seat_lon must be a longitude, got ""/);
	});

	it('lists every problem, one per line, not only the first', () => {
		let message = '';
		try {
			table('SY,Nort,West,1,,,', 'SY,North,East,99,,,', 'SY,North,East,2,,,');
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message.split('\n')).toEqual([
			expect.stringMatching(/:2: admin1 "Nort"/),
			expect.stringMatching(/:3: seat_geonames 99/),
			expect.stringMatching(/:4: district "East" is already on line 3/)
		]);
	});

	it('refuses a header other than its columns', () => {
		expect(() =>
			districtTable(parseCsv('admin1,district\nNorth,West\n', FILE), FILE, GAZETTEER, NAMES)
		).toThrow(
			/districts\.csv: header must be "country,admin1,district,seat_geonames,seat_lat,seat_lon,note"/
		);
	});
});

describe('assignDistricts', () => {
	const districts = table('SY,North,West,1,,,', 'SY,North,East,2,,,', 'SY,South,Only,3,,,');

	it('gives each seat its own district', () => {
		const out = assignDistricts(GAZETTEER, districts);
		expect(out.map((e) => e.admin2)).toEqual(['West', 'East', 'Only']);
	});

	it('gives a place the nearest seat of its own governorate, not the nearest seat overall', () => {
		// lon 36.9 at lat 35.1: nearest seat overall is South's (lon 36, lat 35) at ~82 km, but the
		// place is in North, whose nearest seat is East (lon 37, lat 36) at ~100 km
		const place = entry('place:sm:border-town', 36.9, 35.1, 'North');
		expect(assignDistricts([place], districts)[0]!.admin2).toBe('East');
		expect(assignDistricts([{ ...place, lon: 36.4 }], districts)[0]!.admin2).toBe('West');
	});

	it('leaves regions, lines, countries, places without a governorate and other countries without one', () => {
		const out = assignDistricts(
			[
				entry('place:sm:north-governorate', 36, 36, 'North', 'region'),
				entry('place:sm:m5', 36, 36, 'North', 'road'),
				entry('place:sm:syria', 36, 36, null, 'country'),
				entry('place:sm:nowhere', 36, 36, null),
				entry('place:geonames:4', 36, 36, 'North', 'town', 'TR')
			],
			districts
		);
		expect(out.map((e) => e.admin2)).toEqual([null, null, null, null, null]);
	});

	it('gives a tie to the earlier row and keeps the entries in their order', () => {
		const midway = entry('place:sm:midway', 36.5, 36, 'North');
		expect(assignDistricts([midway, GAZETTEER[0]!], districts).map((e) => [e.id, e.admin2])).toEqual([
			['place:sm:midway', 'West'],
			['place:geonames:1', 'West']
		]);
	});
});

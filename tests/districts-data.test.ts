// The district table (geodata/districts.csv) against the real gazetteer: every governorate covered,
// every seat in its own district, and the nearest-seat rule measured on towns whose district is known.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../src/lib/domain/types';
import { parseCsv } from '../src/lib/gazetteer/csv';
import { districtTable, type District } from '../src/lib/gazetteer/districts';
import { loadGazetteer } from '../scripts/lib/load-gazetteer';

const GEODATA = join(__dirname, '..', 'geodata');
const FILE = join(GEODATA, 'districts.csv');
const CONFIG = JSON.parse(readFileSync(join(GEODATA, 'gazetteer-config.json'), 'utf8')) as {
	admin1Names: Record<string, Record<string, string>>;
};

/**
 * Towns whose district is known, written down before the rule was run on them: the district of
 * their subdistrict (nahiya) in OCHA's administrative boundaries, which ACLED's admin2 follows
 * (so Deir Hafer is in Al Bab and al-Atarib in Jebel Saman: the newer Dayr Hafir and Atarib
 * districts are not among ACLED's 62). Not tuned to the result: the misses are listed below, not removed.
 */
const KNOWN: [id: string, name: string, district: string][] = [
	['place:geonames:163476', 'Tal Rifaat', 'Azaz'],
	['place:geonames:166331', 'Nubl', 'Azaz'],
	['place:geonames:167245', 'Marea', 'Azaz'],
	['place:geonames:170785', 'Deir Hafer', 'Al Bab'],
	['place:geonames:163811', 'Tadef', 'Al Bab'],
	['place:geonames:174030', 'al-Atarib', 'Jebel Saman'],
	['place:geonames:170857', 'Darat Izza', 'Jebel Saman'],
	['place:geonames:170137', 'al-Hader', 'Jebel Saman'],
	['place:geonames:172045', 'al-Zirbah', 'Jebel Saman'],
	['place:sm:anadan', 'Anadan', 'Jebel Saman'],
	['place:sm:khan-al-asal', 'Khan al-Asal', 'Jebel Saman'],
	['place:geonames:164816', 'Saraqeb', 'Idleb'],
	['place:geonames:171451', 'Binnish', 'Idleb'],
	['place:geonames:164782', 'Sarmin', 'Idleb'],
	['place:geonames:163799', 'Taftanaz', 'Idleb'],
	['place:geonames:167605', 'Maarrat Misrin', 'Idleb'],
	['place:geonames:168325', 'Khan Sheikhoun', "Al Ma'ra"],
	['place:geonames:168661', 'Kafr Nabl', "Al Ma'ra"],
	['place:geonames:169563', 'Hish', "Al Ma'ra"],
	['place:geonames:172347', 'al-Tamanah', "Al Ma'ra"],
	['place:sm:sarmada', 'Sarmada', 'Harim'],
	['place:geonames:174259', 'al-Dana', 'Harim'],
	['place:geonames:164898', 'Salqin', 'Harim'],
	['place:geonames:168629', 'Kafr Takharim', 'Harim'],
	['place:geonames:170044', 'Halfaya', 'Muhradah'],
	['place:geonames:168620', 'Kafr Zita', 'Muhradah'],
	['place:geonames:163915', 'Souran', 'Hama'],
	['place:geonames:163270', 'Taybat al-Imam', 'Hama'],
	['place:geonames:166227', 'Qalaat al-Madiq', 'As-Suqaylabiyah'],
	['place:geonames:163779', 'Talbiseh', 'Ar-Rastan'],
	['place:geonames:173361', 'Al Qaryatayn', 'Homs'],
	['place:geonames:169174', 'Jaramana', 'Rural Damascus'],
	['place:geonames:173598', 'Al Kiswah', 'Rural Damascus'],
	['place:geonames:169897', 'Harasta', 'Duma'],
	['place:geonames:164717', 'Saydnaya', 'At Tall'],
	['place:geonames:167558', 'Madaya', 'Az-Zabdani'],
	['place:sm:muadamiyat-al-sham', 'Moadamiyeh', 'Darayya'],
	['place:geonames:164994', 'Sahnaya', 'Darayya'],
	['place:sm:busr-al-harir', 'Busr al-Harir', "Izra'"],
	['place:geonames:166365', 'Nawa', "Izra'"],
	['place:geonames:164328', 'Shaykh Miskin', "Izra'"],
	['place:geonames:171126', 'Bosra', "Dar'a"],
	['place:geonames:163806', 'Tafas', "Dar'a"],
	['place:geonames:165997', 'Jasim', 'As-Sanamayn'],
	['place:geonames:164895', 'Suluk', 'Tell Abiad'],
	['place:geonames:174506', 'Hajin', 'Abu Kamal'],
	['place:geonames:170691', 'Diban', 'Al Mayadin'],
	['place:geonames:173230', 'Amuda', 'Quamishli'],
	['place:geonames:170887', 'Darbasiyah', 'Ras Al Ain'],
	['place:geonames:163434', 'Tall Tamr', 'Al-Hasakeh'],
	['place:geonames:168519', 'Kassab', 'Lattakia'],
	['place:geonames:164052', 'Slinfah', 'Al-Haffa']
];

/**
 * The towns of KNOWN that the nearest-seat rule puts in the wrong district (43 of 52 right when
 * this was written). Seven of the nine belong to a governorate's central district, which reaches
 * farther from its capital than a nearest-seat cell does; a weight for central seats would fit
 * these towns, but fitted on this list it would no longer measure anything.
 */
const KNOWN_MISSES: Record<string, string> = {
	'Al Kiswah': 'Darayya (is Rural Damascus)',
	'Al Qaryatayn': 'Al Makhrim (is Homs)',
	'Darat Izza': 'Afrin (is Jebel Saman)',
	Darbasiyah: 'Quamishli (is Ras Al Ain)',
	Kassab: 'Al-Haffa (is Lattakia)',
	Nubl: 'Afrin (is Azaz)',
	Souran: 'Muhradah (is Hama)',
	'Tall Tamr': 'Ras Al Ain (is Al-Hasakeh)',
	'Taybat al-Imam': 'Muhradah (is Hama)'
};

let byId: Map<string, GazetteerEntry>;
let districts: District[];

beforeAll(() => {
	const gazetteer = loadGazetteer(GEODATA).entries;
	byId = new Map(gazetteer.map((e) => [e.id, e]));
	districts = districtTable(parseCsv(readFileSync(FILE, 'utf8'), FILE), FILE, gazetteer, CONFIG.admin1Names);
});

describe('geodata/districts.csv', () => {
	it("has ACLED's 62 districts, at least one in every governorate", () => {
		expect(districts).toHaveLength(62);
		const governorates = new Set(Object.values(CONFIG.admin1Names.SY!));
		expect(new Set(districts.map((d) => d.admin1))).toEqual(governorates);
	});

	it('puts every seat in its own district', () => {
		const seats = districts.filter((d) => d.seatId !== null);
		expect(seats.length).toBeGreaterThanOrEqual(60);
		expect(seats.map((d) => [d.name, byId.get(d.seatId!)?.admin2])).toEqual(
			seats.map((d) => [d.name, d.name])
		);
	});

	it('gives every point place of Syria a district, and no region or line one', () => {
		const syria = [...byId.values()].filter((e) => e.country === 'SY');
		const names = new Set(districts.map((d) => d.name));
		for (const e of syria) {
			if (['region', 'road', 'river', 'country'].includes(e.kind)) expect(e.admin2, e.id).toBeNull();
			else expect(names.has(e.admin2 ?? ''), `${e.id} ${e.name}: ${e.admin2}`).toBe(true);
		}
		expect([...byId.values()].filter((e) => e.country !== 'SY' && e.admin2 !== null)).toEqual([]);
	});

	it('measures the nearest-seat rule on towns whose district is known: the misses are the listed ones', () => {
		const misses: Record<string, string> = {};
		for (const [id, name, district] of KNOWN) {
			const e = byId.get(id);
			expect(e, `${id} (${name}) is in the gazetteer`).toBeDefined();
			if (e!.admin2 !== district) misses[name] = `${e!.admin2} (is ${district})`;
		}
		expect(misses).toEqual(KNOWN_MISSES);
	});
});

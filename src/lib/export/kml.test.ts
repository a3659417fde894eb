import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { kml as kmlToGeojson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync, strFromU8 } from 'fflate';
import { escapeXml, fieldTypes, kmlColour, kmlGeometry, toKml, toKmz } from './kml';
import { creditsOf } from './credits';
import { event, MANIFEST } from './test-fixtures';
import type { FeatureCollection } from 'geojson';

/** A real XML parser's verdict: true, or the error it reports (with line and column). */
const xmlProblem = (xml: string) => {
	const r = XMLValidator.validate(xml);
	return r === true ? null : r.err;
};

/** The KML as QGIS-like tools read it: togeojson over a DOM parsed by xmldom. */
function readBack(kml: string) {
	const doc = new DOMParser().parseFromString(kml, 'text/xml');
	return kmlToGeojson(doc as unknown as Document);
}

const control: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {
				id: 'ctl:1',
				faction: 'opposition',
				status: 'reported',
				from_date: '2024-11-29',
				to_date: '2024-11-29'
			},
			geometry: {
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[36.9, 36.1],
							[37, 36.1],
							[37, 36.2],
							[36.9, 36.1]
						]
					]
				]
			}
		}
	]
};

describe('toKml', () => {
	it('writes a well-formed document with folders, placemarks, time spans and credits', () => {
		const kml = toKml({
			name: 'Test — 29 Nov',
			layers: [
				{ name: 'control', collection: control },
				{ name: 'events', collection: { type: 'FeatureCollection', features: [event({})] } }
			],
			credits: creditsOf(MANIFEST)
		});
		expect(xmlProblem(kml)).toBeNull();
		expect(kml.match(/<Placemark>/g)).toHaveLength(2);
		expect(kml).toContain('<TimeSpan><begin>2024-11-29</begin><end>2024-11-29</end></TimeSpan>');
		expect(kml).toContain('<MultiGeometry><Polygon><outerBoundaryIs>');
		expect(kml).toContain('<styleUrl>#kind-capture</styleUrl>');
		expect(kml).toContain('Outlet A, “First report”');
		expect(kml).toContain('GeoNames (CC BY 4.0)');
	});

	it('keeps hostile text inert and the document well-formed', () => {
		const nasty = '</name><script>alert(1)</script>&amp;\u0001 ]]>';
		const kml = toKml({
			name: nasty,
			layers: [
				{
					name: 'events',
					collection: { type: 'FeatureCollection', features: [event({ note: nasty, place_name: nasty })] }
				}
			],
			credits: creditsOf(MANIFEST)
		});
		expect(xmlProblem(kml)).toBeNull();
		expect(kml).not.toContain('<script>');
		expect(kml).not.toContain('\u0001');
		// Read back, the hostile note is text again, whole, in its field and in the balloon.
		const back = readBack(kml).features[0]!.properties!;
		expect(back.note).toBe(nasty.replace('\u0001', ''));
		expect((back.description as { value: string }).value).not.toContain('<script>');
	});

	it('gives togeojson every attribute as a typed property, and an HTML balloon with source links', () => {
		const kml = toKml({
			name: 'Test',
			layers: [
				{ name: 'control', collection: control },
				{
					name: 'events',
					collection: { type: 'FeatureCollection', features: [event({ fatalities: 3, geo_precision: 2 })] }
				}
			],
			credits: creditsOf(MANIFEST),
			sources: MANIFEST.sources
		});
		expect(xmlProblem(kml)).toBeNull();
		const fc = readBack(kml);
		expect(fc.features).toHaveLength(2);
		const ev = fc.features.find((f) => f.properties!.layer === 'events')!.properties!;
		expect(ev).toMatchObject({
			faction: 'opposition',
			kind: 'capture',
			date: '2024-11-29',
			fatalities: 3,
			geo_precision: 2,
			place_name: 'Khan al-Asal',
			timespan: { begin: '2024-11-29', end: '2024-11-29' }
		});
		expect(JSON.parse(ev.sources as string)).toEqual([{ article: 'a.txt', start: 0, end: 10 }]);
		const html = ev.description as { '@type': string; value: string };
		expect(html['@type']).toBe('html');
		expect(html.value).toContain('<a href="https://a.example/1">First report</a>');
		expect(html.value).toContain('<th align="left">faction</th><td>opposition</td>');
		const area = fc.features.find((f) => f.properties!.layer === 'control')!.properties!;
		expect(area).toMatchObject({ faction: 'opposition', status: 'reported', from_date: '2024-11-29' });
	});

	it('zips the document as a KMZ whose first entry is doc.kml', () => {
		const kml = toKml({
			name: 'Z',
			layers: [{ name: 'control', collection: control }],
			credits: creditsOf(MANIFEST)
		});
		const kmz = toKmz(kml);
		expect([...kmz.slice(0, 2)]).toEqual([0x50, 0x4b]);
		const files = unzipSync(kmz);
		expect(Object.keys(files)).toEqual(['doc.kml']);
		expect(strFromU8(files['doc.kml']!)).toBe(kml);
		expect(toKmz(kml)).toEqual(kmz);
	});
});

describe('fieldTypes', () => {
	it('types each attribute by its values, widening int to double and mixed values to string', () => {
		const fc = (props: Record<string, unknown>[]): FeatureCollection => ({
			type: 'FeatureCollection',
			features: props.map((properties) => ({ type: 'Feature', properties, geometry: null as never }))
		});
		const t = fieldTypes([
			fc([{ a: 1, b: 1, c: true, d: 'x', e: 1 }]),
			fc([{ a: 2, b: 1.5, c: false, d: 'y', e: 'z' }])
		]);
		expect(Object.fromEntries(t)).toEqual({
			a: 'int',
			b: 'double',
			c: 'bool',
			d: 'string',
			e: 'string',
			layer: 'string'
		});
	});
});

describe('kmlGeometry and helpers', () => {
	it('writes points and lines as lon,lat at 6 decimals', () => {
		expect(kmlGeometry({ type: 'Point', coordinates: [36.1234567, 35.1] })).toBe(
			'<Point><coordinates>36.123457,35.1</coordinates></Point>'
		);
		expect(
			kmlGeometry({
				type: 'LineString',
				coordinates: [
					[1, 2],
					[3, 4]
				]
			})
		).toContain('<coordinates>1,2 3,4</coordinates>');
		expect(kmlGeometry(null)).toBeNull();
	});
	it('converts colours to aabbggrr', () => {
		expect(kmlColour('#2b8a3e')).toBe('ff3e8a2b');
		expect(kmlColour('#2b8a3e', 0.5)).toBe('803e8a2b');
	});
	it('escapes the five entities and drops forbidden characters', () => {
		expect(escapeXml(`<a & "b" 'c'>\u0000\ud800`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
	});
	it('the XML validator the tests use catches broken XML', () => {
		expect(xmlProblem('<a><b></a></b>')).not.toBeNull();
		expect(xmlProblem('<a>x < y</a>')).not.toBeNull();
		expect(xmlProblem('<a><b/>ok &amp; fine</a>')).toBeNull();
	});
});

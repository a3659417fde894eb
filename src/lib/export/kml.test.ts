import { describe, expect, it } from 'vitest';
import { escapeXml, kmlColour, kmlGeometry, toKml } from './kml';
import { creditsOf } from './credits';
import { xmlProblem } from './xml-check';
import { event, MANIFEST } from './test-fixtures';
import type { FeatureCollection } from 'geojson';

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
		expect(kml).toContain('<MultiGeometry><Polygon><outerBoundaryIs>');
		expect(kml).toContain('<TimeSpan><begin>2024-11-29</begin><end>2024-11-29</end></TimeSpan>');
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
	it('the checker itself catches broken XML', () => {
		expect(xmlProblem('<a><b></a></b>')).not.toBeNull();
		expect(xmlProblem('<a>x < y</a>')).not.toBeNull();
		expect(xmlProblem('<a>x & y</a>')).not.toBeNull();
		expect(xmlProblem('<a><b/>ok &amp; fine</a>')).toBeNull();
	});
});

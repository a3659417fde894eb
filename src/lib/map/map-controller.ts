// The one place that talks to MapLibre. The date moves through global state (no setData, no source
// reloads); toggles and language change filters/visibility/layout only when they change.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import { patternImages } from './hatch';
import type { FeatureCollection } from 'geojson';
import { DATA_LAYERS, INSPECTABLE_LAYERS, labelField, sourceId, TIME_MODE, type DataLayer } from './layers';
import { OPACITY } from './theme';
import { TimeIndex, timedFeatures } from './time-index';
import { eventLayerId, eventSourceId, isEventLayer } from './event-parts';
import { pickShown, type PickedFeature } from './pick';
import { toggleFilters, VISIBILITY_LAYERS, TOGGLE_KEYS, type ToggleKey } from './toggles';

maplibregl.setWorkerUrl(workerUrl);

export interface View {
	lon: number;
	lat: number;
	zoom: number;
}

export interface MapControllerOptions {
	container: HTMLElement;
	style: StyleSpecification;
	/** Initial view; when null the map fits `fitBounds`. */
	view: View | null;
	fitBounds: [number, number, number, number];
	/** Credits the map shows beside the sources' own. */
	attribution: string[];
	maxBounds: [number, number, number, number];
	/** The data layers as loaded (the same objects the style's sources hold): indexed by day. */
	data: Partial<Record<DataLayer, FeatureCollection>>;
	/** The events as split into the style's event sources (event-parts.ts). */
	eventParts: readonly FeatureCollection[];
}

const LABEL_LAYERS = ['places-label', 'base-labels-governorate', 'base-labels-country'];

export class MapController {
	readonly map: maplibregl.Map;
	private day = 0;
	private frac = 0;
	private t = 0;
	private cumulative = false;
	private reviewedOnly = false;
	private toggles: ReadonlySet<ToggleKey> | null = null;
	private ready = false;
	private readonly indices: { source: string; index: TimeIndex }[] = [];
	private readonly eventLayers: string[] = [];

	constructor(o: MapControllerOptions) {
		this.map = new maplibregl.Map({
			container: o.container,
			style: o.style as maplibregl.StyleSpecification,
			...(o.view
				? { center: [o.view.lon, o.view.lat] as [number, number], zoom: o.view.zoom }
				: { bounds: o.fitBounds, fitBoundsOptions: { padding: 20, maxZoom: 10 } }),
			maxBounds: o.maxBounds,
			attributionControl: { compact: true, customAttribution: o.attribution },
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.keyboard.disableRotation();
		this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
		const images = patternImages();
		for (const [name, img] of Object.entries(images)) this.map.addImage(name, img);
		const state = o.style.state as Record<string, { default: unknown }> | undefined;
		this.day = Number(state?.day?.default ?? 0);
		this.t = this.day;
		this.cumulative = Boolean(state?.cumulative?.default);
		for (const layer of DATA_LAYERS) {
			const mode = TIME_MODE[layer];
			const fc = o.data[layer];
			if (mode && fc && layer !== 'events')
				this.indices.push({
					source: sourceId(layer),
					index: new TimeIndex(timedFeatures(fc.features), mode)
				});
		}
		o.eventParts.forEach((fc, i) => {
			this.indices.push({
				source: eventSourceId(i),
				index: new TimeIndex(timedFeatures(fc.features), 'event')
			});
			this.eventLayers.push(eventLayerId(i));
		});
		this.map.once('load', () => {
			this.ready = true;
			// Credits start folded on every screen size: they are one tap away and cover less map.
			o.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
			this.map.setGlobalStateProperty('day', this.day);
			this.map.setGlobalStateProperty('cumulative', this.cumulative);
			this.applyWeights();
		});
	}

	/** Sets the feature-state weight of every feature whose weight changed. */
	private applyWeights(): void {
		if (!this.ready) return;
		const q = { t: this.t, cumulative: this.cumulative, past: OPACITY.pastEvent };
		for (const { source, index } of this.indices) {
			for (const { id, w } of index.update(q)) this.map.setFeatureState({ source, id }, { w });
		}
	}

	/** `t` may be fractional: between two days the areas and lines cross-fade. */
	setTime(t: number): void {
		const day = Math.floor(t);
		const frac = Math.round((t - day) * 1000) / 1000;
		if (day === this.day && frac === this.frac && this.t === day + frac) return;
		this.t = day + frac;
		if (this.ready) {
			// The whole day is published for readers of the map (tests, embeds); no expression depends
			// on it. The fraction is not: each global-state change is also broadcast to the workers.
			if (day !== this.day) this.map.setGlobalStateProperty('day', day);
		}
		this.day = day;
		this.frac = frac;
		this.applyWeights();
	}

	setCumulative(on: boolean): void {
		if (on === this.cumulative) return;
		this.cumulative = on;
		if (this.ready) this.map.setGlobalStateProperty('cumulative', on);
		this.applyWeights();
	}

	/** The "reviewed only" view: only events an analyst reviewed are drawn (and picked). */
	setReviewedOnly(on: boolean): void {
		if (on === this.reviewedOnly) return;
		this.reviewedOnly = on;
		if (this.toggles) this.setToggles(this.toggles);
	}

	setToggles(t: ReadonlySet<ToggleKey>): void {
		this.toggles = t;
		for (const key of TOGGLE_KEYS) {
			for (const id of VISIBILITY_LAYERS[key] ?? []) {
				const v = t.has(key) ? 'visible' : 'none';
				if (this.map.getLayoutProperty(id, 'visibility') !== v)
					this.map.setLayoutProperty(id, 'visibility', v);
			}
		}
		for (const [id, filter] of Object.entries(toggleFilters(t, this.reviewedOnly))) {
			for (const layer of id === 'events-circle' ? this.eventLayers : [id]) {
				if (JSON.stringify(this.map.getFilter(layer)) !== JSON.stringify(filter))
					this.map.setFilter(layer, filter);
			}
		}
	}

	setLang(lang: Lang): void {
		for (const id of LABEL_LAYERS) {
			if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', labelField(lang));
		}
	}

	view(): View {
		const c = this.map.getCenter();
		const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
		return { lon: r(c.lng, 4), lat: r(c.lat, 4), zoom: r(this.map.getZoom(), 2) };
	}

	setView(v: View): void {
		this.map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
	}

	/** Features shown at a screen point (a small box around it for touch), top first. */
	featuresAt(x: number, y: number, radius = 4): PickedFeature[] {
		const layers = [...INSPECTABLE_LAYERS, ...this.eventLayers.slice(1)].filter((id) =>
			this.map.getLayer(id)
		);
		const raw = this.map.queryRenderedFeatures(
			[
				[x - radius, y - radius],
				[x + radius, y + radius]
			],
			{ layers }
		);
		// Every part of the events reads as the one events layer.
		const picked = raw.map((f) => ({
			layer: isEventLayer(f.layer.id) ? 'events-circle' : f.layer.id,
			properties: f.properties as Record<string, unknown>
		}));
		return pickShown(picked, this.day, this.cumulative);
	}

	/** Same, at a geographic point. */
	featuresAtLngLat(lon: number, lat: number, radius = 4): PickedFeature[] {
		const p = this.map.project([lon, lat]);
		return this.featuresAt(p.x, p.y, radius);
	}

	destroy(): void {
		this.map.remove();
	}
}

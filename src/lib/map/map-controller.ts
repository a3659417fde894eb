// The one place that talks to MapLibre. The date moves through feature-state (no setData, no source
// reloads); toggles and language change filters/visibility/layout only when they change. Layers
// that start hidden are added when first shown.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/strings';
import { patternImages } from './hatch';
import { INSPECTABLE_LAYERS, labelField, layerFilters, layerVisibility } from './layers';
import { OPACITY } from './theme';
import { TimeIndex, type TimeQuery } from './time-index';
import { eventLayerId, isEventLayer } from './event-parts';
import type { MapIndex } from './map-sources';
import { pickShown, type PickedFeature } from './pick';
import type { ToggleKey } from './toggles';
import { withoutHiddenLayers, type DeferredLayer } from './style';

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
	/** Full records by the ids the style's features carry, and each source's day ranges (map-sources.ts). */
	index: MapIndex;
}

const LABEL_LAYERS = ['places-label', 'base-labels-governorate', 'base-labels-country'];
/**
 * How long the map must stay on a day before the day is published as global state, in ms. Each
 * publication cost about 1 ms (MapLibre visits every layer and messages every worker), most of the
 * map's own work in a scrub step at 100,000 events (issue 14), and nothing draws from it: readers
 * (tests, embeds) get the day where a scrub stops, a held key's repeats (about 30 ms apart) publish
 * nothing.
 */
const PUBLISH_DAY_AFTER_MS = 150;
/** The layer that draws the hatch pattern (its images are added with it). */
const HATCH_LAYER = 'control-hatch';

export class MapController {
	readonly map: maplibregl.Map;
	private day = 0;
	private frac = 0;
	private t = 0;
	private cumulative = false;
	private reviewedOnly = false;
	private toggles: ReadonlySet<ToggleKey> | null = null;
	private ready = false;
	private readonly records: MapIndex['records'];
	private readonly indices: { source: string; index: TimeIndex }[] = [];
	private readonly eventLayers: string[] = [];
	/** Layers not yet in the map (they started hidden), by id. */
	private readonly deferred = new Map<string, DeferredLayer>();
	private lang: Lang | null = null;
	private publishDay: ReturnType<typeof setTimeout> | undefined;
	// Reused for every feature-state call of a step: MapLibre copies what it is given, and a step
	// can set thousands of states (fewer short-lived objects, fewer garbage-collection pauses).
	private readonly target: { source: string; id: string | number } = { source: '', id: 0 };
	private readonly state: { w: number } = { w: 0 };
	private readonly query: TimeQuery = { t: 0, cumulative: false, past: OPACITY.pastEvent };

	constructor(o: MapControllerOptions) {
		const { style, deferred } = withoutHiddenLayers(o.style);
		for (const d of deferred) this.deferred.set(d.layer.id, d);
		this.map = new maplibregl.Map({
			container: o.container,
			style: style as maplibregl.StyleSpecification,
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
		// The hatch images only when the hatch is drawn (now, or once shown: addDeferred).
		if (style.layers.some((l) => l.id === HATCH_LAYER)) this.addPatternImages();
		const state = o.style.state as Record<string, { default: unknown }> | undefined;
		this.day = Number(state?.day?.default ?? 0);
		this.t = this.day;
		this.cumulative = Boolean(state?.cumulative?.default);
		this.records = o.index.records;
		for (const { source, mode, features } of o.index.timed)
			this.indices.push({ source, index: new TimeIndex(features, mode) });
		for (const l of o.style.layers) if (isEventLayer(l.id)) this.eventLayers.push(l.id);
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
		const q = this.query;
		q.t = this.t;
		q.cumulative = this.cumulative;
		for (const { source, index } of this.indices) {
			this.target.source = source;
			index.update(q, this.setWeight);
		}
	}

	private readonly setWeight = (id: string | number, w: number): void => {
		this.target.id = id;
		this.state.w = w;
		this.map.setFeatureState(this.target, this.state);
	};

	/** The time the map shows (its weights follow `setTime` at once; the published `day` once it holds). */
	get time(): number {
		return this.t;
	}

	/** `t` may be fractional: between two days the areas and lines cross-fade. */
	setTime(t: number): void {
		const day = Math.floor(t);
		const frac = Math.round((t - day) * 1000) / 1000;
		if (day === this.day && frac === this.frac && this.t === day + frac) return;
		this.t = day + frac;
		// The whole day is published for readers of the map (tests, embeds) once it has held; no
		// expression depends on it. The fraction is not: each global-state change is also broadcast
		// to the workers.
		if (this.ready && day !== this.day) {
			clearTimeout(this.publishDay);
			this.publishDay = setTimeout(
				() => this.map.setGlobalStateProperty('day', this.day),
				PUBLISH_DAY_AFTER_MS
			);
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

	private addPatternImages(): void {
		for (const [name, img] of Object.entries(patternImages()))
			if (!this.map.hasImage(name)) this.map.addImage(name, img);
	}

	/** Adds a layer that started hidden, below the nearest layer above it that is in the map. */
	private addDeferred(id: string): void {
		const d = this.deferred.get(id);
		if (!d) return;
		this.deferred.delete(id);
		if (id === HATCH_LAYER) this.addPatternImages();
		const before = d.above.find((a) => this.map.getLayer(a));
		let layer = d.layer;
		if (LABEL_LAYERS.includes(id) && this.lang && layer.type === 'symbol')
			layer = { ...layer, layout: { ...layer.layout, 'text-field': labelField(this.lang) } };
		this.map.addLayer(layer as maplibregl.AddLayerObject, before);
	}

	/** The "reviewed only" view: only events an analyst reviewed are drawn (and picked). */
	setReviewedOnly(on: boolean): void {
		if (on === this.reviewedOnly) return;
		this.reviewedOnly = on;
		if (this.toggles) this.setToggles(this.toggles);
	}

	setToggles(t: ReadonlySet<ToggleKey>): void {
		this.toggles = t;
		const filters = layerFilters(t, this.reviewedOnly);
		for (const [id, v] of Object.entries(layerVisibility(t))) {
			if (this.deferred.has(id)) {
				if (v === 'none') continue;
				this.addDeferred(id);
			}
			if (this.map.getLayoutProperty(id, 'visibility') !== v) this.map.setLayoutProperty(id, 'visibility', v);
		}
		for (const [id, filter] of Object.entries(filters)) {
			for (const layer of id === 'events-circle' ? this.eventLayers : [id]) {
				if (!this.map.getLayer(layer)) continue;
				if (JSON.stringify(this.map.getFilter(layer)) !== JSON.stringify(filter))
					this.map.setFilter(layer, filter);
			}
		}
	}

	setLang(lang: Lang): void {
		this.lang = lang;
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

	/** Features shown at a screen point (a small box around it for touch), top first, with their full records. */
	featuresAt(x: number, y: number, radius = 4): PickedFeature[] {
		const layers = [...INSPECTABLE_LAYERS, ...this.eventLayers.filter((id) => id !== eventLayerId(0))].filter(
			(id) => this.map.getLayer(id)
		);
		const raw = this.map.queryRenderedFeatures(
			[
				[x - radius, y - radius],
				[x + radius, y + radius]
			],
			{ layers }
		);
		// The map's features are lean (map-sources.ts): the full record is looked up by id. Every
		// part of the events reads as the one events layer.
		const picked = raw.flatMap((f) => {
			const record = typeof f.id === 'number' ? this.records[f.id] : undefined;
			if (!record) return [];
			return [
				{ layer: isEventLayer(f.layer.id) ? 'events-circle' : f.layer.id, properties: record.properties }
			];
		});
		return pickShown(picked, this.day, this.cumulative);
	}

	/** Same, at a geographic point. */
	featuresAtLngLat(lon: number, lat: number, radius = 4): PickedFeature[] {
		const p = this.map.project([lon, lat]);
		return this.featuresAt(p.x, p.y, radius);
	}

	destroy(): void {
		clearTimeout(this.publishDay);
		this.map.remove();
	}
}

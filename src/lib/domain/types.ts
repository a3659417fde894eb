// The project's nouns. Types only: no logic, no imports beyond GeoJSON.
// The output contract (places.geojson, events.geojson, diagnostics.json, manifest.json)
// is documented in README.md; keep the two in step.
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Where a fact was read: an article file and JavaScript string offsets into it. */
export interface SourceRef {
	article: string;
	start: number;
	end: number;
	/**
	 * The sentence itself (markup blanked, whitespace collapsed), in events.geojson built from a
	 * project's own articles, for the inspect panel to quote. Never for the seed-based default: their
	 * text is not ours to publish.
	 */
	quote?: string;
}

/** Metadata of one article, from front matter, the text, or the command line. */
export interface ArticleMeta {
	/** File name (no folder): the key every SourceRef uses. */
	file: string;
	title: string | null;
	publisher: string | null;
	url: string | null;
	/** Publication date, or null when none could be found. */
	published: IsoDate | null;
	/**
	 * Where the date came from: front matter, the text itself, the day the page's URL files it under, the
	 * --published flag; or, read among
	 * dated articles, 'latest-stated': none was given and the latest date the text states stands in. That
	 * is only a lower bound (the article is no older but may be days newer): its sentences without a date
	 * take it (its news is no older), and so do those dated only by "yesterday" or a weekday, which count
	 * back from the unknown day of writing and would date them earlier still. 'corroborated': the text
	 * states no date either, and the day of writing is the one at which its events agree with the dated
	 * articles' (src/lib/pipeline/corroborate-date.ts).
	 */
	published_from: 'front-matter' | 'text' | 'url' | 'flag' | 'latest-stated' | 'corroborated' | null;
}

/** An article ready for the pipeline: the original text and its metadata. */
export interface Article {
	meta: ArticleMeta;
	/** The full file text: offsets in every SourceRef index into this string. */
	text: string;
	/** Offset where the body starts (after front matter). */
	bodyStart: number;
}

export type DiagnosticLevel = 'error' | 'warning' | 'info';

/** A finding about the input, collected rather than thrown. */
export interface Diagnostic {
	level: DiagnosticLevel;
	code: string;
	message: string;
	article: string | null;
	start: number | null;
	end: number | null;
	/** For ambiguous choices: the candidate place ids considered, chosen first. */
	candidates?: string[];
}

/** What every pipeline stage returns. */
export interface StageResult<T> {
	items: T[];
	diagnostics: Diagnostic[];
}

export type PlaceKind =
	| 'city'
	| 'town'
	| 'village'
	| 'neighbourhood'
	| 'airport'
	| 'base'
	| 'facility'
	| 'road'
	| 'river'
	| 'region'
	| 'country';

/** One row of the gazetteer (GeoNames or the curated supplement). */
export interface GazetteerEntry {
	/** Stable id: `place:geonames:<id>` or `place:sm:<slug>` for curated rows. */
	id: string;
	name: string;
	name_ar: string | null;
	/** Other spellings, English and Arabic. */
	aliases: string[];
	kind: PlaceKind;
	/** Representative point (for roads and regions too). */
	lon: number;
	lat: number;
	/** Roads and rivers: the line, [lon, lat] pairs. */
	line?: [number, number][];
	/** ISO 3166-1 alpha-2. */
	country: string;
	/** Governorate (Syria) or first-level region, English. */
	admin1: string | null;
	/**
	 * District (Syria: ACLED's admin2, its spelling): the district whose seat is nearest among the
	 * seats of the same admin1 in geodata/districts.csv (src/lib/gazetteer/districts.ts). Null for
	 * regions, lines and countries, and where the table has no districts.
	 */
	admin2: string | null;
	/** For neighbourhoods and facilities: the id of the city they belong to. */
	parent: string | null;
	population: number;
	/**
	 * The seat of government it is, from GeoNames' feature code: `country` (PPLC, the capital) or
	 * `admin1` (PPLA, a governorate's seat). Absent for every other place. The territorial model
	 * reads it: a governorate follows its seat, the state its capital (territory/seat-falls.ts).
	 */
	seat?: 'country' | 'admin1';
	/** Where the coordinates come from (GeoNames, or the reference a curated row names). */
	source: string;
}

/** A span of article text that names a gazetteer entry (or several: resolved later). */
export interface Mention extends SourceRef {
	text: string;
	/** Candidate entry ids, best first after resolution. */
	candidates: string[];
	/** Matched by a spelling close to a gazetteer name, not the name itself. */
	fuzzy?: true;
}

/** A mention resolved to one place. */
export interface ResolvedMention extends Mention {
	place_id: string;
	/** 1 the place itself, 2 near it or part of it, 3 the wider region (ACLED). */
	geo_precision: 1 | 2 | 3;
}

export type EventKind =
	| 'capture'
	| 'entry'
	| 'withdrawal'
	| 'clash'
	| 'advance'
	| 'airstrike'
	| 'drone-strike'
	| 'shelling'
	| 'projectile'
	| 'car-bomb'
	| 'displacement'
	/** A side's forces or rule give way across an area ("the army melted away"); the territorial model acts on it. */
	| 'collapse';

export type Confidence = 'reported' | 'claimed';

/** How much of a region an event covers: "all of", "most of", "half of", "parts of". */
export type RegionExtent = 'all' | 'most' | 'half' | 'part';

/** Factions of the control model; actors map to these through geodata/actors.json. */
export type Faction = 'opposition' | 'sna' | 'government' | 'sdf';

/** A dated event at a place, ACLED-compatible. */
export interface ConflictEvent {
	/** Stable, content-derived: `evt:<date|undated>:<hash>`. */
	id: string;
	date: IsoDate | null;
	/** 1 day, 2 week, 3 month (ACLED). */
	time_precision: 1 | 2 | 3;
	kind: EventKind;
	event_type: string;
	sub_event_type: string;
	/** The actor as the text names it, normalised through geodata/actors.json; null when unstated. */
	actor: string | null;
	/** The faction the actor belongs to, when known. */
	faction: Faction | null;
	place_id: string;
	geo_precision: 1 | 2 | 3;
	confidence: Confidence;
	fatalities: number | null;
	sources: SourceRef[];
	/** For events on a region: how much of it the text says changed ("most of the province"); absent means all.
	 *  On a city drawn by its districts, how much of the city, when the text says ("half of Aleppo"). */
	extent?: RegionExtent;
	/**
	 * The other side (ACLED's actor 2), when the text names it: for a withdrawal, who took over
	 * ("the army left and the SDF moved in"); for a collapse, who inherits the ground; for a capture
	 * naming no taker, who lost the place ("the army lost control of X").
	 */
	counter_faction?: Faction | null;
	/** A short note in the project's own words (curated events, or the analyst's review decisions). */
	note?: string;
	/**
	 * Checked by a person: a curated event, or a reading an analyst accepted, edited or added
	 * (src/lib/review). False for the machine's reading as it came; absent before the review stage.
	 */
	reviewed?: boolean;
}

/** Properties of a places.geojson feature. */
export interface PlaceProperties {
	id: string;
	name: string;
	name_ar: string | null;
	kind: PlaceKind;
	mentions: { article: string; text: string; start: number; end: number }[];
}

export type PlaceFeature = Feature<Point | LineString, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Point | LineString, PlaceProperties>;

/** Properties of an events.geojson feature: the event minus nothing. */
export type EventFeature = Feature<Point | LineString, ConflictEvent>;
export type EventCollection = FeatureCollection<Point | LineString, ConflictEvent>;

// ---- Territorial model (issue 3) ----

export type ControlStatus = 'baseline' | 'reported' | 'inferred' | 'contested' | 'override';

/**
 * Why a place has its controller (geodata/control/README.md, "Inference rules"): `baseline`;
 * `report` (an event names the place); `city` (an event names the city, the district is chosen);
 * `withdrawal` (the holder left, the side facing it took over); `corridor`, `encircled`,
 * `recapture` (behind a new front); `region` (a claim on its province or area); `route` (between
 * two captures on one road); `pocket` (cut off, taken by the side around it); `contested-timeout`
 * (contested, then no news); `collapse` (its holder's forces collapsed); `seat` (its governorate's
 * seat was taken); `capital` (the capital was taken: its holder's state is gone); `override` (an analyst).
 */
export type ControlRule =
	| 'baseline'
	| 'report'
	| 'city'
	| 'withdrawal'
	| 'corridor'
	| 'encircled'
	| 'garrison'
	| 'recapture'
	| 'region'
	| 'route'
	| 'pocket'
	| 'contested-timeout'
	| 'collapse'
	| 'seat'
	| 'capital'
	| 'outskirts'
	| 'override';

/** Controller of one settlement on one date. */
export interface SettlementControl {
	place_id: string;
	date: IsoDate;
	faction: Faction;
	status: ControlStatus;
	/** Ids of the events behind this status (empty for baseline). */
	event_ids: string[];
	/** Why: the rule that set it. */
	rule?: ControlRule;
}

/** Properties every dated layer feature carries, so the map loads a layer once and filters by day. */
export interface DatedProperties {
	/** First day (inclusive) as days since 1970-01-01 UTC. */
	from: number;
	/** Last day (inclusive) as days since 1970-01-01 UTC. */
	to: number;
	from_date: IsoDate;
	to_date: IsoDate;
}

export interface ControlAreaProperties extends DatedProperties {
	id: string;
	faction: Faction;
	status: ControlStatus;
	/** Why the area has its controller; one rule per area. */
	rule?: ControlRule;
	event_ids: string[];
	area_km2: number;
}

export type ControlAreaFeature = Feature<Polygon | MultiPolygon, ControlAreaProperties>;

/** Per-date figures (issue 3 §4). */
export interface DateFigures {
	date: IsoDate;
	area_km2: Partial<Record<Faction, number>>;
	gained_km2: Partial<Record<Faction, number>>;
	lost_km2: Partial<Record<Faction, number>>;
	frontline_km: number;
	m5_km: Partial<Record<Faction, number>>;
	/** Shortest distance from the theatre's reference point (manifest `theatre.distance_reference`) to the front line, km. */
	front_to_reference_km: number | null;
	/** Ids of the events dated this day. */
	event_ids: string[];
}

export interface ManifestSource {
	article: string;
	title: string | null;
	publisher: string | null;
	url: string | null;
	published: IsoDate | null;
}

/** A text in both of the app's languages. */
export interface Bilingual {
	en: string;
	ar: string;
}

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** The theatre as the app shows it (from the project's theatre.json; README "theatre.json"). */
export interface ManifestTheatre {
	title: Bilingual;
	subtitle: Bilingual;
	/** What the map may show. */
	bounds: Box;
	/** The view the map opens on. */
	view: Box;
	/** The point `front_to_reference_km` measures from, and its name; null: no such figure. */
	distance_reference: { name: Bilingual; lon: number; lat: number } | null;
	/** ACLED's country name, ISO 3166-1 numeric code and region, for the CSV export. */
	country: { name: string; iso: number; region: string };
}

/** manifest.json: what the app and downloads read first. */
export interface LayerManifest {
	version: 1;
	/** The theatre's English title (exports read it); `theatre.title` has both languages. */
	title: string;
	/** The theatre; absent in data folders written before theatre.json (issue 12). */
	theatre?: ManifestTheatre;
	/** First and last day of the timeline. */
	start: IsoDate;
	end: IsoDate;
	/** Dates that have observations (events), sorted. */
	dates: IsoDate[];
	/** Layer name → file name beside the manifest. */
	layers: Record<string, string>;
	/** Date → snapshot file names for download. */
	snapshots: Record<IsoDate, Record<string, string>>;
	figures: DateFigures[];
	sources: ManifestSource[];
	attribution: string[];
	/** Events dated outside start–end (in events.geojson, on no layer), by id; a diagnostic names each. */
	outside_period?: { id: string; date: IsoDate }[];
}

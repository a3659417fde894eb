// A map project is a folder (issue 12 §1; README "Map projects"). These are its parts' names,
// one place for the build (scripts/gazetteer.ts), the watcher and the review page.
export const PROJECT_LAYOUT = {
	/** The project's news articles, subfolders included. */
	articles: 'articles',
	/** The theatre: titles, country, bounds, view, timeline start, baseline, actors, reference point, attribution. */
	theatre: 'theatre.json',
	/** The analyst's review decisions (written by the review page). */
	review: 'review.json',
	/** Analyst corrections of control that win over the model (optional). */
	overrides: 'overrides.geojson',
	/** Curated events (the embedded default in geodata/): read when there is no articles folder. */
	curated: 'events.json'
} as const;

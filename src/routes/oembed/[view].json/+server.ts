// oEmbed (https://oembed.com) as static files: one JSON per published view, prerendered at build
// (a static host cannot answer /oembed?url=…). Pages point to theirs with a discovery link.
import { json } from '@sveltejs/kit';
import { OEMBED_VIEWS, oembedJson } from '$lib/export/publish-meta';
import { siteFacts, siteUrl } from '$lib/server/site-facts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => Object.keys(OEMBED_VIEWS).map((view) => ({ view }));

export const GET: RequestHandler = ({ params }) =>
	json(oembedJson(params.view, { siteUrl: siteUrl(), facts: siteFacts() }));

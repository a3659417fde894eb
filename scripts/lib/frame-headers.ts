// Who may put our pages in a frame. A <meta> Content-Security-Policy cannot carry
// frame-ancestors, so framing is an HTTP header: `/embed` may be framed by any site, every other
// page by none (clickjacking). One set of rules feeds both places that send headers:
// `static/_headers` for static hosts (Cloudflare Pages syntax) and `vite preview` (`npm start`)
// through the plugin below. The rules are pure data and functions so they can be unit tested.
import type { Plugin } from 'vite';

export interface HeaderRule {
	/** A path, or a path ending in `*` that matches everything after its prefix (a "splat"). */
	path: string;
	/** Headers set by a broader rule that this one removes (`! Name` in `_headers`). */
	detach?: string[];
	headers: Record<string, string>;
}

const DENY = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
// X-Frame-Options has no "anyone" value: the embed sends none, only frame-ancestors.
const ANYONE = { 'Content-Security-Policy': 'frame-ancestors *' };
const UNDO_DENY = Object.keys(DENY);

/**
 * In order. As on Cloudflare Pages, a path inherits the headers of every rule it matches, so the
 * embed rules first detach what `/*` set (two CSP headers would both be enforced, and the
 * stricter one would win).
 */
export const FRAME_RULES: HeaderRule[] = [
	{ path: '/*', headers: DENY },
	{ path: '/embed', detach: UNDO_DENY, headers: ANYONE },
	{ path: '/embed/*', detach: UNDO_DENY, headers: ANYONE }
];

export function pathMatches(rulePath: string, pathname: string): boolean {
	return rulePath.endsWith('*') ? pathname.startsWith(rulePath.slice(0, -1)) : pathname === rulePath;
}

/**
 * The path a static server will serve for a request target: percent-decoded, dot segments
 * resolved, query and fragment dropped. Matching the raw target would let `/embed/..%2F` (which
 * serves `/`) pass as an embed. Null when the target cannot be decoded.
 */
export function servedPath(target: string): string | null {
	try {
		const raw = new URL(target, 'http://host').pathname;
		return new URL(decodeURIComponent(raw).replace(/\\/g, '/'), 'http://host').pathname;
	} catch {
		return null;
	}
}

/** The headers a request target gets (header name → value), by the rules' inherit/detach semantics. */
export function frameHeaders(target: string, rules: HeaderRule[] = FRAME_RULES): Record<string, string> {
	const path = servedPath(target);
	// An undecodable target is answered 400/404 by the server; it still gets the strictest headers.
	if (path === null) return { ...DENY };
	const out = new Map<string, { name: string; values: string[] }>();
	for (const rule of rules) {
		if (!pathMatches(rule.path, path)) continue;
		for (const name of rule.detach ?? []) out.delete(name.toLowerCase());
		for (const [name, value] of Object.entries(rule.headers)) {
			const slot = out.get(name.toLowerCase()) ?? { name, values: [] };
			slot.values.push(value);
			out.set(name.toLowerCase(), slot);
		}
	}
	return Object.fromEntries([...out.values()].map((h) => [h.name, h.values.join(', ')]));
}

/** The rules as a `_headers` file (Cloudflare Pages / Netlify layout). */
export function renderHeadersFile(rules: HeaderRule[] = FRAME_RULES): string {
	const lines = [
		'# Generated from scripts/lib/frame-headers.ts (README "Security"); tests check they agree.',
		'# /embed may be framed by any site; every other page by none.'
	];
	for (const rule of rules) {
		lines.push('', rule.path);
		for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
		for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
	}
	return lines.join('\n') + '\n';
}

/** `vite preview` (what `npm start` serves) sends the same headers as the static host would. */
export function frameHeadersPlugin(rules: HeaderRule[] = FRAME_RULES): Plugin {
	return {
		name: 'situation-map:frame-headers',
		configurePreviewServer(server) {
			// Added directly (not returned as a post hook) so it runs before SvelteKit's handlers.
			server.middlewares.use((req, res, next) => {
				for (const [name, value] of Object.entries(frameHeaders(req.url ?? '/', rules)))
					res.setHeader(name, value);
				next();
			});
		}
	};
}

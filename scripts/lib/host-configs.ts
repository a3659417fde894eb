// The framing headers of scripts/lib/frame-headers.ts for hosts other than Cloudflare Pages
// (whose `_headers` is static/_headers): Netlify (netlify.toml), nginx, and S3 behind CloudFront
// (a CloudFormation template). Rendered from the same rules, written to deploy/ by
// `npx tsx scripts/deploy-configs.ts`, and held equal to them by tests/security/host-configs.test.ts.
//
// Each host combines rules its own way, so each file is written for its host's semantics:
// - Netlify applies every rule whose path matches, a later rule's header replacing an earlier one's
//   (netlify/cli src/utils/headers.mjs, headersForPath), and has no way to remove a header. So the
//   deny set goes on the two documents that are not the embed (`/`, `/index.html`) instead of `/*`.
// - nginx uses the one `location` that matches best; `add_header` in it replaces the server's.
// - CloudFront uses the first cache behaviour whose path pattern matches, with its one response
//   headers policy; the default behaviour takes the rest.
import { frameHeaders } from './frame-headers';

/** The two header sets: what the embed gets, and what every other page gets. */
export function headerSets(): { embed: Record<string, string>; other: Record<string, string> } {
	return { embed: frameHeaders('/embed/'), other: frameHeaders('/') };
}

/** The documents of the build that are not the embed (SvelteKit prerenders `/` as index.html). */
export const OTHER_DOCUMENTS = ['/', '/index.html'];
export const EMBED_PATHS = ['/embed', '/embed/*'];

const tomlString = (s: string) => JSON.stringify(s);

export function renderNetlifyToml(): string {
	const { embed, other } = headerSets();
	const block = (path: string, h: Record<string, string>) =>
		[
			'[[headers]]',
			`for = ${tomlString(path)}`,
			'[headers.values]',
			...Object.entries(h).map(([k, v]) => `${tomlString(k)} = ${tomlString(v)}`)
		].join('\n');
	const head = [
		'# Generated from scripts/lib/frame-headers.ts by scripts/deploy-configs.ts (README "Publishing").',
		'# Netlify: publish build/ and delete build/_headers (it is Cloudflare Pages syntax).',
		'# /embed may be framed by any site; the other pages by none.'
	].join('\n');
	return (
		[head, ...OTHER_DOCUMENTS.map((p) => block(p, other)), ...EMBED_PATHS.map((p) => block(p, embed))].join(
			'\n\n'
		) + '\n'
	);
}

/** nginx quotes: a header value in double quotes, `"` and `\` escaped. */
const ngx = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

export function renderNginx(): string {
	const { embed, other } = headerSets();
	const adds = (h: Record<string, string>) =>
		Object.entries(h).map(([k, v]) => `        add_header ${k} ${ngx(v)} always;`);
	return [
		'# Generated from scripts/lib/frame-headers.ts by scripts/deploy-configs.ts (README "Publishing").',
		'# Inside your server { } block; root points at the copied build/ folder.',
		'# /embed may be framed by any site; everything else by none.',
		'    location / {',
		...adds(other),
		'        try_files $uri $uri/ =404;',
		'    }',
		'    location = /embed {',
		'        return 301 /embed/;',
		'    }',
		'    location /embed/ {',
		...adds(embed),
		'        try_files $uri $uri/ =404;',
		'    }',
		''
	].join('\n');
}

/** CloudFormation: the two response headers policies and the cache behaviour for the embed. */
export function renderCloudFront(): string {
	const { embed, other } = headerSets();
	const policy = (name: string, h: Record<string, string>) => {
		const csp = h['Content-Security-Policy'];
		const xfo = h['X-Frame-Options'];
		return {
			Type: 'AWS::CloudFront::ResponseHeadersPolicy',
			Properties: {
				ResponseHeadersPolicyConfig: {
					Name: name,
					Comment: 'Generated from scripts/lib/frame-headers.ts (README "Publishing")',
					SecurityHeadersConfig: {
						...(csp ? { ContentSecurityPolicy: { ContentSecurityPolicy: csp, Override: true } } : {}),
						...(xfo ? { FrameOptions: { FrameOption: xfo, Override: true } } : {})
					}
				}
			}
		};
	};
	const template = {
		AWSTemplateFormatVersion: '2010-09-09',
		Description:
			'Framing headers for the situation map on S3 + CloudFront: /embed* may be framed by any site, the rest by none. ' +
			'Attach OtherPagesHeaders to the default cache behaviour and EmbedHeaders to a behaviour for /embed* (Outputs).',
		Resources: {
			OtherPagesHeaders: policy('situation-map-deny-framing', other),
			EmbedHeaders: policy('situation-map-embed-framing', embed)
		},
		Outputs: {
			EmbedCacheBehaviorPathPattern: { Value: '/embed*' },
			EmbedHeadersPolicyId: { Value: { Ref: 'EmbedHeaders' } },
			OtherPagesHeadersPolicyId: { Value: { Ref: 'OtherPagesHeaders' } }
		}
	};
	return JSON.stringify(template, null, 2) + '\n';
}

/** deploy/<file> → its content. */
export function deployFiles(): Record<string, string> {
	return {
		'netlify.toml': renderNetlifyToml(),
		'nginx.conf': renderNginx(),
		'cloudfront-headers.json': renderCloudFront()
	};
}

// The framing headers written for Netlify, nginx and CloudFront (deploy/, README "Publishing"):
// equal to what the rules render, valid in each host's own syntax, and giving each path the
// headers scripts/lib/frame-headers.ts decides, under that host's way of combining rules.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseToml } from 'smol-toml';
import { frameHeaders } from '../../scripts/lib/frame-headers';
import { deployFiles } from '../../scripts/lib/host-configs';

const DEPLOY = join(import.meta.dirname, '../../deploy');
const read = (f: string) => readFileSync(join(DEPLOY, f), 'utf8');
const DOCUMENTS = ['/', '/index.html', '/embed', '/embed/', '/embed/index.html'];

describe('deploy/ host configurations', () => {
	it('are what the framing rules render (run `npx tsx scripts/deploy-configs.ts` after changing them)', () => {
		for (const [name, body] of Object.entries(deployFiles())) expect(read(name), name).toBe(body);
	});

	it('netlify.toml parses as TOML and gives every document the headers the rules decide', () => {
		const toml = parseToml(read('netlify.toml')) as {
			headers: { for: string; values: Record<string, string> }[];
		};
		expect(toml.headers.length).toBeGreaterThan(0);
		// Netlify's matching (netlify/cli headersForPath): every rule whose path matches, later values winning.
		const netlify = (path: string) =>
			Object.assign(
				{},
				...toml.headers
					.filter((r) =>
						new RegExp(`^${r.for.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path)
					)
					.map((r) => r.values)
			);
		for (const path of DOCUMENTS) expect(netlify(path), path).toEqual(frameHeaders(path));
		expect(netlify('/embed/')).not.toHaveProperty('X-Frame-Options');
	});

	it('nginx.conf is accepted by nginx -t inside a server block (structure checked where nginx is absent)', () => {
		const conf = read('nginx.conf');
		const code = conf
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l && !l.startsWith('#'));
		expect(code.join('').split('{').length).toBe(code.join('').split('}').length);
		for (const l of code) expect(l.endsWith(';') || l.endsWith('{') || l === '}', l).toBe(true);
		expect(conf).toMatch(
			/location \/embed\/ \{\n\s+add_header Content-Security-Policy "frame-ancestors \*" always;\n\s+try_files/
		);
		expect(conf.slice(conf.indexOf('location /embed/'))).not.toContain('X-Frame-Options');
		if (spawnSync('nginx', ['-v']).error) return; // nginx not installed: the structure above is the check
		const dir = mkdtempSync(join(tmpdir(), 'sm-nginx-'));
		try {
			writeFileSync(join(dir, 'snippet.conf'), conf);
			writeFileSync(
				join(dir, 'nginx.conf'),
				`pid ${dir}/nginx.pid; error_log ${dir}/error.log; events {}\nhttp { access_log off; server { listen 127.0.0.1:18080; root ${dir}; include ${dir}/snippet.conf; } }\n`
			);
			execFileSync('nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('cloudfront-headers.json is a CloudFormation template with a deny policy and an embed policy', () => {
		const t = JSON.parse(read('cloudfront-headers.json')) as {
			Resources: Record<
				string,
				{
					Type: string;
					Properties: {
						ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Record<string, Record<string, unknown>> };
					};
				}
			>;
			Outputs: Record<string, { Value: unknown }>;
		};
		const sec = (name: string) =>
			t.Resources[name]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
		expect(Object.values(t.Resources).every((r) => r.Type === 'AWS::CloudFront::ResponseHeadersPolicy')).toBe(
			true
		);
		expect(sec('OtherPagesHeaders')).toEqual({
			ContentSecurityPolicy: {
				ContentSecurityPolicy: frameHeaders('/')['Content-Security-Policy'],
				Override: true
			},
			FrameOptions: { FrameOption: 'DENY', Override: true }
		});
		expect(sec('EmbedHeaders')).toEqual({
			ContentSecurityPolicy: {
				ContentSecurityPolicy: frameHeaders('/embed/')['Content-Security-Policy'],
				Override: true
			}
		});
		expect(t.Outputs.EmbedCacheBehaviorPathPattern!.Value).toBe('/embed*');
	});
});

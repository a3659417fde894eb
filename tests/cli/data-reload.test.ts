// The dev server reloads the page when the data folder is rebuilt (scripts/lib/data-reload.ts):
// a real Vite dev server over a temporary root; a new data folder swapped in (as every build
// does) makes it send one full reload; other files beside it do not.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { dataReloadPlugin } from '../../scripts/lib/data-reload';

let root: string;
let server: ViteDevServer;
const sent: string[] = [];
let onSend: (() => void) | null = null;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'sm-reload-'));
	mkdirSync(join(root, 'static', 'data'), { recursive: true });
	writeFileSync(join(root, 'static', 'data', 'manifest.json'), '{}');
	server = await createServer({
		root,
		configFile: false,
		logLevel: 'silent',
		plugins: [dataReloadPlugin('static/data', 50)],
		server: { middlewareMode: true, hmr: false }
	});
	const send = server.ws.send.bind(server.ws);
	server.ws.send = ((payload: { type: string }) => {
		sent.push(payload.type);
		onSend?.();
		return send(payload as never);
	}) as typeof server.ws.send;
});
afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('dataReloadPlugin', () => {
	it('sends one after a new data folder is swapped in whole, as every build does', async () => {
		const reloaded = new Promise<void>((ok) => (onSend = ok));
		writeFileSync(join(root, 'static', 'other.json'), '{}');
		const fresh = join(root, 'static', '.data.tmp-1');
		mkdirSync(fresh);
		writeFileSync(join(fresh, 'manifest.json'), '{"version": 1}');
		renameSync(join(root, 'static', 'data'), join(root, 'static', '.data.old-1'));
		renameSync(fresh, join(root, 'static', 'data'));
		await reloaded;
		expect(sent).toEqual(['full-reload']);
	});
});

// Reads a data folder from disk the way the pages fetch it, for tests (src/lib stays free of fs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFolder, type DataFolder } from '../src/lib/app/load-data';

export async function readDataFolder(dir: string): Promise<DataFolder> {
	if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json: missing`);
	const fetchFile = (async (url: string) => {
		const file = join(dir, String(url).replace(/^\/data\//, ''));
		return existsSync(file) ? new Response(readFileSync(file)) : new Response('', { status: 404 });
	}) as typeof fetch;
	return loadDataFolder('/data/', fetchFile);
}

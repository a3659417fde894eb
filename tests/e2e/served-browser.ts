// For a browser test file: the site served (startServer's options) and Chromium launched before its
// tests, both closed after them. Read `e2e.server` and `e2e.browser` inside the tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startServer, type StaticServer } from './browser';

export function servedBrowser(options: Parameters<typeof startServer>[0]): {
	server: StaticServer;
	browser: Browser;
} {
	const e2e = {} as { server: StaticServer; browser: Browser };
	beforeAll(async () => {
		e2e.server = await startServer(options);
		e2e.browser = await launchBrowser();
	});
	afterAll(async () => {
		await e2e.browser?.close();
		await e2e.server?.close();
	});
	return e2e;
}

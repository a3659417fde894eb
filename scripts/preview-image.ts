// npm run preview-image: the link-preview image of the default view (Open Graph, Twitter card,
// oEmbed thumbnail) written into the built site, build/preview.png, at the size the page's tags
// announce (src/lib/export/publish-meta.ts). A separate step after `npm run build` (running Chromium
// inside the build would make every build need a browser); `npm start` and `npm test` run it.
// It is `npm run snapshot` of /embed/ with its defaults (the last date, every layer).
// Without Chromium, `npm start` must still serve the map: the image is then skipped with a note (the
// pages work; a pasted link shows no picture). `--required` (as `npm test` runs it) makes that an error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PREVIEW_IMAGE } from '../src/lib/export/publish-meta';
import { PRODUCTION_BUILD_DIR } from '../tests/e2e/browser';

const required = process.argv.includes('--required');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) && !required) {
	console.error(
		`preview-image: no Chromium at ${chromium} (set CHROMIUM_PATH): the link-preview image is skipped; the map works without it`
	);
} else {
	const r = spawnSync(
		process.execPath,
		[
			...process.execArgv,
			join(import.meta.dirname, 'snapshot.ts'),
			'--out',
			join(PRODUCTION_BUILD_DIR, PREVIEW_IMAGE.file),
			'--width',
			String(PREVIEW_IMAGE.width),
			'--height',
			String(PREVIEW_IMAGE.height)
		],
		{ stdio: 'inherit' }
	);
	process.exitCode = r.status ?? 1;
}

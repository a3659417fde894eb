// npx tsx scripts/deploy-configs.ts: writes deploy/ (netlify.toml, nginx.conf,
// cloudfront-headers.json) from the framing rules (scripts/lib/host-configs.ts). Run it after
// changing scripts/lib/frame-headers.ts; tests/security/host-configs.test.ts fails until you do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployFiles } from './lib/host-configs';

const dir = join(import.meta.dirname, '..', 'deploy');
mkdirSync(dir, { recursive: true });
for (const [name, body] of Object.entries(deployFiles())) writeFileSync(join(dir, name), body);
console.log(`deploy-configs: ${Object.keys(deployFiles()).length} files written to ${dir}`);

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** True only in the test build (`npm run build:test`; vite.config.ts `define`). */
	const __TEST_HOOKS__: boolean;
}
export {};

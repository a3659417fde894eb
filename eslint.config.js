// Lint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte, with Prettier
// owning layout (no style rules here). Run with `npm run lint`; `npm test` runs it first.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		// __TEST_HOOKS__: the build-time constant of vite.config.ts `define` (declared in src/app.d.ts).
		languageOptions: { globals: { ...globals.browser, ...globals.node, __TEST_HOOKS__: 'readonly' } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Unused names are errors, except a leading underscore marks one kept on purpose.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			],
			// The app's state is replaced, never mutated in place (toggles are $state.raw sets swapped on
			// change; indexes are built once), so Svelte's reactive collections would only add cost.
			'svelte/prefer-svelte-reactivity': 'off',
			// Links are external sources or same-page query strings, and pushState/replaceState only
			// change the query of the page they are on: there is no route path for resolve() to add.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignorePushState: true, ignoreReplaceState: true, ignoreGoto: false }
			]
		}
	},
	{
		ignores: [
			'build/',
			'build-test/',
			'tmp/',
			'.svelte-kit/',
			'node_modules/',
			'static/data/',
			'bench/results/'
		]
	}
);

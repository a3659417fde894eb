// Command-line flags for scripts: known flags only, each with its value; anything else is an error.

export type FlagSpec = Record<string, 'string' | 'boolean'>;

export function parseArgs(argv: string[], spec: FlagSpec): Record<string, string | boolean> {
	const out: Record<string, string | boolean> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [null, null];
		if (!name || !(name in spec))
			throw new Error(
				`unknown argument "${arg}" (known: ${Object.keys(spec)
					.map((k) => `--${k}`)
					.join(', ')})`
			);
		if (spec[name] === 'boolean') {
			out[name] = true;
			continue;
		}
		const value = inline ?? argv[++i];
		if (value === undefined || value.trim() === '' || value.startsWith('--'))
			throw new Error(`--${name} needs a value`);
		out[name] = value;
	}
	return out;
}

// A small XML well-formedness check for tests (no DOM in Node): tags nest and close, attributes
// are quoted, text holds no raw "<" or stray "&". Returns the first problem, or null.
export function xmlProblem(xml: string): string | null {
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
	let m: RegExpExecArray | null;
	let roots = 0;
	while ((m = token.exec(body))) {
		const [, close, name, , selfClose, text, stray] = m;
		if (stray) return `stray "<" at ${m.index}`;
		if (text !== undefined) {
			if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) return `stray "&" at ${m.index}`;
			if (!stack.length && text.trim()) return `text outside the root at ${m.index}`;
			continue;
		}
		if (close) {
			if (stack.pop() !== name) return `</${name}> closes the wrong element at ${m.index}`;
		} else if (!selfClose) {
			if (!stack.length) roots++;
			stack.push(name!);
		} else if (!stack.length) roots++;
	}
	if (stack.length) return `unclosed <${stack.at(-1)}>`;
	return roots === 1 ? null : `${roots} root elements`;
}

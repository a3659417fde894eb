// A small RFC 4180 CSV reader for the curated gazetteer: quoted fields, doubled quotes, CRLF.

export interface CsvTable {
	header: string[];
	/** Each row with the 1-based line number it starts on. */
	rows: { line: number; cells: string[] }[];
}

/** Parses CSV text; throws `<file>:<line>: <reason>` on an unterminated quote, a ragged row or a last line
 *  without its line break. */
export function parseCsv(text: string, file: string): CsvTable {
	const records: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let inQuotes = false;
	let line = 1;
	let recordLine = 1;
	const src = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < src.length; i++) {
		const ch = src[i];
		if (inQuotes) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i++;
				} else inQuotes = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
		} else if (ch === '"') {
			if (cell.length > 0) throw new Error(`${file}:${line}: a quote inside an unquoted field`);
			inQuotes = true;
		} else if (ch === ',') {
			cells.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			cells.push(cell);
			if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
			cells = [];
			cell = '';
			line++;
			recordLine = line;
		} else cell += ch;
	}
	if (inQuotes) throw new Error(`${file}:${recordLine}: unterminated quoted field`);
	// a file cut short inside its last field still parses: its last line's break is the only sign it ended
	if (src.length > 0 && !/[\r\n]$/.test(src))
		throw new Error(
			`${file}:${recordLine}: the last line has no line break, so the file may have been cut short; if it is whole, end it with a line break`
		);
	cells.push(cell);
	if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
	const [head, ...rows] = records;
	if (!head) throw new Error(`${file}: empty CSV, expected a header row`);
	for (const row of rows) {
		if (row.cells.length !== head.cells.length)
			throw new Error(`${file}:${row.line}: ${row.cells.length} fields, the header has ${head.cells.length}`);
	}
	return { header: head.cells.map((h) => h.trim()), rows };
}

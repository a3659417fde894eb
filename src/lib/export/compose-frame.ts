// Draws an exported frame (PNG or one WebM frame): the map image, a title band with the date
// stamp, and a footer with the legend and the credits. Pure: it draws on whatever 2D context it is
// given (a browser canvas in the app, a recording fake in the unit test), reads no DOM or clock.
import type { Swatch } from '../components/legend-items';
import { OPACITY } from '../map/theme';

/** The part of CanvasRenderingContext2D this module uses. */
export type Ctx2D = Pick<
	CanvasRenderingContext2D,
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'font'
	| 'textBaseline'
	| 'textAlign'
	| 'direction'
	| 'globalAlpha'
	| 'fillRect'
	| 'strokeRect'
	| 'beginPath'
	| 'arc'
	| 'moveTo'
	| 'lineTo'
	| 'stroke'
	| 'fill'
	| 'fillText'
	| 'measureText'
	| 'drawImage'
	| 'setLineDash'
	| 'save'
	| 'restore'
>;

export interface FrameLegendItem {
	label: string;
	swatch: Swatch;
}

export interface FrameSpec {
	/** Output size in device pixels. */
	width: number;
	height: number;
	/** Device pixels per CSS pixel: text and swatches scale with it. */
	scale: number;
	title: string;
	/** The date stamp ("29 November 2024"). */
	dateLabel: string;
	/** A second line under the date (e.g. "interpolated between …"), or "". */
	subtitle: string;
	legend: readonly FrameLegendItem[];
	/** Sources and data credits, one line (wrapped when long). */
	credit: string;
	rtl: boolean;
	theme: 'light' | 'dark';
}

const FONT = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";
const PALETTE = {
	light: { band: 'rgba(255,255,255,0.92)', text: '#212529', muted: '#495057', rule: '#ced4da' },
	dark: { band: 'rgba(20,24,30,0.9)', text: '#f1f3f5', muted: '#ced4da', rule: '#495057' }
};

/** Splits text into lines no wider than `max` (by words; a long word gets its own line). */
export function wrapText(ctx: Pick<Ctx2D, 'measureText'>, text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Legend rows: items placed left to right (right to left in Arabic), wrapping at `max`. */
export function legendRows(
	ctx: Pick<Ctx2D, 'measureText'>,
	items: readonly FrameLegendItem[],
	max: number,
	swatchW: number,
	gap: number
): FrameLegendItem[][] {
	const rows: FrameLegendItem[][] = [];
	let row: FrameLegendItem[] = [];
	let used = 0;
	for (const it of items) {
		const w = swatchW + gap / 2 + ctx.measureText(it.label).width + gap;
		if (row.length && used + w > max) {
			rows.push(row);
			row = [];
			used = 0;
		}
		row.push(it);
		used += w;
	}
	if (row.length) rows.push(row);
	return rows;
}

function drawSwatch(ctx: Ctx2D, s: Swatch, x: number, y: number, w: number, h: number): void {
	ctx.save();
	if (s.kind === 'fill') {
		ctx.globalAlpha = s.light ? 0.35 : 0.65;
		ctx.fillStyle = s.colour;
		ctx.fillRect(x, y, w, h);
		ctx.globalAlpha = 1;
		ctx.strokeStyle = s.colour;
		ctx.lineWidth = Math.max(1, h / 12);
		ctx.strokeRect(x, y, w, h);
		if (s.hatch) {
			ctx.strokeStyle = '#333333';
			ctx.beginPath();
			for (let i = -h; i < w; i += h / 2.5) {
				ctx.moveTo(x + Math.max(0, i), y + h - Math.max(0, -i));
				ctx.lineTo(x + Math.min(w, i + h), y + Math.max(0, i + h - w));
			}
			ctx.stroke();
		}
	} else if (s.kind === 'line') {
		ctx.strokeStyle = s.colour;
		ctx.lineWidth = ((s.width ?? 2) * h) / 12;
		ctx.setLineDash(s.dashed ? [h / 4, h / 6] : []);
		ctx.beginPath();
		ctx.moveTo(x, y + h / 2);
		ctx.lineTo(x + w, y + h / 2);
		ctx.stroke();
	} else if (s.kind === 'pair') {
		// Two colours side by side (gained / lost).
		ctx.globalAlpha = 0.75;
		s.colours.forEach((colour, i) => {
			ctx.fillStyle = colour;
			ctx.fillRect(x + (i * w) / 2, y, w / 2, h);
		});
	} else {
		ctx.fillStyle = s.colour;
		ctx.strokeStyle = s.ring ?? '#ffffff';
		ctx.lineWidth = s.ring ? h / 5 : h / 8;
		ctx.beginPath();
		ctx.arc(x + w / 2, y + h / 2, h / 2.4, 0, Math.PI * 2);
		// a machine-read event is drawn paler than a reviewed one, as on the map
		ctx.globalAlpha = s.light ? OPACITY.machineReadEvent : 1;
		ctx.fill();
		ctx.globalAlpha = 1;
		ctx.stroke();
	}
	ctx.restore();
}

/**
 * Draws the frame: `map` fills the whole output ("cover": scaled to fill, centred, cropped), then
 * the title band on top and the legend + credits band at the bottom.
 */
export function composeFrame(
	ctx: Ctx2D,
	map: CanvasImageSource & { width: number; height: number },
	f: FrameSpec
): void {
	const { width: W, height: H, scale: k } = f;
	const pal = PALETTE[f.theme];
	const pad = 10 * k;
	const cover = Math.max(W / map.width, H / map.height);
	const mw = map.width * cover;
	const mh = map.height * cover;
	ctx.drawImage(map, (W - mw) / 2, (H - mh) / 2, mw, mh);

	ctx.direction = f.rtl ? 'rtl' : 'ltr';
	ctx.textAlign = f.rtl ? 'right' : 'left';
	ctx.textBaseline = 'top';
	const x0 = f.rtl ? W - pad : pad;
	const inner = W - 2 * pad;

	// Title band: title, then the date stamp (large), then the subtitle.
	const titleSize = 14 * k;
	const dateSize = 20 * k;
	const subSize = 12 * k;
	ctx.font = `600 ${titleSize}px ${FONT}`;
	const titleLines = wrapText(ctx, f.title, inner).slice(0, 2);
	const topH =
		pad + titleLines.length * titleSize * 1.3 + dateSize * 1.3 + (f.subtitle ? subSize * 1.4 : 0) + pad / 2;
	ctx.fillStyle = pal.band;
	ctx.fillRect(0, 0, W, topH);
	let y = pad;
	ctx.fillStyle = pal.text;
	for (const l of titleLines) {
		ctx.fillText(l, x0, y);
		y += titleSize * 1.3;
	}
	ctx.font = `700 ${dateSize}px ${FONT}`;
	ctx.fillText(f.dateLabel, x0, y);
	y += dateSize * 1.3;
	if (f.subtitle) {
		ctx.font = `${subSize}px ${FONT}`;
		ctx.fillStyle = pal.muted;
		ctx.fillText(f.subtitle, x0, y);
	}

	// Footer band: legend rows, then the credit lines.
	const legSize = 12 * k;
	const creditSize = 10.5 * k;
	const sw = 22 * k;
	const sh = 12 * k;
	const gap = 14 * k;
	ctx.font = `${legSize}px ${FONT}`;
	const rows = legendRows(ctx, f.legend, inner, sw, gap);
	ctx.font = `${creditSize}px ${FONT}`;
	const creditLines = wrapText(ctx, f.credit, inner).slice(0, 4);
	const rowH = Math.max(sh, legSize) * 1.5;
	const footH = pad + rows.length * rowH + creditLines.length * creditSize * 1.35 + pad / 2;
	ctx.fillStyle = pal.band;
	ctx.fillRect(0, H - footH, W, footH);
	ctx.fillStyle = pal.rule;
	ctx.fillRect(0, H - footH, W, Math.max(1, k));
	y = H - footH + pad;
	ctx.font = `${legSize}px ${FONT}`;
	for (const row of rows) {
		let x = f.rtl ? W - pad : pad;
		for (const it of row) {
			const tw = ctx.measureText(it.label).width;
			const sx = f.rtl ? x - sw : x;
			drawSwatch(ctx, it.swatch, sx, y + (rowH - sh) / 2 - legSize * 0.2, sw, sh);
			ctx.fillStyle = pal.text;
			const tx = f.rtl ? sx - gap / 2 : sx + sw + gap / 2;
			ctx.fillText(it.label, tx, y + (rowH - legSize) / 2 - legSize * 0.2);
			const adv = sw + gap / 2 + tw + gap;
			x = f.rtl ? x - adv : x + adv;
		}
		y += rowH;
	}
	ctx.font = `${creditSize}px ${FONT}`;
	ctx.fillStyle = pal.muted;
	for (const l of creditLines) {
		ctx.fillText(l, x0, y);
		y += creditSize * 1.35;
	}
}

// Frame capture (issue 5, moved here by issue 11): the map canvas rendered now and composed with
// title, date stamp, legend and credits (src/lib/export/compose-frame.ts), for the PNG export,
// each frame of a video, the embed's PNG hook and `npm run snapshot`.
import { composeFrame, type FrameSpec } from '../export/compose-frame';
import type { MapController } from './map-controller';

export type FrameText = Omit<FrameSpec, 'width' | 'height' | 'scale'>;

/**
 * Renders the map now (`redraw` is synchronous, so the WebGL buffer is still readable in this
 * task without `preserveDrawingBuffer`) and composes it onto `out` at the map canvas's size.
 * `even` rounds the size down to even numbers of pixels, which H.264 and VP9 encoders require.
 */
export function captureFrame(
	c: MapController,
	text: FrameText,
	out: HTMLCanvasElement,
	o: { even?: boolean } = {}
): HTMLCanvasElement {
	c.map.redraw();
	const src = c.map.getCanvas();
	const w = o.even ? src.width - (src.width % 2) : src.width;
	const h = o.even ? src.height - (src.height % 2) : src.height;
	if (out.width !== w) out.width = w;
	if (out.height !== h) out.height = h;
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas context');
	const scale = src.width / Math.max(1, src.clientWidth || src.width);
	composeFrame(ctx, src, { ...text, width: w, height: h, scale });
	return out;
}

export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
	return new Promise((ok, fail) =>
		canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the canvas gave no image'))), type)
	);
}

/** The PNG of the current view, composed. */
export async function capturePng(c: MapController, text: FrameText): Promise<Blob> {
	// a frame of a map still loading tiles would be half drawn: wait until it is idle
	if (!(c.map.loaded() && c.map.areTilesLoaded())) await c.map.once('idle');
	return canvasToBlob(captureFrame(c, text, document.createElement('canvas')));
}

/** The area on screen as [west, south, east, north] at 4 decimals, or null before the map has one. */
export function viewBbox(c: MapController): [number, number, number, number] | null {
	const b = c.map.getBounds();
	const r = (v: number) => Math.round(v * 1e4) / 1e4;
	const box: [number, number, number, number] = [
		r(b.getWest()),
		r(b.getSouth()),
		r(b.getEast()),
		r(b.getNorth())
	];
	return box.every(Number.isFinite) && box[0] < box[2] && box[1] < box[3] ? box : null;
}

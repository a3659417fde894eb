// Video of the scrub between two days (issue 13), driving the page's Playback (issue 11): the
// recorder writes the time to Playback only, and the map follows it through MapView's effect, as
// it does when the reader plays or scrubs. So the map's time has one writer.
//
// WebCodecs through the mediabunny muxer: every frame is set, rendered, composed and encoded with
// an explicit timestamp (frame i at i / fps, scrub-plan.ts), so the file's length and pace do not
// depend on how fast the map renders or on whether the tab is visible (nothing here waits on
// requestAnimationFrame or a timer; a hidden tab throttles both). MP4 (H.264) where the browser's
// encoder takes it, WebM (VP9) otherwise; the muxer writes the duration into the file.
// Without WebCodecs (older Safari, Firefox before 130) the MediaRecorder path is kept as a fallback:
// WebM only, paced by timers, and without a written duration.
import { flushSync } from 'svelte';
// mediabunny is loaded when a video is made (a dynamic import): the page does not pay for it.
import type { BufferTarget, VideoCodec } from 'mediabunny';
import { canvasToBlob, captureFrame, type FrameText } from './capture';
import type { MapController } from './map-controller';
import { scrubPlan, type ScrubPlan } from './scrub-plan';

/** What the recorder needs of the page's Playback (src/lib/timeline/playback.svelte.ts). */
export interface TimeWriter {
	t: number;
	playing: boolean;
	pause(): void;
}

export interface RecordOptions {
	controller: MapController;
	/** The page's Playback: the one writer of the map's time. */
	playback: TimeWriter;
	from: number;
	to: number;
	fps?: number;
	secondsPerDay?: number;
	text: (t: number) => FrameText;
	/** 0–1, after each frame. */
	onprogress?: (f: number) => void;
	/** Aborting stops after the current frame; the promise rejects with an AbortError. */
	signal?: AbortSignal;
}

export interface Recording {
	blob: Blob;
	ext: 'mp4' | 'webm';
	/** How it was made: WebCodecs with a muxer, or the MediaRecorder fallback. */
	encoder: 'webcodecs' | 'mediarecorder';
	codec: VideoCodec;
	frames: number;
	fps: number;
}

/** Bits a second: enough for flat map colours and small text at 1080p; H.264 and VP9 both take it. */
const BITRATE = 4_000_000;

/** The codecs tried in order, with their container: MP4 is what social and CMS uploads want. */
const CODECS: { codec: VideoCodec; ext: 'mp4' | 'webm' }[] = [
	{ codec: 'avc', ext: 'mp4' },
	{ codec: 'vp9', ext: 'webm' }
];

/** Whether this browser can record at all (WebCodecs, or MediaRecorder writing WebM). */
export function canRecordVideo(): boolean {
	return typeof VideoEncoder !== 'undefined' || webmRecorderType() !== null;
}

/** The first codec the browser's encoder accepts at this size (VideoEncoder.isConfigSupported). */
export async function videoCodecFor(
	width: number,
	height: number
): Promise<{ codec: VideoCodec; ext: 'mp4' | 'webm' } | null> {
	const { canEncodeVideo } = await import('mediabunny');
	for (const c of CODECS) if (await canEncodeVideo(c.codec, { width, height, bitrate: BITRATE })) return c;
	return null;
}

const aborted = () => new DOMException('the recording was cancelled', 'AbortError');

/** Sets the map's time through Playback and lets the map follow it now (MapView's effect). */
function seek(o: RecordOptions, t: number): void {
	o.playback.t = t;
	flushSync();
}

/**
 * Records the scrub from day `from` to day `to` (scrub-plan.ts for the frames), then puts the
 * time back where it was.
 */
export async function recordScrub(o: RecordOptions): Promise<Recording> {
	const plan = scrubPlan(o);
	if (o.playback.playing) o.playback.pause();
	const before = o.playback.t;
	try {
		return typeof VideoEncoder !== 'undefined'
			? await withWebCodecs(o, plan)
			: await withMediaRecorder(o, plan);
	} finally {
		seek(o, before);
	}
}

async function withWebCodecs(o: RecordOptions, plan: ScrubPlan): Promise<Recording> {
	const canvas = document.createElement('canvas');
	seek(o, plan.timeOf(0));
	captureFrame(o.controller, o.text(plan.timeOf(0)), canvas, { even: true });
	const choice = await videoCodecFor(canvas.width, canvas.height);
	if (!choice) throw new Error(`no video encoder for H.264 or VP9 at ${canvas.width}×${canvas.height}`);
	const { BufferTarget, CanvasSource, Mp4OutputFormat, Output, WebMOutputFormat } =
		await import('mediabunny');
	const output = new Output({
		format: choice.ext === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
		target: new BufferTarget()
	});
	const source = new CanvasSource(canvas, { codec: choice.codec, bitrate: BITRATE });
	output.addVideoTrack(source, { frameRate: plan.fps });
	await output.start();
	try {
		for (let i = 0; i < plan.frames; i++) {
			if (o.signal?.aborted) throw aborted();
			if (i > 0 && !plan.repeats(i)) {
				seek(o, plan.timeOf(i));
				captureFrame(o.controller, o.text(plan.timeOf(i)), canvas, { even: true });
			}
			// Explicit timestamps: frame i at i / fps, for 1 / fps, whatever the wall clock says.
			await source.add(i / plan.fps, 1 / plan.fps);
			o.onprogress?.((i + 1) / plan.frames);
		}
		await output.finalize();
	} catch (e) {
		if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
		throw e;
	}
	const buffer = (output.target as BufferTarget).buffer;
	if (!buffer) throw new Error('the muxer wrote no file');
	return {
		blob: new Blob([buffer], { type: output.format.mimeType }),
		ext: choice.ext,
		encoder: 'webcodecs',
		codec: choice.codec,
		frames: plan.frames,
		fps: plan.fps
	};
}

export function webmRecorderType(): string | null {
	if (typeof MediaRecorder === 'undefined') return null;
	return (
		['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) =>
			MediaRecorder.isTypeSupported(t)
		) ?? null
	);
}

/**
 * The fallback where WebCodecs is absent. MediaRecorder stamps frames with the wall clock, so
 * rendering while recording would stretch the video on a slow machine. Two passes instead: every
 * distinct frame is set, rendered and composed and kept as a WebP still; then the stills are played
 * into the recorder on a timer schedule (which a hidden tab throttles: the fallback's limit).
 */
async function withMediaRecorder(o: RecordOptions, plan: ScrubPlan): Promise<Recording> {
	const type = webmRecorderType();
	if (!type) throw new Error('this browser has neither WebCodecs nor a MediaRecorder that writes WebM');
	const RENDER_SHARE = 0.8;
	const canvas = document.createElement('canvas');
	const stills: Blob[] = [];
	for (let i = 0; i < plan.frames; i++) {
		if (o.signal?.aborted) throw aborted();
		if (plan.repeats(i)) {
			stills.push(stills[i - 1]!);
			continue;
		}
		seek(o, plan.timeOf(i));
		captureFrame(o.controller, o.text(plan.timeOf(i)), canvas);
		stills.push(await canvasToBlob(canvas, 'image/webp'));
		o.onprogress?.((RENDER_SHARE * (i + 1)) / plan.frames);
	}
	const out = document.createElement('canvas');
	out.width = canvas.width;
	out.height = canvas.height;
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas context');
	const stream = out.captureStream(0);
	const track = stream.getVideoTracks()[0] as MediaStreamTrack & { requestFrame?: () => void };
	const rec = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: BITRATE });
	const chunks: Blob[] = [];
	rec.ondataavailable = (e) => e.data.size && chunks.push(e.data);
	const done = new Promise<void>((ok) => (rec.onstop = () => ok()));
	rec.start();
	const start = performance.now();
	try {
		for (let i = 0; i < plan.frames; i++) {
			if (o.signal?.aborted) throw aborted();
			const bmp = await createImageBitmap(stills[i]!);
			ctx.drawImage(bmp, 0, 0);
			bmp.close();
			track.requestFrame?.();
			o.onprogress?.(RENDER_SHARE + ((1 - RENDER_SHARE) * (i + 1)) / plan.frames);
			const due = start + ((i + 1) * 1000) / plan.fps;
			await new Promise((ok) => setTimeout(ok, Math.max(0, due - performance.now())));
		}
	} finally {
		rec.stop();
		await done;
		stream.getTracks().forEach((tr) => tr.stop());
	}
	return {
		blob: new Blob(chunks, { type: 'video/webm' }),
		ext: 'webm',
		encoder: 'mediarecorder',
		codec: type.includes('vp8') ? 'vp8' : 'vp9',
		frames: plan.frames,
		fps: plan.fps
	};
}

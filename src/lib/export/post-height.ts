// The embed's height, posted to the host page whenever it changes (the snippet's resize script
// listens for HEIGHT_MESSAGE). A Svelte action on the embed's root; nothing is posted outside a frame.
import { HEIGHT_MESSAGE } from './embed-snippet';

export function postHeight(root: HTMLElement): { destroy(): void } | void {
	if (window.parent === window) return;
	let last = -1;
	const post = () => {
		const h = Math.ceil(root.getBoundingClientRect().height);
		if (h === last) return;
		last = h;
		window.parent.postMessage({ type: HEIGHT_MESSAGE, height: h }, '*');
	};
	const ro = new ResizeObserver(post);
	ro.observe(root);
	post();
	return { destroy: () => ro.disconnect() };
}

// The review page (served by scripts/review.ts): lists the machine's events, sends decisions, shows
// the app's own map (/embed) rebuilt after each. Text reaches the page as text only (no innerHTML).
'use strict';

const FIELDS = ['kind', 'date', 'place', 'actor', 'confidence', 'geo_precision', 'time_precision'];
let state = null;
let selected = null;

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (v === undefined || v === null || v === false) continue;
		if (k === 'text') node.textContent = v;
		else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
		else node.setAttribute(k, v === true ? '' : String(v));
	}
	for (const c of children) if (c !== null && c !== undefined) node.append(c);
	return node;
}

async function load() {
	const res = await fetch('/api/state', { cache: 'no-store' });
	render(await res.json(), null);
}

async function send(body) {
	setStatus('Saving…');
	const res = await fetch('/api/decisions', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	const next = await res.json();
	if (!res.ok && !next.items) {
		setStatus(`Not saved: ${next.error}`);
		return;
	}
	render(
		next,
		next.error
			? `Saved, but the map was not rebuilt: ${next.error}`
			: `Saved; map rebuilt in ${next.rebuildMs} ms`
	);
}

function setStatus(text) {
	$('status').textContent = text;
	document.body.dataset.status = text;
}

/** The status of an item: the decision on its readings (all the same when made from this page). */
function statusOf(item) {
	const actions = item.readings.map((r) => (r.decision ? r.decision.action : 'machine'));
	if (actions.every((a) => a === actions[0]))
		return { accept: 'accepted', reject: 'rejected', edit: 'edited', add: 'added', machine: 'machine' }[
			actions[0]
		];
	return 'mixed';
}

function sentence(reading) {
	const quote = el('blockquote', { lang: 'en' });
	let at = reading.start;
	for (const h of reading.highlights) {
		if (h.start < at) continue;
		quote.append(reading.text.slice(at - reading.start, h.start - reading.start));
		quote.append(
			el('mark', {
				class: h.type,
				title: h.type,
				text: reading.text.slice(h.start - reading.start, h.end - reading.start)
			})
		);
		at = h.end;
	}
	quote.append(reading.text.slice(at - reading.start));
	return quote;
}

function fieldInput(name, value) {
	const id = `f-${name}-${Math.random().toString(36).slice(2)}`;
	let input;
	if (name === 'kind')
		input = el(
			'select',
			{ id, name },
			...state.kinds.map((k) => el('option', { value: k, selected: k === value, text: k }))
		);
	else if (name === 'actor')
		input = el(
			'select',
			{ id, name },
			el('option', { value: '', text: '(unchanged)' }),
			...state.actors.map((a) => el('option', { value: a, selected: a === value, text: a }))
		);
	else if (name === 'confidence')
		input = el(
			'select',
			{ id, name },
			...['reported', 'claimed'].map((c) => el('option', { value: c, selected: c === value, text: c }))
		);
	else if (name === 'geo_precision' || name === 'time_precision')
		input = el(
			'select',
			{ id, name },
			...['1', '2', '3'].map((c) => el('option', { value: c, selected: c === String(value ?? 1), text: c }))
		);
	else if (name === 'date') input = el('input', { id, name, type: 'date', value: value ?? '' });
	else input = el('input', { id, name, list: 'places', value: value ?? '', autocomplete: 'off' });
	return el('label', { for: id }, `${name.replace('_', ' ')} `, input);
}

function formValues(form, defaults) {
	const set = {};
	for (const name of FIELDS) {
		const input = form.elements.namedItem(name);
		if (!input || input.value === '') continue;
		const value = name.endsWith('precision') ? Number(input.value) : input.value;
		if (defaults[name] !== value) set[name] = value;
	}
	return set;
}

function decide(item, action, extra = {}) {
	const note = document.querySelector(`[data-note="${CSS.escape(item.id)}"]`).value.trim();
	const decisions = item.readings
		.filter((r) => r.decision?.action !== 'add')
		.map((r) => ({ action, source: r.key, ...extra, ...(note ? { note } : {}) }));
	return send({ decisions });
}

function editForm(item, container) {
	container.replaceChildren();
	const defaults = {
		kind: item.kind,
		date: item.date,
		place: item.place_id,
		actor: item.actor ?? '',
		confidence: item.confidence,
		geo_precision: item.geo_precision,
		time_precision: item.time_precision
	};
	const form = el(
		'form',
		{ class: 'edit', 'aria-label': `Edit ${item.kind} at ${item.place}` },
		...FIELDS.map((f) => fieldInput(f, defaults[f]))
	);
	form.append(
		el('button', { type: 'submit', text: 'Save edit' }),
		el('button', { type: 'button', text: 'Cancel', onclick: () => container.replaceChildren() })
	);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		const set = formValues(form, defaults);
		if (Object.keys(set).length === 0) return setStatus('Nothing changed');
		decide(item, 'edit', { set });
	});
	container.append(form);
	form.elements[0].focus();
}

function renderItem(item) {
	const status = statusOf(item);
	const control =
		item.control && item.control.before !== item.control.after
			? `control: ${item.control.before ?? '—'} → ${item.control.after ?? '—'}`
			: 'no change of control';
	const head = el(
		'h3',
		{},
		`${item.kind} · ${item.place}${item.actor ? ` · ${item.actor}` : ''}`,
		el('span', { class: `badge ${status}`, text: status })
	);
	const readings = item.readings.map((r) =>
		el(
			'div',
			{ class: 'reading' },
			sentence(r),
			el('p', {
				class: 'meta',
				text: `${r.source?.publisher ?? r.article}, ${r.source?.published ?? 'undated'}${r.decision?.note ? ` — note: ${r.decision.note}` : ''}`
			})
		)
	);
	const contradictions = item.contradictions.map((c) =>
		el('p', {
			class: 'contradiction',
			text: `Contradicted (${c.kind}) by ${c.outlet ?? c.article}: “${c.text}”`
		})
	);
	const editBox = el('div');
	const note = el('textarea', {
		'data-note': item.id,
		'aria-label': `Note on ${item.kind} at ${item.place}`,
		placeholder: 'note (optional)'
	});
	const added = item.readings.some((r) => r.decision?.action === 'add');
	const actions = el(
		'div',
		{ class: 'actions' },
		added
			? null
			: el('button', {
					type: 'button',
					'data-action': 'accept',
					text: 'Accept',
					onclick: () => decide(item, 'accept')
				}),
		added
			? null
			: el('button', {
					type: 'button',
					'data-action': 'reject',
					text: 'Reject',
					onclick: () => decide(item, 'reject')
				}),
		added
			? null
			: el('button', {
					type: 'button',
					'data-action': 'edit',
					text: 'Edit…',
					onclick: () => editForm(item, editBox)
				}),
		status !== 'machine'
			? el('button', {
					type: 'button',
					'data-action': 'clear',
					text: 'Undo decision',
					onclick: () =>
						send({
							decisions: [],
							clear: item.readings
								.map((r) => r.decision)
								.filter(Boolean)
								.map(({ index: _i, ...d }) => d)
						})
				})
			: null,
		note
	);
	const node = el(
		'article',
		{
			class: 'item',
			tabindex: 0,
			'data-id': item.id,
			'data-place': item.place_id,
			'data-kind': item.kind,
			'data-status': status,
			'aria-label': `${item.date ?? 'undated'}: ${item.kind} at ${item.place}, ${status}`
		},
		head,
		el('p', {
			class: 'meta',
			text: `${item.date ?? 'undated'} · ${item.corroboration} other article(s) report it · ${control}`
		}),
		...readings,
		...contradictions,
		actions,
		editBox
	);
	node.addEventListener('focus', () => select(item));
	node.addEventListener('keydown', (e) => onItemKey(e, item, node, editBox));
	return node;
}

function onItemKey(e, item, node, editBox) {
	if (e.target !== node) return;
	const items = [...document.querySelectorAll('article.item')];
	const i = items.indexOf(node);
	if (e.key === 'j' || e.key === 'ArrowDown') items[Math.min(i + 1, items.length - 1)].focus();
	else if (e.key === 'k' || e.key === 'ArrowUp') items[Math.max(i - 1, 0)].focus();
	else if (e.key === 'a') decide(item, 'accept');
	else if (e.key === 'r') decide(item, 'reject');
	else if (e.key === 'e') editForm(item, editBox);
	else return;
	e.preventDefault();
}

function mapUrl(item) {
	const date = item?.date ?? state.timeline?.end;
	const q = new URLSearchParams({ layers: 'control,frontline,changes,captures,strikes,clashes,places' });
	if (date && state.timeline && date >= state.timeline.start && date <= state.timeline.end)
		q.set('date', date);
	if (item?.lonlat) {
		q.set('center', `${item.lonlat[0].toFixed(4)},${item.lonlat[1].toFixed(4)}`);
		q.set('zoom', '10');
	}
	return `/embed/?${q}`;
}

function select(item) {
	selected = item;
	showMap(false);
}

function showMap(reload) {
	const frame = $('map');
	const url = mapUrl(selected);
	$('map-caption').textContent = selected
		? `${selected.place} on ${selected.date ?? 'the last day'}`
		: 'The whole map';
	if (frame.getAttribute('src') !== url) frame.setAttribute('src', url);
	else if (reload) frame.contentWindow?.location.reload();
}

function renderAdd() {
	const select = $('add-article');
	const current = select.value;
	select.replaceChildren(
		...state.articles.map((a) =>
			el('option', {
				value: a.article,
				selected: a.article === current,
				text: `${a.article}${a.title ? ` — ${a.title}` : ''}`
			})
		)
	);
	const article = () => state.articles.find((a) => a.article === select.value);
	const showText = () => ($('add-text').value = article()?.text ?? '');
	select.onchange = showText;
	if ($('add-text').value === '' || !current) showText();
	const form = $('add-form');
	const defaults = {
		kind: 'capture',
		date: article()?.published ?? '',
		place: '',
		actor: '',
		confidence: 'reported',
		geo_precision: 1,
		time_precision: 1
	};
	const note = el('label', {}, 'note ', el('input', { name: 'note', autocomplete: 'off' }));
	form.replaceChildren(
		...FIELDS.map((f) => fieldInput(f, defaults[f])),
		note,
		el('button', { type: 'submit', text: 'Add event from selection' })
	);
	form.onsubmit = (e) => {
		e.preventDefault();
		const text = $('add-text');
		const start = text.selectionStart;
		const end = text.selectionEnd;
		if (end <= start) return setStatus('Select the span in the article text first');
		const event = formValues(form, {});
		for (const k of ['kind', 'date', 'place'])
			if (!event[k]) return setStatus(`The added event needs a ${k}`);
		const noteText = form.elements.namedItem('note').value.trim();
		send({
			decisions: [
				{
					action: 'add',
					span: { article: select.value, start, end },
					event,
					...(noteText ? { note: noteText } : {})
				}
			]
		});
	};
}

function render(next, message) {
	state = next;
	const focusedId = document.activeElement?.closest?.('article.item')?.dataset.id;
	$('places')?.remove();
	document.body.append(
		el('datalist', { id: 'places' }, ...state.places.map((p) => el('option', { value: p.id, text: p.name })))
	);
	const list = $('list');
	list.replaceChildren();
	let day = null;
	for (const item of state.items) {
		if (item.date !== day) {
			day = item.date;
			list.append(el('h2', { class: 'date', text: day ?? 'Undated' }));
		}
		list.append(renderItem(item));
	}
	$('orphans').replaceChildren(...state.diagnostics.map((d) => el('li', { text: d.message })));
	renderAdd();
	if (selected) selected = state.items.find((i) => i.id === selected.id) ?? selected;
	showMap(true);
	if (focusedId) document.querySelector(`article.item[data-id="${CSS.escape(focusedId)}"]`)?.focus();
	document.body.dataset.version = String(Number(document.body.dataset.version ?? 0) + 1);
	if (message) setStatus(message);
	else if (state.error) setStatus(`The map was not rebuilt: ${state.error}`);
}

load();

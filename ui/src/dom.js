// Small DOM and formatting helpers: no framework, just elements built from data (never innerHTML
// with server data, so process output cannot inject markup).

/**
 * h('div.card#id', {attrs}, ...children) builds an element; strings become text nodes. SVG elements
 * are made in the SVG namespace; 'svg:a' makes an SVG link.
 */
export function h(tag, attrs, ...children) {
  const [, svg, name, rest] = tag.match(/^(svg:)?([a-z0-9]+)(.*)$/i);
  const el = svg || SVG_TAGS.has(name) ? document.createElementNS('http://www.w3.org/2000/svg', name) : document.createElement(name);
  for (const part of rest.match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') el.classList.add(part.slice(1));
    else el.id = part.slice(1);
  }
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') for (const c of String(value).split(/\s+/).filter(Boolean)) el.classList.add(c);
    else if (key === 'value' && 'value' in el) el.value = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

const SVG_TAGS = new Set(['svg', 'g', 'rect', 'line', 'path', 'text', 'title', 'defs', 'marker', 'polyline', 'circle', 'tspan']);

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const ZERO_TIME = /^0001-01-01/;

export function isSet(time) {
  return !!time && !ZERO_TIME.test(time);
}

/** A time in local time, with the UTC time on hover. */
export function time(iso) {
  if (!isSet(iso)) return h('span.muted', '—');
  const d = new Date(iso);
  return h('time', { datetime: d.toISOString(), title: `${d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace('Z', ' UTC')}` },
    d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
}

/** Seconds between two times, as "1.2 s" / "3 min 4 s". */
export function duration(fromIso, toIso) {
  if (!isSet(fromIso) || !isSet(toIso)) return null;
  return seconds((new Date(toIso) - new Date(fromIso)) / 1000);
}

export function seconds(s) {
  if (s === null || s === undefined || Number.isNaN(s)) return '—';
  if (s < 60) return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function shortId(id) {
  return id ? `${id.slice(0, 8)}…` : '—';
}

export const STATES = ['waiting', 'running', 'successful', 'failed', 'cancelled'];

/** A process or workflow state (0–4, 4 = cancelled) as a coloured badge. */
export function stateBadge(state) {
  const name = STATES[state] || `state ${state}`;
  return h(`span.badge.state-${name}`, { 'data-state': name }, name);
}

export const EXECUTOR_STATES = ['pending', 'approved', 'rejected'];

/** A JSON value shown readable, with a copy button. */
export function jsonBlock(title, value, id) {
  const text = JSON.stringify(value === undefined ? null : value, null, 2);
  const status = h('span.copied', { 'aria-live': 'polite' });
  return h('section.json', { id },
    h('div.json-head', h('h3', title),
      h('button.small', { type: 'button', 'aria-label': `Copy ${title} as JSON`, onclick: () => copy(text, status) }, 'Copy'), status),
    h('pre', { tabindex: '0' }, text));
}

async function copy(text, status) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  status.textContent = 'copied';
  setTimeout(() => { status.textContent = ''; }, 1500);
}

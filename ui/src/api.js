// Signed calls to the REST API (docs/rest.md) and the signed SSE event stream, from the browser.
import { signatureHeaders } from './sign.js';

/** An error answer of the server, with its problem+json fields when it sent them. */
export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super((problem && (problem.detail || problem.title)) || fallback || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.field = this.problem.field;
  }
}

const encoder = new TextEncoder();
let clockSkewSeconds = 0; // server time minus ours, learned from the Date header, so a wrong clock still signs

function nowSeconds() {
  return Math.floor(Date.now() / 1000) + clockSkewSeconds;
}

function learnClock(response) {
  const date = Date.parse(response.headers.get('Date') || '');
  if (!Number.isNaN(date)) {
    const skew = Math.round(date / 1000 - Date.now() / 1000);
    if (Math.abs(skew - clockSkewSeconds) > 5) clockSkewSeconds = skew;
  }
}

export class Api {
  constructor(privateKeyHex) {
    this.key = privateKeyHex;
  }

  /** One signed request; JSON in and out. Resolves to {status, body, location}. */
  async request(method, target, body, extraHeaders = {}) {
    const bytes = body === undefined ? undefined : encoder.encode(typeof body === 'string' ? body : JSON.stringify(body));
    const send = () => {
      const headers = { Accept: 'application/json', ...extraHeaders, ...signatureHeaders(method, target, bytes, this.key, nowSeconds()) };
      if (bytes) headers['Content-Type'] = 'application/json';
      return fetch(target, { method, headers, body: bytes, cache: 'no-store' });
    };
    let response;
    try {
      response = await send();
    } catch (e) {
      throw new ApiError(0, null, 'The server cannot be reached.');
    }
    learnClock(response);
    if (response.status === 401 && /time|stale|window/i.test(await peek(response))) {
      response = await send(); // our clock was off; the Date header corrected it
    }
    const text = await response.text();
    const json = text ? safeJson(text) : undefined;
    if (!response.ok) throw new ApiError(response.status, json, text);
    return { status: response.status, body: json, location: response.headers.get('Location') };
  }

  get(target) { return this.request('GET', target).then((r) => r.body); }
  post(target, body) { return this.request('POST', target, body); }
  del(target) { return this.request('DELETE', target); }

  /**
   * Follows GET /v1/colonies/{c}/events with fetch and a streaming reader, since EventSource cannot
   * send signature headers. Calls onEvent(name, data) per event, onOpen() once subscribed, onLost()
   * when the stream breaks; returns a function that stops it.
   */
  stream(target, { onEvent, onOpen, onLost }) {
    const controller = new AbortController();
    (async () => {
      try {
        const headers = { Accept: 'text/event-stream', ...signatureHeaders('GET', target, undefined, this.key, nowSeconds()) };
        const response = await fetch(target, { headers, signal: controller.signal, cache: 'no-store' });
        learnClock(response);
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        onOpen();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
            dispatch(block, onEvent);
          }
        }
        throw new Error('stream ended');
      } catch (e) {
        if (!controller.signal.aborted) onLost(e);
      }
    })();
    return () => controller.abort();
  }
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length) onEvent(name, safeJson(data.join('\n')));
}

async function peek(response) {
  try { return await response.clone().text(); } catch { return ''; }
}

function safeJson(text) {
  try { return JSON.parse(text); } catch { return undefined; }
}

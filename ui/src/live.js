// Live updates for one colony. Approved members follow the signed SSE stream of process events;
// a colony owner, who may not listen to it, re-reads every POLL_MS instead. A broken stream shows
// the banner and reconnects with backoff; pages re-read their data once it is back.
const POLL_MS = 5000;
const MAX_BACKOFF_MS = 15000;

export class Live {
  constructor(api, colonyId, canStream, setBanner) {
    this.api = api;
    this.colonyId = colonyId;
    this.listeners = new Set();
    this.setBanner = setBanner;
    this.stopped = false;
    this.backoff = 1000;
    if (canStream) this.connect();
    else this.timer = setInterval(() => this.emit({ type: 'poll' }), POLL_MS);
  }

  connect() {
    if (this.stopped) return;
    this.close = this.api.stream(`/v1/colonies/${this.colonyId}/events`, {
      onOpen: () => {
        if (this.lost) this.emit({ type: 'reconnected' });
        this.lost = false;
        this.backoff = 1000;
        this.setBanner(null);
      },
      onEvent: (name, process) => this.emit({ type: 'process', state: name, process }),
      onLost: () => {
        if (this.stopped) return;
        this.lost = true;
        const wait = this.backoff;
        this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
        this.setBanner(`Live updates lost: reconnecting in ${Math.round(wait / 1000)} s…`);
        this.retry = setTimeout(() => this.connect(), wait);
      },
    });
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event) {
    for (const listener of this.listeners) listener(event);
  }

  stop() {
    this.stopped = true;
    this.close?.();
    clearTimeout(this.retry);
    clearInterval(this.timer);
    this.setBanner(null);
  }
}

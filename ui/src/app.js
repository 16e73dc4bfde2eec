// The dashboard shell: sign-in, the hash router (every page is a shareable, reloadable deep link),
// the header with the signed-in identity, and the live connection with its "connection lost" banner.
import { h, clear } from './dom.js';
import { describe, rememberedKey, rolesIn, session, signIn, signOut } from './session.js';
import { PAGES } from './pages.js';
import { Live } from './live.js';

const root = document.getElementById('app');
let live = null;
let current = null; // {cleanup, refresh}

window.addEventListener('hashchange', route);
window.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  showMessage(e.reason?.message || String(e.reason));
});
start();

async function start() {
  const key = rememberedKey();
  if (key) {
    try {
      await signIn(key, true);
    } catch (e) {
      signOut();
      return showSignIn(e.message);
    }
  }
  route();
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { segments: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** Navigates within the app; pages build their links with this too. */
export function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const s = session();
  if (!s) return showSignIn();
  const { segments, params } = parseHash();
  if (segments[0] !== 'colonies' || !segments[1]) {
    if (!s.serverOwner && s.colonies.length) return go(`#/colonies/${s.colonies[0].colonyid}`);
    return render(null, 'colonies', params, []);
  }
  const colonyId = segments[1];
  const page = segments[2] || 'overview';
  render(colonyId, page, params, segments.slice(3));
}

async function render(colonyId, page, params, rest) {
  current?.cleanup?.();
  current = null;
  const s = session();
  const roles = colonyId ? rolesIn(colonyId) : null;
  const main = h('main#main', { tabindex: '-1' });
  clear(root, header(s, colonyId, page, roles), banner(), main);
  const detail = rest[0];
  const key = detail && PAGES[`${page}/:id`] ? `${page}/:id` : page;
  const Page = PAGES[key] || PAGES.notfound;
  if (colonyId && live?.colonyId !== colonyId) {
    live?.stop();
    live = new Live(s.api, colonyId, roles.readDetails, setBanner);
  }
  if (!colonyId) { live?.stop(); live = null; }
  const ctx = { api: s.api, session: s, colonyId, roles, params, id: detail, go, base: colonyId ? `#/colonies/${colonyId}` : '#' };
  try {
    current = (await Page(main, ctx)) || {};
  } catch (e) {
    clear(main, h('div.error', { role: 'alert' }, e.message));
    current = {};
  }
  document.title = `${main.querySelector('h1')?.textContent || 'Dashboard'} · Colonies`;
  if (live && current.refresh) {
    const refresh = current.refresh;
    current.cleanup = chain(current.cleanup, live.subscribe((event) => refresh(event)));
  }
}

function chain(a, b) {
  return () => { a?.(); b?.(); };
}

function header(s, colonyId, page, roles) {
  const link = (name, label, show = true) => show && h('a', {
    href: `#/colonies/${colonyId}${name === 'overview' ? '' : `/${name}`}`,
    'aria-current': page === name ? 'page' : null,
  }, label);
  const colonies = [...new Map(s.colonies.map((c) => [c.colonyid, c])).values()];
  return h('header.top',
    h('a.skip', { href: '#main', onclick: (e) => { e.preventDefault(); document.getElementById('main')?.focus(); } }, 'Skip to content'),
    h('div.brand', h('a', { href: '#/' }, h('span.logo', { 'aria-hidden': 'true' }, '⬢'), ' Colonies')),
    colonyId && h('nav', { 'aria-label': 'Colony pages' },
      link('overview', 'Overview', roles.read),
      link('processes', 'Processes', roles.read),
      link('workflows', 'Workflows', roles.readDetails),
      link('executors', 'Executors', roles.read),
      link('crons', 'Crons', roles.readDetails),
      link('generators', 'Generators', roles.readDetails),
      link('submit', 'Submit', roles.submit)),
    h('div.who',
      (colonies.length > 1 || (s.serverOwner && colonies.length)) && h('label.colony-pick', h('span.sr-only', 'Colony'),
        h('select', { onchange: (e) => go(e.target.value) },
          s.serverOwner && h('option', { value: '#/' }, 'All colonies'),
          colonies.map((c) => h('option', { value: `#/colonies/${c.colonyid}`, selected: c.colonyid === colonyId },
            c.colonyname || c.colonyid.slice(0, 8))))),
      h('span#identity', { title: `Signed in as ${s.id}` }, describe(s)),
      h('button.small', { type: 'button', onclick: () => { live?.stop(); live = null; signOut(); showSignIn(); } }, 'Sign out')));
}

let bannerEl = null;
let bannerText = null; // kept across pages: the connection is the colony's, not the page's
function banner() {
  bannerEl = h('div#live-banner.banner', { role: 'status', hidden: !bannerText }, bannerText || '');
  return bannerEl;
}

function setBanner(text) {
  bannerText = text;
  if (!bannerEl) return;
  bannerEl.hidden = !text;
  bannerEl.textContent = text || '';
}

function showMessage(text) {
  const main = document.getElementById('main');
  if (main) main.prepend(h('div.error', { role: 'alert' }, text));
}

function showSignIn(error) {
  current?.cleanup?.();
  current = null;
  live?.stop();
  live = null;
  const message = h('div#signin-error.error', { role: 'alert', hidden: !error }, error || '');
  const input = h('input#key', { type: 'password', name: 'key', autocomplete: 'off', spellcheck: 'false',
    placeholder: '64 hexadecimal characters', 'aria-describedby': 'key-help', required: true });
  const remember = h('input#remember', { type: 'checkbox' });
  const button = h('button#signin', { type: 'submit' }, 'Sign in');
  const form = h('form.signin', {
    onsubmit: async (e) => {
      e.preventDefault();
      button.disabled = true;
      message.hidden = true;
      try {
        await signIn(input.value, remember.checked);
        input.value = '';
        route();
      } catch (err) {
        message.textContent = err.status === 0 || !err.status ? err.message : `The server refused the key: ${err.message}`;
        message.hidden = false;
        button.disabled = false;
        input.focus();
      }
    },
  },
  h('h1', 'Sign in to Colonies'),
  h('label', { for: 'key' }, 'Private key'),
  input,
  h('p#key-help.help', 'The key of the server owner, a colony or an executor. It stays in this browser tab: every request is signed here and the key is never sent to the server.'),
  h('label.check', remember, ' Remember in this tab (until the tab is closed)'),
  button,
  message);
  clear(root, h('main#main.center', form));
  input.focus();
}

// The dashboard's pages. Each renders into main and may return {refresh(event), cleanup()}; the
// shell calls refresh on live events (debounced here, so a burst of events is one re-read).
import { h, clear, time, duration, seconds, shortId, stateBadge, jsonBlock, isSet, STATES, EXECUTOR_STATES } from './dom.js';
import { dag, depths } from './dag.js';
import { validate, detectKind, EXAMPLES } from './specs.js';

const REST_STATE = { waiting: 'waiting', running: 'running', successful: 'success', failed: 'failed', cancelled: 'cancelled' };

function colonyPath(ctx, rest = '') {
  return `/v1/colonies/${ctx.colonyId}${rest}`;
}

function debounced(fn, ms = 700) {
  let timer = null;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await fn(); } catch (e) { console.warn('refresh failed:', e.message); } finally {
      running = false;
      if (again) { again = false; schedule(); }
    }
  };
  const schedule = () => { clearTimeout(timer); timer = setTimeout(run, ms); };
  schedule.cancel = () => clearTimeout(timer);
  return schedule;
}

function needs(main, what) {
  clear(main, h('h1', 'Not available'), h('p.notice', { role: 'note' }, what));
}

function table(headers, rows, empty = 'Nothing here yet.') {
  if (!rows.length) return h('p.muted.empty', empty);
  return h('div.table-wrap', h('table', h('thead', h('tr', headers.map((x) => h('th', { scope: 'col' }, x)))), h('tbody', rows)));
}

function actionButton(label, action, after, opts = {}) {
  const button = h(`button.small${opts.danger ? '.danger' : ''}`, {
    type: 'button',
    'aria-label': opts.aria || label,
    onclick: async () => {
      if (opts.confirm && !window.confirm(opts.confirm)) return;
      button.disabled = true;
      try {
        await action();
        await after?.();
      } catch (e) {
        flash(button, e.message);
      } finally {
        button.disabled = false;
      }
    },
  }, label);
  return button;
}

function flash(near, text) {
  const note = h('div.error.inline', { role: 'alert' }, text);
  near.closest('section, td, main')?.append(note);
  setTimeout(() => note.remove(), 8000);
}

// ---------------------------------------------------------------- server owner: colonies

async function colonies(main, ctx) {
  if (!ctx.session.serverOwner) {
    return needs(main, 'Pick a colony from the menu: only the server owner sees the list of all colonies.');
  }
  const region = h('div');
  clear(main, h('h1', 'Colonies'), region);
  const [list, stats] = await Promise.all([ctx.api.get('/v1/colonies'), ctx.api.get('/v1/statistics')]);
  clear(region,
    statCards(stats, true),
    h('section', h('h2', 'All colonies'),
      table(['Name', 'Colony id'], (list || []).map((c) => h('tr',
        h('td', h('a', { href: `#/colonies/${c.colonyid}` }, c.name || '(no name)')),
        h('td.mono', c.colonyid))), 'No colony yet: add one with "colonies colony add".')),
    h('p.help', 'As server owner you see every colony and the server\'s counts; a colony\'s processes are shown to its owner and executors.'));
}

function statCards(s, server = false) {
  const card = (label, value, cls) => h(`div.card${cls ? `.${cls}` : ''}`,
    h('div.card-value', String(value ?? 0)), h('div.card-label', label));
  return h('div#stat-cards',
    h('h2.card-group-title', 'Processes'),
    h('div.cards',
      card('waiting', s.waitingprocesses, 'state-waiting'),
      card('running', s.runningprocesses, 'state-running'),
      card('successful', s.successfulprocesses, 'state-successful'),
      card('failed', s.failedprocesses, 'state-failed'),
      card('executors', s.executors),
      server && card('colonies', s.colonies)),
    h('h2.card-group-title', 'Workflows'),
    h('div.cards',
      card('waiting', s.waitingworkflows, 'state-waiting'),
      card('running', s.runningworkflows, 'state-running'),
      card('successful', s.successfulworkflows, 'state-successful'),
      card('failed', s.failedworkflows, 'state-failed')));
}

// ---------------------------------------------------------------- overview

const CHART_MINUTES = 15;

async function overview(main, ctx) {
  if (!ctx.roles.read) return needs(main, notMemberText(ctx));
  const region = h('div');
  const name = ctx.session.colonies.find((c) => c.colonyid === ctx.colonyId)?.colonyname;
  clear(main, h('h1', name ? `Overview of ${name}` : 'Overview'), h('p.muted.mono', `Colony ${ctx.colonyId}`), region);
  const load = async () => {
    const [stats, done, failed] = await Promise.all([
      ctx.api.get(colonyPath(ctx, '/statistics')),
      ctx.api.get(colonyPath(ctx, `/processes/history?state=success&seconds=${CHART_MINUTES * 60}`)),
      ctx.api.get(colonyPath(ctx, `/processes/history?state=failed&seconds=${CHART_MINUTES * 60}`)),
    ]);
    clear(region, statCards(stats), h('section', h('h2', `Throughput, last ${CHART_MINUTES} minutes`), chart(done || [], failed || [])));
  };
  await load();
  const refresh = debounced(load, 2000);
  return { refresh, cleanup: refresh.cancel };
}

function notMemberText(ctx) {
  if (ctx.roles.pending) return 'Your executor is registered in this colony but not approved yet: ask the colony owner to approve it.';
  return 'This key has no role in this colony.';
}

/** Processes ended per minute, successful stacked under failed, as a small SVG bar chart. */
function chart(done, failed) {
  const now = Date.now();
  const bucket = (list) => {
    const counts = new Array(CHART_MINUTES).fill(0);
    for (const p of list) {
      if (!isSet(p.endtime)) continue;
      const ago = Math.floor((now - new Date(p.endtime)) / 60000);
      if (ago >= 0 && ago < CHART_MINUTES) counts[CHART_MINUTES - 1 - ago] += 1;
    }
    return counts;
  };
  const ok = bucket(done);
  const bad = bucket(failed);
  const max = Math.max(1, ...ok.map((v, i) => v + bad[i]));
  const W = 600; const H = 140; const bw = W / CHART_MINUTES;
  const bars = ok.flatMap((v, i) => {
    const hOk = (v / max) * (H - 20);
    const hBad = (bad[i] / max) * (H - 20);
    const x = i * bw + 3;
    const minute = CHART_MINUTES - 1 - i;
    return [
      h('rect.bar-ok', { x, y: H - hOk, width: bw - 6, height: hOk }, h('title', `${v} successful, ${bad[i]} failed, ${minute} min ago`)),
      h('rect.bar-failed', { x, y: H - hOk - hBad, width: bw - 6, height: hBad }, h('title', `${bad[i]} failed ${minute} min ago`)),
    ];
  });
  const total = ok.reduce((a, b) => a + b, 0);
  const totalFailed = bad.reduce((a, b) => a + b, 0);
  return h('figure.chart',
    h('svg', { viewBox: `0 0 ${W} ${H + 18}`, role: 'img', 'aria-label': `${total} successful and ${totalFailed} failed processes in the last ${CHART_MINUTES} minutes` },
      h('line.axis', { x1: 0, y1: H, x2: W, y2: H }), bars,
      h('text.axis-label', { x: 0, y: H + 15 }, `${CHART_MINUTES} min ago`),
      h('text.axis-label', { x: W, y: H + 15, 'text-anchor': 'end' }, 'now')),
    h('figcaption', h('span.key.key-ok', '■'), ` ${total} successful  `, h('span.key.key-failed', '■'), ` ${totalFailed} failed, per minute`));
}

// ---------------------------------------------------------------- processes

async function processes(main, ctx) {
  if (!ctx.roles.read) return needs(main, notMemberText(ctx));
  const state = REST_STATE[ctx.params.get('state')] ? ctx.params.get('state') : 'waiting';
  const executorType = ctx.params.get('executortype') || '';
  const funcName = ctx.params.get('funcname') || '';
  const cursor = ctx.params.get('cursor') || '';
  const link = (changes) => {
    const p = new URLSearchParams({ state, executortype: executorType, funcname: funcName, ...changes });
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    return `${ctx.base}/processes?${p}`;
  };
  const typeInput = h('input#filter-type', { name: 'executortype', value: executorType, placeholder: 'any' });
  const funcInput = h('input#filter-func', { name: 'funcname', value: funcName, placeholder: 'any' });
  const region = h('div');
  clear(main, h('h1', 'Processes'),
    h('nav.tabs', { 'aria-label': 'Process state' }, Object.keys(REST_STATE).map((s) =>
      h('a', { href: link({ state: s, cursor: '' }), 'aria-current': s === state ? 'page' : null, class: `tab state-${s}` }, s))),
    h('form.filters', { onsubmit: (e) => { e.preventDefault(); ctx.go(link({ executortype: typeInput.value.trim(), funcname: funcInput.value.trim(), cursor: '' })); } },
      h('label', 'Executor type ', typeInput), h('label', 'Function name ', funcInput), h('button.small', { type: 'submit' }, 'Filter'),
      (executorType || funcName) && h('a.small', { href: link({ executortype: '', funcname: '', cursor: '' }) }, 'Clear')),
    region);
  const load = async () => {
    const q = new URLSearchParams({ state: REST_STATE[state], limit: '20' });
    if (executorType) q.set('executorType', executorType);
    if (cursor) q.set('cursor', cursor);
    const page = await ctx.api.get(colonyPath(ctx, `/processes?${q}`));
    const items = (page.items || []).filter((p) => !funcName || p.spec?.funcname === funcName);
    clear(region,
      table(['Process', 'Function', 'Executor type', 'Submitted', state === 'waiting' ? 'Priority' : 'Started', 'Ended', 'Retries', 'State'],
        items.map((p) => h('tr',
          h('td.mono', ctx.roles.readDetails ? h('a', { href: `${ctx.base}/processes/${p.processid}`, title: p.processid }, shortId(p.processid)) : h('span', { title: p.processid }, shortId(p.processid))),
          h('td', p.spec?.funcname || ''),
          h('td', p.spec?.conditions?.executortype || ''),
          h('td', time(p.submissiontime)),
          h('td', state === 'waiting' ? String(p.spec?.priority ?? 0) : time(p.starttime)),
          h('td', time(p.endtime)),
          h('td', String(p.retries ?? 0)),
          h('td', stateBadge(p.state)))),
        `No ${state} processes${executorType || funcName ? ' matching the filter' : ''}.`),
      h('div.pager', cursor && h('a', { href: link({ cursor: '' }) }, '« First page'),
        page.next && h('a#next-page', { href: link({ cursor: page.next }) }, 'Next page »')),
      funcName && h('p.help', 'The function name filters each page as it is loaded.'));
  };
  await load();
  const refresh = debounced(load, 1500);
  return { refresh, cleanup: refresh.cancel };
}

// ---------------------------------------------------------------- process

async function processPage(main, ctx) {
  if (!ctx.roles.readDetails) return needs(main, ctx.roles.owner ? 'A process\'s details are shown to the colony\'s approved executors; sign in with an executor key to open it.' : notMemberText(ctx));
  const region = h('div');
  clear(main, h('p', h('a', { href: `${ctx.base}/processes` }, '« Processes')), region);
  let executors = [];
  const load = async () => {
    const [p, list, logs] = await Promise.all([ctx.api.get(colonyPath(ctx, `/processes/${ctx.id}`)), ctx.api.get(colonyPath(ctx, '/executors')),
      ctx.api.get(colonyPath(ctx, `/processes/${ctx.id}/logs?count=500`)).catch(() => null)]);
    executors = list || executors;
    running = p.state === 1;
    const assignee = executors.find((e) => e.executorid === p.assignedexecutorid);
    const mine = p.assignedexecutorid && p.assignedexecutorid === ctx.roles.executorId && p.state === 1;
    const reload = () => load();
    clear(region,
      h('h1', `Process ${p.spec?.funcname || ''}`, ' ', stateBadge(p.state)),
      h('p.mono.muted', p.processid),
      h('div.actions',
        mine && actionButton('Close as successful', () => ctx.api.post(colonyPath(ctx, `/processes/${p.processid}/success`), { out: [] }), reload),
        mine && actionButton('Close as failed', () => ctx.api.post(colonyPath(ctx, `/processes/${p.processid}/failure`), { errors: ['closed from the dashboard'] }), reload, { danger: true }),
        actionButton('Delete', () => ctx.api.del(colonyPath(ctx, `/processes/${p.processid}`)), () => ctx.go(`${ctx.base}/processes`),
          { danger: true, confirm: 'Delete this process?' })),
      timeline(p, assignee, ctx),
      h('dl.facts',
        fact('State', stateBadge(p.state)), fact('Priority', String(p.spec?.priority ?? 0)),
        fact('Executor type', p.spec?.conditions?.executortype || '—'),
        fact('Max wait / exec time', `${fmtLimit(p.spec?.maxwaittime)} / ${fmtLimit(p.spec?.maxexectime)}`),
        fact('Retries', `${p.retries ?? 0} of ${p.spec?.maxretries ?? 0}`),
        p.processgraphid && fact('Workflow', h('a', { href: `${ctx.base}/workflows/${p.processgraphid}` }, shortId(p.processgraphid)))),
      h('div.json-grid',
        jsonBlock('Spec', p.spec, 'json-spec'), jsonBlock('Args', p.spec?.args || [], 'json-args'),
        jsonBlock('Input', p.in || [], 'json-input'), jsonBlock('Output', p.out || [], 'json-output'),
        jsonBlock('Errors', p.errors || [], 'json-errors'), jsonBlock('Env', p.spec?.env || {}, 'json-env'),
        jsonBlock('Attributes', p.attributes || [], 'json-attributes')),
      logSection(logs));
    document.title = `Process ${p.spec?.funcname || ''} · Colonies`;
  };
  let running = false;
  await load();
  const refresh = debounced(load, 500);
  // Log lines send no event: re-read while the process runs.
  const poll = setInterval(() => { if (running) refresh(); }, 2000);
  return {
    refresh: (e) => { if (e.type !== 'process' || e.process?.processid === ctx.id) refresh(); },
    cleanup: () => { clearInterval(poll); refresh.cancel(); },
  };
}

function logSection(logs) {
  const lines = (logs || []).map((l) => l.message).join('\n');
  return h('section', h('h2', 'Log'),
    logs === null ? h('p.muted', 'The log cannot be read.')
      : h('pre#process-log.log', lines || 'No log lines yet.'));
}

function fmtLimit(s) {
  return s === undefined || s === null || s <= 0 ? 'none' : seconds(s);
}

function fact(label, value) {
  return [h('dt', label), h('dd', value)];
}

function timeline(p, assignee, ctx) {
  const steps = [];
  steps.push(step('Submitted', p.submissiontime, null, 'submitted'));
  if (isSet(p.starttime)) {
    const who = assignee ? `${assignee.executorname} (${assignee.executortype})` : shortId(p.assignedexecutorid);
    steps.push(step('Assigned', p.starttime, [`to executor `, h('a', { href: `${ctx.base}/executors/${p.assignedexecutorid}` }, who),
      h('span.muted', ` after waiting ${duration(p.submissiontime, p.starttime)}`)], 'assigned'));
  } else if (p.state === 0) {
    steps.push(step('Waiting', null, h('span.muted', `for an executor of type ${p.spec?.conditions?.executortype || '?'}`), 'waiting'));
  }
  for (let i = 1; i <= (p.retries || 0); i += 1) {
    steps.push(step(`Retry ${i}`, null, h('span.muted', 'released after its deadline passed and assigned again'), 'retry'));
  }
  if (isSet(p.endtime)) {
    steps.push(step(p.state === 3 ? 'Failed' : p.state === 4 ? 'Cancelled' : 'Ended successfully', p.endtime,
      isSet(p.starttime) && h('span.muted', `after executing ${duration(p.starttime, p.endtime)}`), p.state === 3 ? 'failed' : 'successful'));
  } else if (p.state === 1) {
    steps.push(step('Running', null, isSet(p.execdeadline) && ['deadline ', time(p.execdeadline)], 'running'));
  }
  return h('section', h('h2', 'Timeline'), h('ol.timeline#timeline', steps));
}

function step(label, at, detail, kind) {
  return h(`li.step.step-${kind}`, { 'data-step': kind }, h('span.step-label', label), at && [' ', time(at)], detail && [' ', detail]);
}

// ---------------------------------------------------------------- workflows

async function workflows(main, ctx) {
  if (!ctx.roles.readDetails) return needs(main, ctx.roles.owner ? 'Workflows are shown to the colony\'s approved executors; sign in with an executor key.' : notMemberText(ctx));
  const only = ctx.params.get('state');
  const region = h('div');
  clear(main, h('h1', 'Workflows'),
    h('nav.tabs', { 'aria-label': 'Workflow state' },
      h('a.tab', { href: `${ctx.base}/workflows`, 'aria-current': !only ? 'page' : null }, 'all'),
      Object.keys(REST_STATE).map((s) => h('a', { href: `${ctx.base}/workflows?state=${s}`, 'aria-current': s === only ? 'page' : null, class: `tab state-${s}` }, s))),
    region);
  const load = async () => {
    const states = only && REST_STATE[only] ? [only] : Object.keys(REST_STATE);
    const lists = await Promise.all(states.map((s) => ctx.api.get(colonyPath(ctx, `/workflows?state=${REST_STATE[s]}&limit=50`))));
    const graphs = lists.flat().filter(Boolean).sort((a, b) => new Date(b.submissiontime) - new Date(a.submissiontime));
    clear(region, table(['Workflow', 'Processes', 'Submitted', 'Started', 'Ended', 'State'], graphs.map((g) => h('tr',
      h('td.mono', h('a', { href: `${ctx.base}/workflows/${g.processgraphid}`, title: g.processgraphid }, shortId(g.processgraphid))),
      h('td', String((g.processids || []).length)),
      h('td', time(g.submissiontime)), h('td', time(g.starttime)), h('td', time(g.endtime)),
      h('td', stateBadge(g.state)))), 'No workflows yet: submit one from the Submit page.'));
  };
  await load();
  const refresh = debounced(load, 1500);
  return { refresh, cleanup: refresh.cancel };
}

async function workflowPage(main, ctx) {
  if (!ctx.roles.readDetails) return needs(main, 'Workflows are shown to the colony\'s approved executors; sign in with an executor key.');
  const region = h('div');
  clear(main, h('p', h('a', { href: `${ctx.base}/workflows` }, '« Workflows')), region);
  let ids = new Set();
  const load = async () => {
    const g = await ctx.api.get(colonyPath(ctx, `/workflows/${ctx.id}`));
    ids = new Set(g.processids || []);
    const procs = await Promise.all([...ids].map((id) => ctx.api.get(colonyPath(ctx, `/processes/${id}`))));
    const layer = depths(procs);
    procs.sort((a, b) => layer.get(a.processid) - layer.get(b.processid) || (a.spec?.nodename || '').localeCompare(b.spec?.nodename || ''));
    const leaves = procs.filter((p) => !(p.children || []).length);
    const done = g.state === 2;
    clear(region,
      h('h1', 'Workflow ', stateBadge(g.state)),
      h('p.mono.muted', g.processgraphid),
      h('dl.facts', fact('Submitted', time(g.submissiontime)), fact('Started', time(g.starttime)), fact('Ended', time(g.endtime)),
        fact('Duration', duration(g.submissiontime, isSet(g.endtime) ? g.endtime : null) || 'running')),
      h('section', h('h2', 'Graph'), h('p.help', 'Click a node to open its process. The drawing updates live.'),
        h('div.dag-wrap', dag(procs, (p) => `${ctx.base}/processes/${p.processid}`))),
      h('section#workflow-result', { 'data-done': done ? 'true' : 'false' }, h('h2', 'Result'),
        done ? leaves.map((p) => h('p.result', `${p.spec?.nodename || p.spec?.funcname}: `, h('output.result-value', resultText(p.out))))
          : h('p.muted', g.state === 3 ? 'The workflow failed: see the failed node.' : 'Not finished yet.')),
      h('section', h('h2', 'Processes'), table(['Node', 'Function', 'Executor type', 'Waited', 'Executed', 'State'], procs.map((p) => h('tr',
        h('td', h('a', { href: `${ctx.base}/processes/${p.processid}` }, p.spec?.nodename || shortId(p.processid))),
        h('td', p.spec?.funcname || ''), h('td', p.spec?.conditions?.executortype || ''),
        h('td', duration(p.submissiontime, p.starttime) || '—'), h('td', duration(p.starttime, p.endtime) || '—'),
        h('td', stateBadge(p.state)))))));
  };
  await load();
  const refresh = debounced(load, 400);
  return { refresh: (e) => { if (e.type !== 'process' || ids.has(e.process?.processid) || e.process?.processgraphid === ctx.id) refresh(); }, cleanup: refresh.cancel };
}

function resultText(out) {
  if (!out || !out.length) return '(no output)';
  return out.length === 1 ? (typeof out[0] === 'string' ? out[0] : JSON.stringify(out[0])) : JSON.stringify(out);
}

// ---------------------------------------------------------------- executors

async function executors(main, ctx) {
  if (!ctx.roles.read) return needs(main, notMemberText(ctx));
  const region = h('div');
  clear(main, h('h1', 'Executors'), region);
  const load = async () => {
    const list = (await ctx.api.get(colonyPath(ctx, '/executors'))) || [];
    list.sort((a, b) => a.state - b.state || a.executorname.localeCompare(b.executorname));
    clear(region, table(['Name', 'Type', 'State', 'Last heard from', 'Location', ctx.roles.manageExecutors ? 'Actions' : null].filter(Boolean),
      list.map((e) => h('tr', { 'data-executor': e.executorname },
        h('td', ctx.roles.readDetails ? h('a', { href: `${ctx.base}/executors/${e.executorid}`, title: e.executorid }, e.executorname) : h('span', { title: e.executorid }, e.executorname)),
        h('td', e.executortype),
        h('td', h(`span.badge.exec-${EXECUTOR_STATES[e.state]}`, EXECUTOR_STATES[e.state] || e.state)),
        h('td', time(e.lastheardfromtime)),
        h('td', location(e.location)),
        ctx.roles.manageExecutors && h('td', h('div.row-actions',
          e.state !== 1 && actionButton('Approve', () => ctx.api.post(colonyPath(ctx, `/executors/${e.executorid}/approve`)), load, { aria: `Approve ${e.executorname}` }),
          e.state !== 2 && actionButton('Reject', () => ctx.api.post(colonyPath(ctx, `/executors/${e.executorid}/reject`)), load, { aria: `Reject ${e.executorname}` }),
          actionButton('Remove', () => ctx.api.del(colonyPath(ctx, `/executors/${e.executorid}`)), load,
            { danger: true, aria: `Remove ${e.executorname}`, confirm: `Remove executor ${e.executorname}?` }))))),
      'No executors registered yet.'));
  };
  await load();
  const refresh = debounced(load, 5000);
  return { refresh, cleanup: refresh.cancel };
}

function location(loc) {
  if (!loc || (!loc.long && !loc.lat)) return h('span.muted', '—');
  return `${loc.lat.toFixed(4)}, ${loc.long.toFixed(4)}`;
}

async function executorPage(main, ctx) {
  if (!ctx.roles.readDetails) return needs(main, 'An executor\'s functions are shown to the colony\'s approved executors.');
  const [e, fns] = await Promise.all([ctx.api.get(colonyPath(ctx, `/executors/${ctx.id}`)), ctx.api.get(colonyPath(ctx, `/executors/${ctx.id}/functions`))]);
  clear(main, h('p', h('a', { href: `${ctx.base}/executors` }, '« Executors')),
    h('h1', `Executor ${e.executorname}`),
    h('p.mono.muted', e.executorid),
    h('dl.facts', fact('Type', e.executortype), fact('State', EXECUTOR_STATES[e.state] || String(e.state)),
      fact('Registered', time(e.commissiontime)), fact('Last heard from', time(e.lastheardfromtime)), fact('Location', location(e.location))),
    h('section', h('h2', 'Functions'), table(['Function', 'Calls', 'Avg wait', 'Avg exec', 'Min / max exec'], (fns || []).map((f) => h('tr',
      h('td', f.funcname), h('td', String(f.counter ?? 0)), h('td', seconds(f.avgwaittime)), h('td', seconds(f.avgexectime)),
      h('td', `${seconds(f.minexectime)} / ${seconds(f.maxexectime)}`))), 'This executor registered no functions.')));
}

// ---------------------------------------------------------------- crons and generators

async function crons(main, ctx) {
  if (!ctx.roles.readDetails) return needs(main, 'Crons are shown to the colony\'s approved executors.');
  const region = h('div');
  clear(main, h('h1', 'Crons'), region);
  const load = async () => {
    const list = (await ctx.api.get(colonyPath(ctx, '/crons?limit=100'))) || [];
    clear(region, table(['Name', 'Schedule', 'Next run', 'Last run', 'Last workflow', 'Actions'], list.map((c) => h('tr', { 'data-cron': c.name },
      h('td', c.name),
      h('td.mono', c.cronexpression || `every ${seconds(c.interval)}${c.random ? ' (random)' : ''}`),
      h('td', time(c.nextrun)), h('td', time(c.lastrun)),
      h('td.mono', c.prevprocessgraphid ? h('a', { href: `${ctx.base}/workflows/${c.prevprocessgraphid}` }, shortId(c.prevprocessgraphid)) : '—'),
      h('td', h('div.row-actions',
        actionButton('Run now', () => ctx.api.post(colonyPath(ctx, `/crons/${c.cronid}/run`)), load, { aria: `Run ${c.name} now` }),
        actionButton('Delete', () => ctx.api.del(colonyPath(ctx, `/crons/${c.cronid}`)), load, { danger: true, aria: `Delete ${c.name}`, confirm: `Delete cron ${c.name}?` }))))),
    'No crons: add one with "colonies cron add".'));
  };
  await load();
  const refresh = debounced(load, 5000);
  return { refresh, cleanup: refresh.cancel };
}

async function generators(main, ctx) {
  if (!ctx.roles.readDetails) return needs(main, 'Generators are shown to the colony\'s approved executors.');
  const region = h('div');
  clear(main, h('h1', 'Generators'), region);
  const load = async () => {
    // Only a single generator's read reports its queue of pending args.
    const listed = (await ctx.api.get(colonyPath(ctx, '/generators?limit=100'))) || [];
    const list = await Promise.all(listed.map((g) => ctx.api.get(colonyPath(ctx, `/generators/${g.generatorid}`))));
    clear(region, table(['Name', 'Trigger', 'Pending args', 'Timeout', 'Last run', 'Pack an argument', 'Actions'], list.map((g) => {
      const arg = h('input', { 'aria-label': `Argument for ${g.name}`, placeholder: 'argument', size: 10 });
      return h('tr', { 'data-generator': g.name },
        h('td', g.name), h('td', `${g.trigger} args`), h('td', String(g.queuesize ?? 0)), h('td', seconds(g.timeout)), h('td', time(g.lastrun)),
        h('td', h('div.row-actions', arg, actionButton('Pack', () => ctx.api.post(colonyPath(ctx, `/generators/${g.generatorid}/pack`), { arg: arg.value }), load, { aria: `Pack into ${g.name}` }))),
        h('td', h('div.row-actions', actionButton('Delete', () => ctx.api.del(colonyPath(ctx, `/generators/${g.generatorid}`)), load,
          { danger: true, aria: `Delete ${g.name}`, confirm: `Delete generator ${g.name}?` }))));
    }), 'No generators: add one with "colonies generator add".'));
  };
  await load();
  const refresh = debounced(load, 5000);
  return { refresh, cleanup: refresh.cancel };
}

// ---------------------------------------------------------------- submit

async function submit(main, ctx) {
  if (!ctx.roles.submit) return needs(main, 'Submitting work needs the key of an approved executor of this colony.');
  const editor = h('textarea#spec-editor', { spellcheck: 'false', rows: 22, 'aria-label': 'Spec as JSON', 'aria-describedby': 'submit-errors' });
  const kindSel = h('select#spec-kind', { 'aria-label': 'What to submit' }, h('option', { value: 'function' }, 'Function spec'), h('option', { value: 'workflow' }, 'Workflow'));
  const errors = h('ul#submit-errors.field-errors', { 'aria-live': 'polite' });
  const status = h('p#submit-status', { role: 'status' });
  editor.value = ctx.params.get('example') === 'workflow' ? EXAMPLES.workflow : EXAMPLES.function;
  kindSel.value = detectKind(editor.value) || 'function';
  editor.addEventListener('input', () => { const k = detectKind(editor.value); if (k) kindSel.value = k; });

  const showErrors = (list) => clear(errors, list.map((e) => h('li', { 'data-field': e.field || '' },
    e.field ? h('a', { href: '#', onclick: (ev) => { ev.preventDefault(); focusField(editor, e.field); } }, h('code', e.field)) : null,
    e.field ? ': ' : '', e.message)));
  const check = () => {
    const result = validate(kindSel.value, editor.value);
    showErrors(result.errors);
    if (result.errors.length && result.errors[0].field) focusField(editor, result.errors[0].field, false);
    return result;
  };
  clear(main, h('h1', 'Submit'),
    h('p.help', 'Edit a function spec or a workflow as JSON. The colony id may be left out: it is this colony. It is checked here first, then by the server, whose errors are shown next to the field they name.'),
    h('div.submit-bar', h('label', 'Kind ', kindSel),
      h('button.small', { type: 'button', onclick: () => { editor.value = EXAMPLES[kindSel.value]; showErrors([]); } }, 'Insert example'),
      h('button.small', { type: 'button', onclick: () => { if (!check().errors.length) status.textContent = 'Valid.'; } }, 'Validate')),
    h('div.editor-grid', h('div', editor), h('div', h('h2.small-title', 'Problems'), errors)),
    h('div.actions', h('button#submit', {
      type: 'button',
      onclick: async (ev) => {
        status.textContent = '';
        const { errors: problems, value } = check();
        if (problems.length) { status.textContent = 'Fix the problems first.'; return; }
        ev.target.disabled = true;
        try {
          const kind = kindSel.value;
          const r = await ctx.api.post(colonyPath(ctx, kind === 'workflow' ? '/workflows' : '/processes'), value);
          const id = (r.location || '').split('/').pop();
          status.textContent = 'Submitted.';
          ctx.go(`${ctx.base}/${kind === 'workflow' ? 'workflows' : 'processes'}/${id}`);
        } catch (e) {
          showErrors([{ field: e.field, message: e.message }]);
          if (e.field) focusField(editor, e.field, false);
          status.textContent = `The server refused it (${e.status}).`;
        } finally {
          ev.target.disabled = false;
        }
      },
    }, 'Submit')), status);
}

/** Selects the key of a dotted field path (functionspecs[1].conditions.executortype) in the editor. */
function focusField(editor, field, focus = true) {
  const last = String(field).split(/[.[\]]/).filter((x) => x && !/^\d+$/.test(x)).pop();
  if (!last) return;
  const text = editor.value;
  const parts = String(field).match(/\[(\d+)\]/);
  let from = 0;
  if (parts) { // skip to the n-th element of the first array, roughly: the n-th occurrence of "funcname"
    const n = Number(parts[1]);
    let idx = -1;
    for (let i = 0; i <= n; i += 1) idx = text.indexOf('"funcname"', idx + 1);
    if (idx > 0) from = text.lastIndexOf('{', idx);
  }
  const at = text.indexOf(`"${last}"`, from);
  if (at < 0) return;
  if (focus) editor.focus();
  editor.setSelectionRange(at, at + last.length + 2);
}

async function notfound(main) {
  clear(main, h('h1', 'Not found'), h('p', 'There is no such page. ', h('a', { href: '#/' }, 'Go to the start.')));
}

export const PAGES = {
  colonies,
  overview,
  processes,
  'processes/:id': processPage,
  workflows,
  'workflows/:id': workflowPage,
  executors,
  'executors/:id': executorPage,
  crons,
  generators,
  submit,
  notfound,
};

export { STATES };

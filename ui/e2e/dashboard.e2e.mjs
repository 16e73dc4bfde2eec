// End-to-end test of the dashboard in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser download). Run by the JUnit IT it.ui.DashboardIT against a real
// server, with the keys it prepared:
//   DASHBOARD_URL       e.g. http://127.0.0.1:50181
//   COLONY_KEY          the colony's private key (colony owner)
//   MEMBER_KEY          an approved executor's key (type cli)
//   PENDING_EXECUTOR    name of an executor waiting for approval
//   SERVER_KEY          (optional) the server owner's key
//   OTHER_COLONY_ID     (optional) another colony's id, for a spec the server refuses
//   SCREENSHOT_DIR      where the PNGs go (default target/dashboard-screenshots)
// Exits non-zero if any check fails; prints "N passed, M failed".
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { identityOf, signatureHeaders } from '../src/sign.js';

const env = process.env;
const BASE = (env.DASHBOARD_URL || 'http://127.0.0.1:50280').replace(/\/$/, '');
const COLONY_KEY = need('COLONY_KEY');
const MEMBER_KEY = need('MEMBER_KEY');
const PENDING = need('PENDING_EXECUTOR');
const COLONY = identityOf(COLONY_KEY);
const SHOTS = resolve(env.SCREENSHOT_DIR || 'target/dashboard-screenshots');
const TIMEOUT = Number(env.E2E_TIMEOUT_MS || 90000);
const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync'];

function need(name) {
  if (!env[name]) { console.error(`${name} is not set`); process.exit(2); }
  return env[name];
}

let passed = 0;
let failed = 0;
const consoleErrors = [];
let allowedConsole = []; // regexps of console errors a step provokes on purpose (an expected 400)

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}: ${e.message.split('\n').slice(0, 6).join('\n     ')}`);
    await shot(`failure-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => {});
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A signed REST call from node, to seed a cron and a generator the pages can show. */
async function rest(method, path, body, key = MEMBER_KEY) {
  const bytes = body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body));
  const headers = { Accept: 'application/json', ...signatureHeaders(method, path, bytes, key, Math.floor(Date.now() / 1000)) };
  if (bytes) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE + path, { method, headers, body: bytes });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'colonies-dashboard-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: BROWSER_ARGS,
  viewport: { width: 1280, height: 860 },
  timezoneId: 'Europe/Stockholm',
  locale: 'en-GB',
});
context.setDefaultTimeout(15000);
const page = context.pages()[0] || await context.newPage();
page.on('console', (msg) => {
  if (msg.type() !== 'error') return;
  const text = `${msg.text()} @ ${page.url()}`;
  if (!allowedConsole.some((re) => re.test(msg.text()))) consoleErrors.push(text);
});
page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message} @ ${page.url()}`));
page.on('dialog', (d) => d.accept());

async function shot(name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function signIn(key, remember = false) {
  await page.goto(`${BASE}/ui/`);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  const keyField = page.getByLabel('Private key');
  // a key remembered in this tab signs in again after the page loads: wait for either view, not the first paint
  await signOut.or(keyField).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await keyField.fill(key);
  if (remember) await page.getByLabel(/Remember in this tab/).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

try {
  await check('the landing page / redirects to the dashboard', async () => {
    const response = await page.goto(`${BASE}/`);
    assert(new URL(page.url()).pathname === '/ui/', `landed on ${page.url()}`);
    assert(response.ok(), `status ${response.status()}`);
    await page.getByLabel('Private key').waitFor();
    await shot('signin');
  });

  await check('a malformed key gets a clear message', async () => {
    await page.getByLabel('Private key').fill('not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#signin-error', { hasText: '64 hexadecimal characters' }).waitFor();
  });

  await check('a key unknown to the server gets a clear message', async () => {
    const stranger = bytesToHex(secp256k1.utils.randomSecretKey());
    await page.getByLabel('Private key').fill(stranger);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#signin-error', { hasText: 'not known to this server' }).waitFor();
    await shot('signin-wrong-key');
  });

  if (env.SERVER_KEY) {
    await check('the server owner signs in and sees the list of colonies', async () => {
      await signIn(env.SERVER_KEY);
      await page.locator('#identity', { hasText: 'Server owner' }).waitFor();
      await page.locator(`a[href="#/colonies/${COLONY}"]`).first().waitFor();
      await shot('colonies');
    });
  }

  await check('the colony owner signs in and sees the overview', async () => {
    await signIn(COLONY_KEY);
    await page.locator('#identity', { hasText: 'Colony owner of' }).waitFor();
    await page.locator('#stat-cards').waitFor();
    assert(page.url().includes(`#/colonies/${COLONY}`), `url ${page.url()}`);
    const nav = await page.locator('header nav a').allTextContents();
    assert(nav.includes('Executors') && !nav.includes('Submit'), `owner menu: ${nav}`);
  });

  await check('the colony owner approves a pending executor', async () => {
    await page.getByRole('link', { name: 'Executors' }).click();
    const row = page.locator(`tr[data-executor="${PENDING}"]`);
    await row.locator('.badge', { hasText: 'pending' }).waitFor();
    await shot('executors-pending');
    await row.getByRole('button', { name: `Approve ${PENDING}` }).click();
    await row.locator('.badge', { hasText: 'approved' }).waitFor();
    await shot('executors');
  });

  await check('an executor signs in, remembered in this tab', async () => {
    await signIn(MEMBER_KEY, true);
    await page.locator('#identity', { hasText: /Executor .* of colony/ }).waitFor();
    const nav = await page.locator('header nav a').allTextContents();
    assert(nav.includes('Submit') && nav.includes('Workflows'), `member menu: ${nav}`);
    await page.locator('#stat-cards').waitFor();
  });

  // Something for the cron and generator pages to show (interval of an hour: it will not fire by itself).
  const tick = JSON.stringify({ functionspecs: [{ nodename: 'tick', funcname: 'echo', args: ['tick'], conditions: { executortype: 'cli' } }] });
  // Cron and generator names are unique server-wide, so they carry the colony's prefix.
  const CRON = `hourly-tick-${COLONY.slice(0, 6)}`;
  const GENERATOR = `batch-tick-${COLONY.slice(0, 6)}`;
  await check('a cron and a generator are added over REST', async () => {
    await rest('POST', `/v1/colonies/${COLONY}/crons`, { name: CRON, interval: 3600, workflowspec: tick });
    await rest('POST', `/v1/colonies/${COLONY}/generators`, { name: GENERATOR, trigger: 5, timeout: 600, workflowspec: tick });
  });

  let workflowUrl = '';
  await check("the paper's workflow is submitted through the UI and watched live to 13", async () => {
    await page.getByRole('link', { name: 'Submit' }).click();
    await page.getByLabel('What to submit').selectOption('workflow');
    await page.getByRole('button', { name: 'Insert example' }).click();
    const text = await page.getByLabel('Spec as JSON').inputValue();
    assert(text.includes('gen_nums') && text.includes('square1'), 'the example is the paper workflow');
    await shot('submit');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.waitForURL(/#\/colonies\/[0-9a-f]{64}\/workflows\/[0-9a-f]{64}$/);
    workflowUrl = page.url();
    await page.locator('svg.dag a.node').first().waitFor();
    assert(await page.locator('svg.dag a.node').count() === 4, 'four nodes');
    // Live: the page is never reloaded here; the event stream moves every node to successful.
    await page.locator('svg.dag a.node[data-state="successful"]').nth(3).waitFor({ timeout: TIMEOUT });
    for (const node of ['gen_nums', 'square0', 'square1', 'sum']) {
      assert(await page.locator(`svg.dag a.node[data-node="${node}"][data-state="successful"]`).count() === 1, `${node} successful`);
    }
    await page.locator('#workflow-result .result-value', { hasText: /^13$/ }).waitFor();
    await shot('workflow');
  });

  await check('clicking a node opens its process, with its timeline', async () => {
    await page.locator('svg.dag a.node[data-node="sum"]').click();
    await page.waitForURL(/\/processes\/[0-9a-f]{64}$/);
    await page.locator('#timeline [data-step="submitted"]').waitFor();
    await page.locator('#timeline [data-step="assigned"]', { hasText: /browser/ }).waitFor();
    await page.locator('#timeline [data-step="successful"]', { hasText: 'after executing' }).waitFor();
    const out = await page.locator('#json-output pre').textContent();
    assert(out.replace(/\s/g, '') === '[13]', `output ${out}`);
    const input = await page.locator('#json-input pre').textContent();
    assert(input.replace(/\s/g, '') === '[4,9]', `input ${input}`);
    assert(await page.locator('time[title$="UTC"]').count() >= 3, 'times carry their UTC time on hover');
    await shot('process');
  });

  await check('a deep link survives a reload (key remembered in this tab)', async () => {
    const url = page.url();
    await page.reload();
    await page.locator('#timeline').waitFor();
    assert(page.url() === url, `still ${url}`);
    await page.goto(workflowUrl);
    await page.locator('#workflow-result .result-value', { hasText: /^13$/ }).waitFor();
  });

  await check('the process list has state tabs and filters', async () => {
    await page.goto(`${BASE}/ui/#/colonies/${COLONY}/processes?state=successful`);
    await page.locator('table tbody tr').first().waitFor();
    assert(await page.locator('nav.tabs a[aria-current="page"]').textContent() === 'successful', 'successful tab');
    await page.getByLabel('Function name').fill('square');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/funcname=square/);
    await page.locator('table tbody tr').first().waitFor();
    const funcs = await page.locator('table tbody tr td:nth-child(2)').allTextContents();
    assert(funcs.length === 2 && funcs.every((f) => f === 'square'), `filtered: ${funcs}`);
    await page.getByRole('link', { name: 'Clear' }).click();
    await page.waitForURL((u) => !u.hash.includes('funcname'));
    await page.locator('table tbody tr').nth(3).waitFor();
    await shot('processes');
  });

  await check('the overview counts and charts the finished processes', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.locator('#stat-cards').waitFor();
    const successful = await page.locator('#stat-cards .cards').first().locator('.card.state-successful .card-value').textContent();
    assert(Number(successful) >= 4, `successful count ${successful}`);
    await page.locator('figure.chart svg').waitFor();
    await shot('overview');
  });

  await check('workflows list', async () => {
    await page.getByRole('link', { name: 'Workflows' }).click();
    await page.locator('table tbody tr .badge', { hasText: 'successful' }).first().waitFor();
    await shot('workflows');
  });

  await check("an executor's functions with call counts", async () => {
    await page.getByRole('link', { name: 'Executors' }).click();
    const row = page.locator('tr', { has: page.locator('td', { hasText: /^browser$/ }) }).first();
    await row.locator('a').click();
    await page.locator('h2', { hasText: 'Functions' }).waitFor();
    const sum = page.locator('tr', { has: page.locator('td', { hasText: /^sum$/ }) });
    await sum.waitFor();
    assert(Number(await sum.locator('td').nth(1).textContent()) >= 1, 'sum was called');
    await shot('executor');
  });

  await check('crons: run now', async () => {
    await page.getByRole('link', { name: 'Crons' }).click();
    const row = page.locator(`tr[data-cron="${CRON}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: `Run ${CRON} now` }).click();
    await row.locator('td:nth-child(5) a').waitFor({ timeout: 20000 });
    await shot('crons');
  });

  await check('generators: pack an argument', async () => {
    await page.getByRole('link', { name: 'Generators' }).click();
    const row = page.locator(`tr[data-generator="${GENERATOR}"]`);
    await row.waitFor();
    await row.getByLabel(`Argument for ${GENERATOR}`).fill('first');
    await row.getByRole('button', { name: `Pack into ${GENERATOR}` }).click();
    await row.locator('td:nth-child(3)', { hasText: /^1$/ }).waitFor();
    await shot('generators');
  });

  await check('an invalid spec shows the field error before sending', async () => {
    await page.getByRole('link', { name: 'Submit' }).click();
    await page.getByLabel('Spec as JSON').fill('{"funcname": "echo", "maxretries": "three", "conditions": {"executortype": ""}}');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.locator('#submit-errors li[data-field="conditions.executortype"]').waitFor();
    await page.locator('#submit-errors li[data-field="maxretries"]').waitFor();
    assert(page.url().endsWith('/submit'), 'nothing was submitted');
    await shot('submit-invalid');
  });

  if (env.OTHER_COLONY_ID) {
    await check("the server's problem+json error is shown next to its field", async () => {
      // Chromium logs the 400 this provokes on purpose; that one message is not a console error of the UI.
      allowedConsole = [/status of 400/];
      await page.getByLabel('Spec as JSON').fill(JSON.stringify({ funcname: 'echo', conditions: { executortype: 'cli', colonyid: env.OTHER_COLONY_ID } }, null, 2));
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      await page.locator('#submit-errors li[data-field="conditions.colonyid"]').waitFor();
      await page.locator('#submit-status', { hasText: '400' }).waitFor();
      allowedConsole = [];
      await shot('submit-server-error');
    });
  }

  await check('keyboard: the skip link and the menu are reachable with Tab', async () => {
    await page.goto(`${BASE}/ui/#/colonies/${COLONY}/processes`);
    await page.locator('table, .empty').first().waitFor();
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement?.textContent) === 'Skip to content', 'skip link first');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#stat-cards').waitFor();
  });

  await check('phone width: pages stay readable', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(workflowUrl);
    await page.locator('#workflow-result .result-value', { hasText: /^13$/ }).waitFor();
    await shot('phone-workflow');
    await page.goto(`${BASE}/ui/#/colonies/${COLONY}`);
    await page.locator('#stat-cards').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `the overview scrolls sideways by ${overflow}px`);
    await shot('phone-overview');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  await check('a lost event stream shows a banner and reconnects', async () => {
    // The stream is refused once (as when the server is away); the page says so and reconnects.
    allowedConsole = [/ERR_FAILED|net::|Failed to load/];
    let refused = 0;
    await page.route('**/events*', (route) => { refused += 1; return route.abort('connectionrefused'); });
    await page.goto(`${BASE}/ui/#/colonies/${COLONY}/workflows`);
    await page.reload();
    await page.locator('#live-banner', { hasText: 'Live updates lost' }).waitFor({ timeout: 20000 });
    await shot('connection-lost');
    await page.unroute('**/events*');
    await page.locator('#live-banner').waitFor({ state: 'hidden', timeout: 30000 });
    assert(refused >= 1, 'the stream was refused');
    allowedConsole = [];
  });

  await check("a running process's page shows its log and picks up new lines", async () => {
    await rest('POST', `/v1/colonies/${COLONY}/processes`, { funcname: 'echo', args: ['log'], conditions: { executortype: 'cli' } });
    // Nothing runs type 'cli' here: the member takes the oldest waiting one (ours or an earlier one).
    const running = await rest('POST', `/v1/colonies/${COLONY}/assignments?timeout=5`);
    assert(running && running.processid, 'the member was assigned a process');
    const logs = `/v1/colonies/${COLONY}/processes/${running.processid}/logs`;
    await rest('POST', logs, { message: 'first line' });
    await signIn(MEMBER_KEY, true);
    await page.goto(workflowUrl.replace(/\/workflows\/[0-9a-f]{64}$/, `/processes/${running.processid}`));
    await page.locator('#process-log', { hasText: 'first line' }).waitFor();
    await rest('POST', logs, { message: 'second line' });
    await page.locator('#process-log', { hasText: 'second line' }).waitFor({ timeout: TIMEOUT });
    await shot('process-log');
    await rest('POST', `/v1/colonies/${COLONY}/processes/${running.processid}/success`, { out: [] });
  });

  await check('zero console errors on every page', async () => {
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
} catch (e) {
  failed += 1;
  console.log(`FAIL unexpected: ${e.stack}`);
} finally {
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

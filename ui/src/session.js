// Who is signed in. The key lives in this module's memory, and in sessionStorage only when the user
// ticked "remember in this tab"; it is never sent anywhere, only used to sign.
import { Api } from './api.js';
import { identityOf, parsePrivateKey } from './sign.js';

const STORAGE_KEY = 'colonies.dashboard.key';
let current = null;

export function session() {
  return current;
}

/** Signs in with a pasted key: checks it locally, then asks the server who it is. */
export async function signIn(keyText, remember) {
  const key = parsePrivateKey(keyText);
  const api = new Api(key);
  const who = (await api.get('/v1/whoami')) || {};
  const colonies = who.colonies || [];
  if (!who.serverOwner && colonies.length === 0) {
    throw new Error(`This key (id ${identityOf(key).slice(0, 12)}…) is not known to this server: it is neither the`
      + ' server owner, nor a colony owner, nor an executor of a colony.');
  }
  current = { api, id: who.id, serverOwner: !!who.serverOwner, colonies };
  try {
    if (remember) sessionStorage.setItem(STORAGE_KEY, key);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch { /* storage disabled: memory only */ }
  return current;
}

/** The key remembered in this tab, if any. */
export function rememberedKey() {
  try { return sessionStorage.getItem(STORAGE_KEY); } catch { return null; }
}

export function signOut() {
  current = null;
  try { sessionStorage.removeItem(STORAGE_KEY); } catch { /* ignore */ }
}

/** What the signed-in identity may do in one colony (mirrors docs/security.md's role table). */
export function rolesIn(colonyId) {
  const s = current;
  const owner = !!s && s.colonies.some((c) => c.role === 'owner' && c.colonyid === colonyId);
  const executor = s && s.colonies.find((c) => c.role === 'executor' && c.colonyid === colonyId);
  const member = !!executor && executor.approved;
  return {
    owner,
    member,
    pending: !!executor && !executor.approved,
    executorId: executor ? executor.executorid : null,
    read: owner || member, // statistics, process lists, history, executors
    readDetails: member, // a process, workflows, crons, generators, functions, events
    submit: member,
    manageExecutors: owner,
  };
}

/** "Colony owner of paper" / "Executor me (cli) of colony paper" / "Server owner". */
export function describe(s = current) {
  if (!s) return '';
  const parts = [];
  if (s.serverOwner) parts.push('Server owner');
  for (const c of s.colonies) {
    const colony = c.colonyname || `${c.colonyid.slice(0, 8)}…`;
    if (c.role === 'owner') parts.push(`Colony owner of ${colony}`);
    else parts.push(`Executor ${c.executorname || c.executorid.slice(0, 8)} (${c.executortype}) of colony ${colony}${c.approved ? '' : ' — not approved yet'}`);
  }
  return parts.join(' · ');
}

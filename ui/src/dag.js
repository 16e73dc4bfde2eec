// Draws a workflow's processes as a left-to-right DAG: each node is placed in the column of its
// longest path from a root, and links to its process page.
import { h, STATES } from './dom.js';

const W = 170;
const H = 58;
const GAP_X = 70;
const GAP_Y = 22;

/** Each process's column: the length of its longest path from a root. */
export function depths(processes) {
  const byId = new Map(processes.map((p) => [p.processid, p]));
  const depth = new Map();
  const depthOf = (p, seen = new Set()) => {
    if (depth.has(p.processid)) return depth.get(p.processid);
    if (seen.has(p.processid)) return 0;
    seen.add(p.processid);
    const parents = (p.parents || []).map((id) => byId.get(id)).filter(Boolean);
    const d = parents.length ? 1 + Math.max(...parents.map((q) => depthOf(q, seen))) : 0;
    depth.set(p.processid, d);
    return d;
  };
  for (const p of processes) depthOf(p);
  return depth;
}

/** processes: [{processid, state, parents, spec:{nodename, funcname}}]; href(process) gives the link. */
export function dag(processes, href) {
  const depth = depths(processes);
  const depthOf = (p) => depth.get(p.processid);
  const columns = [];
  for (const p of processes) (columns[depthOf(p)] ||= []).push(p);
  const rows = Math.max(1, ...columns.map((c) => (c || []).length));
  const height = rows * (H + GAP_Y) + GAP_Y;
  const width = columns.length * (W + GAP_X) + GAP_X - 40;
  const pos = new Map();
  columns.forEach((column, x) => {
    (column || []).sort((a, b) => name(a).localeCompare(name(b)));
    const offset = (height - column.length * (H + GAP_Y) + GAP_Y) / 2;
    column.forEach((p, y) => pos.set(p.processid, { x: 20 + x * (W + GAP_X), y: offset + y * (H + GAP_Y) }));
  });

  const edges = [];
  for (const p of processes) {
    for (const parentId of p.parents || []) {
      const a = pos.get(parentId);
      const b = pos.get(p.processid);
      if (!a || !b) continue;
      const x1 = a.x + W; const y1 = a.y + H / 2; const x2 = b.x - 6; const y2 = b.y + H / 2;
      const mid = (x1 + x2) / 2;
      edges.push(h('path.edge', { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, 'marker-end': 'url(#arrow)' }));
    }
  }
  const nodes = processes.map((p) => {
    const { x, y } = pos.get(p.processid);
    const state = STATES[p.state] || 'unknown';
    return h('svg:a.node', { href: href(p), 'data-node': name(p), 'data-state': state, class: `state-${state}`,
      'aria-label': `${name(p)}: ${p.spec?.funcname || ''}, ${state}` },
      h('title', `${name(p)} — ${state}`),
      h('rect', { x, y, width: W, height: H, rx: 8 }),
      h('text.node-name', { x: x + 12, y: y + 22 }, clip(name(p), 20)),
      h('text.node-func', { x: x + 12, y: y + 42 }, clip(`${p.spec?.funcname || ''} · ${state}`, 24)));
  });
  return h('svg.dag', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Workflow graph' },
    h('defs', h('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      h('path.arrow', { d: 'M0,0 L10,5 L0,10 z' }))),
    h('g', edges), h('g', nodes));
}

function name(p) {
  return p.spec?.nodename || p.spec?.funcname || p.processid.slice(0, 8);
}

function clip(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

// Checks a function spec or workflow in the browser before it is sent, with the same field paths the
// server uses in its problem+json `field`, so both kinds of errors show up alike.

const PAPER = {
  functionspecs: [
    { nodename: 'gen_nums', funcname: 'gen_nums', args: [], maxexectime: 60, maxretries: 3, conditions: { executortype: 'edge', dependencies: [] } },
    { nodename: 'square0', funcname: 'square', args: [0], maxexectime: 60, maxretries: 3, conditions: { executortype: 'cloud', dependencies: ['gen_nums'] } },
    { nodename: 'square1', funcname: 'square', args: [1], maxexectime: 60, maxretries: 3, conditions: { executortype: 'cloud', dependencies: ['gen_nums'] } },
    { nodename: 'sum', funcname: 'sum', args: [], maxexectime: 60, maxretries: 3, conditions: { executortype: 'browser', dependencies: ['square0', 'square1'] } },
  ],
};

export const EXAMPLES = {
  function: JSON.stringify({ funcname: 'echo', args: ['hello'], maxexectime: 60, maxretries: 3, conditions: { executortype: 'cli' } }, null, 2),
  workflow: JSON.stringify(PAPER, null, 2),
};

export function detectKind(text) {
  try {
    const v = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return 'functionspecs' in v ? 'workflow' : 'function';
  } catch { /* not yet valid */ }
  return null;
}

/** {value, errors:[{field, message}]} for the editor's text. */
export function validate(kind, text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { value: undefined, errors: [{ field: null, message: `Not valid JSON: ${e.message}` }] };
  }
  const errors = [];
  if (!isObject(value)) {
    errors.push({ field: null, message: 'The spec must be a JSON object.' });
  } else if (kind === 'workflow') {
    checkWorkflow(value, errors);
  } else {
    checkSpec(value, '', errors);
  }
  return { value, errors };
}

function checkWorkflow(w, errors) {
  if (!Array.isArray(w.functionspecs) || w.functionspecs.length === 0) {
    errors.push({ field: 'functionspecs', message: 'A workflow needs a non-empty array of function specs.' });
    return;
  }
  const names = new Set();
  w.functionspecs.forEach((s, i) => {
    const at = `functionspecs[${i}].`;
    if (!isObject(s)) { errors.push({ field: `functionspecs[${i}]`, message: 'must be an object' }); return; }
    checkSpec(s, at, errors);
    if (typeof s.nodename !== 'string' || !s.nodename) errors.push({ field: `${at}nodename`, message: 'Every node of a workflow needs a nodename.' });
    else if (names.has(s.nodename)) errors.push({ field: `${at}nodename`, message: `The nodename ${s.nodename} is used twice.` });
    else names.add(s.nodename);
  });
  w.functionspecs.forEach((s, i) => {
    for (const dep of (isObject(s) && isObject(s.conditions) && Array.isArray(s.conditions.dependencies) ? s.conditions.dependencies : [])) {
      if (!names.has(dep)) errors.push({ field: `functionspecs[${i}].conditions.dependencies`, message: `No node is named ${dep}.` });
    }
  });
}

function checkSpec(s, at, errors) {
  const err = (field, message) => errors.push({ field: at + field, message });
  if (typeof s.funcname !== 'string' || !s.funcname.trim()) err('funcname', 'The function name is required.');
  if (s.args !== undefined && !Array.isArray(s.args)) err('args', 'must be an array');
  for (const name of ['priority', 'maxwaittime', 'maxexectime', 'maxretries']) {
    if (s[name] !== undefined && !Number.isInteger(s[name])) err(name, 'must be a whole number');
  }
  if (s.env !== undefined && (!isObject(s.env) || Object.values(s.env).some((v) => typeof v !== 'string'))) err('env', 'must be an object of strings');
  if (!isObject(s.conditions)) {
    err('conditions', 'The conditions (at least an executortype) are required.');
    return;
  }
  const c = s.conditions;
  if (typeof c.executortype !== 'string' || !c.executortype.trim()) err('conditions.executortype', 'The executor type is required.');
  if (c.dependencies !== undefined && !Array.isArray(c.dependencies)) err('conditions.dependencies', 'must be an array of node names');
  if (c.executorids !== undefined && !Array.isArray(c.executorids)) err('conditions.executorids', 'must be an array of executor ids');
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

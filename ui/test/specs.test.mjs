// The submit page's checks: the field paths must be the ones the server uses in problem+json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, detectKind, validate } from '../src/specs.js';

const fields = (kind, value) => validate(kind, typeof value === 'string' ? value : JSON.stringify(value)).errors.map((e) => e.field);

test('the examples are valid', () => {
  assert.deepEqual(fields('function', EXAMPLES.function), []);
  assert.deepEqual(fields('workflow', EXAMPLES.workflow), []);
  assert.equal(detectKind(EXAMPLES.workflow), 'workflow');
  assert.equal(detectKind(EXAMPLES.function), 'function');
});

test('a function spec names its bad fields', () => {
  assert.deepEqual(fields('function', { funcname: '', maxretries: 'x', conditions: { executortype: '' } }),
    ['funcname', 'maxretries', 'conditions.executortype']);
  assert.deepEqual(fields('function', { funcname: 'echo' }), ['conditions']);
});

test('a workflow names the node and field', () => {
  const w = JSON.parse(EXAMPLES.workflow);
  w.functionspecs[2].nodename = 'square0';
  w.functionspecs[3].conditions.dependencies = ['nope'];
  assert.deepEqual(fields('workflow', w), ['functionspecs[2].nodename', 'functionspecs[3].conditions.dependencies']);
  assert.deepEqual(fields('workflow', { functionspecs: [] }), ['functionspecs']);
});

test('broken JSON is reported without a field', () => {
  const { errors } = validate('function', '{"funcname": ');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].field, null);
  assert.match(errors[0].message, /Not valid JSON/);
});

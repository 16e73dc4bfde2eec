// The browser signer against the worked vectors of docs/security.md (also checked in Java by
// RestSignatureTest), so the two implementations cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalRequest, identityOf, parsePrivateKey, sha3Hex, signatureHeaders } from '../src/sign.js';

const KEY = 'ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514';
const COLONY = '4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4';

test('identity of the vectors colony key', () => {
  assert.equal(identityOf(KEY), COLONY);
});

test('empty body hash', () => {
  assert.equal(sha3Hex(''), 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
});

test('POST vector', () => {
  const body = new TextEncoder().encode('{"funcname":"echo","args":["hello"],"conditions":{"executortype":"cli"}}');
  const target = `/v1/colonies/${COLONY}/processes`;
  assert.equal(sha3Hex(body), 'f57813f4bd8c364026f8f005ad1076c5569992ef5200acf7ae2dfb9cd22e8088');
  assert.equal(sha3Hex(canonicalRequest('POST', target, '1767225600', '5d9f3b2a7c1e4f60a8b9c0d1e2f3a4b5', body)),
    'e0d3c2f6f64b9fd36ccf0a94c9afe58eefba4a1102d82872881b5f7a7c701102');
  const headers = signatureHeaders('POST', target, body, KEY, 1767225600, '5d9f3b2a7c1e4f60a8b9c0d1e2f3a4b5');
  assert.equal(headers['Colonies-Signature'],
    '989da310b78d6ab9da3dd3618e6a42728e4ea86f31790193f17ee52f13e5bbe411e4eef172047d5ffb299d76f84e255e3e53f500549bd2d97af18bf0ee39ee1300');
});

test('GET vector with a query', () => {
  const target = `/v1/colonies/${COLONY}/processes?state=waiting&limit=10`;
  const headers = signatureHeaders('GET', target, null, KEY, 1767225600, '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e');
  assert.equal(headers['Colonies-Signature'],
    'b85b8cb5efdb00faa20db6b669f70ec45f217f776216dfd103d8156ed49763a13cb72d7780880cabf3f9c85638154d5526999473c73ac3c39026fa3090e2a5da00');
});

test('bad keys are refused with a clear message', () => {
  assert.throws(() => parsePrivateKey('nope'), /64 hexadecimal/);
  assert.throws(() => parsePrivateKey('0'.repeat(64)), /not a valid/);
  assert.equal(parsePrivateKey(`  0x${KEY.toUpperCase()}\n`), KEY);
});

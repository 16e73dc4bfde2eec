// The REST signing scheme of docs/security.md, in the browser. The private key never leaves this
// module's caller: only the signature, timestamp and nonce go to the server.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha3_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** Lowercase hex SHA3-256 of bytes or of a string's UTF-8 bytes. */
export function sha3Hex(data) {
  return bytesToHex(sha3_256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** A key as the user pasted it: 64 hex digits, whitespace and an optional 0x prefix tolerated. */
export function parsePrivateKey(text) {
  const hex = String(text || '').trim().replace(/^0x/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new Error('A private key is 64 hexadecimal characters (as printed by "colonies keygen").');
  }
  const key = hexToBytes(hex);
  if (!secp256k1.utils.isValidSecretKey(key)) {
    throw new Error('This is not a valid secp256k1 private key.');
  }
  return hex;
}

/** The key's identity (PROTOCOL 2.4): SHA3-256 of the ASCII hex of the uncompressed public key. */
export function identityOf(privateKeyHex) {
  const pub = secp256k1.getPublicKey(hexToBytes(privateKeyHex), false);
  return sha3Hex(bytesToHex(pub));
}

/** The five-line canonical request that the signature covers. */
export function canonicalRequest(method, target, timestamp, nonce, bodyBytes) {
  return [method.toUpperCase(), target, timestamp, nonce, sha3Hex(bodyBytes || new Uint8Array())].join('\n');
}

/** Signs a text as Colonies does: SHA3-256, deterministic low-S ECDSA, hex of R ‖ S ‖ V. */
export function signText(text, privateKeyHex) {
  const hash = sha3_256(utf8ToBytes(text));
  const recovered = secp256k1.sign(hash, hexToBytes(privateKeyHex), { prehash: false, lowS: true, format: 'recovered' });
  // noble puts the recovery id first; the wire wants it last.
  return bytesToHex(recovered.subarray(1)) + bytesToHex(recovered.subarray(0, 1));
}

/** A fresh nonce: 32 random hex digits. */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}

/** The three signature headers for one request. */
export function signatureHeaders(method, target, bodyBytes, privateKeyHex, nowSeconds, nonce = newNonce()) {
  const timestamp = String(nowSeconds);
  const signature = signText(canonicalRequest(method, target, timestamp, nonce, bodyBytes), privateKeyHex);
  return { 'Colonies-Timestamp': timestamp, 'Colonies-Nonce': nonce, 'Colonies-Signature': signature };
}

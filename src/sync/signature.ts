// Ed25519 detached signatures over a list's exact bytes, with WebCrypto only, so the same code
// runs in the extension (Chromium, Firefox) and in Node 20 (the CLI). Keys and signatures travel
// as base64 text: a public key is the raw 32 bytes (optionally prefixed "ed25519:"), a private
// key is PKCS#8, a signature file is the 64 signature bytes.
import { SyncError } from './errors';

const ED25519 = { name: 'Ed25519' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text
    .trim()
    .replace(/^ed25519:/i, '')
    .replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) throw new SyncError('bad-key', 'not base64 text');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Checks a pasted public key and returns it in the canonical form "ed25519:BASE64". */
export function normalizePublicKey(text: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text);
  } catch {
    throw new SyncError('bad-key', 'The public key is not valid: expected base64 text such as "ed25519:…"');
  }
  if (bytes.length !== 32)
    throw new SyncError(
      'bad-key',
      `The public key is not valid: an Ed25519 key is 32 bytes, this one is ${bytes.length}`,
    );
  return `ed25519:${toBase64(bytes)}`;
}

export interface KeyPairText {
  publicKey: string;
  privateKey: string;
}

export async function generateKeyPair(): Promise<KeyPairText> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: `ed25519:${toBase64(raw)}`, privateKey: toBase64(pkcs8) };
}

export async function signBytes(privateKey: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('pkcs8', fromBase64(privateKey), ED25519, false, ['sign']);
  } catch {
    throw new SyncError(
      'bad-key',
      'The private key is not valid: expected the base64 PKCS#8 text that "list keygen" prints',
    );
  }
  return toBase64(new Uint8Array(await crypto.subtle.sign(ED25519, key, bytes)));
}

/** True only when `signature` is a valid Ed25519 signature of exactly these bytes. */
export async function verifyBytes(
  publicKey: string,
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', fromBase64(normalizePublicKey(publicKey)), ED25519, false, [
    'verify',
  ]);
  let sig: Uint8Array<ArrayBuffer>;
  try {
    sig = fromBase64(signature);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  return crypto.subtle.verify(ED25519, key, sig, bytes);
}

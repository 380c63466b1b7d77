import { describe, expect, it } from 'vitest';
import { fromBase64, generateKeyPair, normalizePublicKey, signBytes, verifyBytes } from '../../../src/sync/signature';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Ed25519 signatures', () => {
  it('verify the exact bytes that were signed, and nothing else', async () => {
    const keys = await generateKeyPair();
    const signature = await signBytes(keys.privateKey, bytes('{"version":2}'));
    expect(fromBase64(signature)).toHaveLength(64);
    expect(await verifyBytes(keys.publicKey, bytes('{"version":2}'), signature)).toBe(true);
    expect(await verifyBytes(keys.publicKey, bytes('{"version":2} '), signature)).toBe(false);
    expect(await verifyBytes(keys.publicKey, bytes('{"version":3}'), signature)).toBe(false);
  });

  it('fail with another key or a mangled signature', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const signature = await signBytes(keys.privateKey, bytes('list'));
    expect(await verifyBytes(other.publicKey, bytes('list'), signature)).toBe(false);
    expect(await verifyBytes(keys.publicKey, bytes('list'), 'not a signature!')).toBe(false);
    expect(await verifyBytes(keys.publicKey, bytes('list'), signature.slice(4))).toBe(false);
  });

  it('accept a public key pasted with or without its "ed25519:" prefix, and refuse a wrong one', async () => {
    const keys = await generateKeyPair();
    expect(keys.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(normalizePublicKey(` ${keys.publicKey.slice(8)}\n`)).toBe(keys.publicKey);
    expect(() => normalizePublicKey('ed25519:AAAA')).toThrow(/32 bytes, this one is 3/);
    expect(() => normalizePublicKey('hello world')).toThrow(/not valid/);
  });

  it('refuse to sign with something that is not a private key', async () => {
    const keys = await generateKeyPair();
    await expect(signBytes(keys.publicKey, bytes('x'))).rejects.toThrow(/private key is not valid/);
  });
});

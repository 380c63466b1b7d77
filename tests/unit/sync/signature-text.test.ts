// Keys and signatures as text a publisher pastes or a server sends: base64 of any length, with the
// "ed25519:" prefix in any case, wrapped over lines; the words of each refusal.
import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../src/sync/errors';
import {
  fromBase64,
  generateKeyPair,
  normalizePublicKey,
  signBytes,
  toBase64,
  verifyBytes,
} from '../../../src/sync/signature';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64 text', () => {
  it('round-trips bytes longer than one 32 KiB chunk, each byte in place', () => {
    const data = Uint8Array.from({ length: 0x8000 * 2 + 5 }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
    const text = toBase64(data);
    expect(text).toBe(Buffer.from(data).toString('base64'));
    expect(Buffer.from(fromBase64(text)).equals(Buffer.from(data))).toBe(true);
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('reads a key with its prefix in capitals and wrapped over lines', () => {
    expect(fromBase64('  ED25519:AAEC\r\nAwQF \n')).toEqual(new Uint8Array([0, 1, 2, 3, 4, 5]));
  });

  it('refuses text that is not base64, as a bad key', () => {
    for (const text of ['', 'ab$d', 'AAAA===', 'prefix:AAAA', '=AAA']) {
      let caught: unknown;
      try {
        fromBase64(text);
      } catch (error) {
        caught = error;
      }
      expect(caught, text).toBeInstanceOf(SyncError);
      expect(caught, text).toMatchObject({ code: 'bad-key', message: 'not base64 text' });
    }
  });
});

describe('public keys', () => {
  it('says what a valid key looks like when the text is not base64, as a bad key', () => {
    expect(() => normalizePublicKey('ed25519:not base64!')).toThrow(expect.objectContaining({ code: 'bad-key' }));
    expect(() => normalizePublicKey(toBase64(new Uint8Array(31)))).toThrow(
      expect.objectContaining({ code: 'bad-key' }),
    );
    expect(() => normalizePublicKey('ed25519:not base64!')).toThrow(
      'The public key is not valid: expected base64 text such as "ed25519:…"',
    );
  });

  it('counts the bytes of a key of the wrong length, one too many included', () => {
    expect(() => normalizePublicKey(toBase64(new Uint8Array(33)))).toThrow(
      'The public key is not valid: an Ed25519 key is 32 bytes, this one is 33',
    );
    expect(normalizePublicKey(toBase64(new Uint8Array(32)))).toBe(`ed25519:${toBase64(new Uint8Array(32))}`);
  });
});

describe('signing and checking', () => {
  it('says which private key it expects, as a bad key', async () => {
    await expect(signBytes('not a key', bytes('x'))).rejects.toMatchObject({ code: 'bad-key' });
    await expect(signBytes('not a key', bytes('x'))).rejects.toThrow(
      'The private key is not valid: expected the base64 PKCS#8 text that "list keygen" prints',
    );
  });

  it('refuses a signature of the wrong length, even one that starts with the right bytes', async () => {
    const keys = await generateKeyPair();
    const signature = fromBase64(await signBytes(keys.privateKey, bytes('list')));
    const longer = toBase64(new Uint8Array([...signature, 0]));
    expect(await verifyBytes(keys.publicKey, bytes('list'), longer)).toBe(false);
    expect(await verifyBytes(keys.publicKey, bytes('list'), toBase64(signature))).toBe(true);
  });

  it('refuses to check with a public key that is not one, in words', async () => {
    await expect(verifyBytes('ed25519:AAAA', bytes('list'), 'AAAA')).rejects.toThrow(/32 bytes, this one is 3/);
  });
});

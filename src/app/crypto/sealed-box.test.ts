import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyIdOf, makeKeyring } from './keyring.ts';
import { open, seal, SealedBoxError } from './sealed-box.ts';

const keyArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((a) => Buffer.from(a));
// Whole code points (no lone surrogates: they cannot survive UTF-8 in any store).
const textArb = fc.string({ unit: 'binary', maxLength: 300 });
const rowIdArb = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const aad = (id: number) => `key_person_details:${id}`;

describe('AES-256-GCM sealed box (C7.4)', () => {
  it('opens what it sealed, under the same associated data', () => {
    fc.assert(
      fc.property(keyArb, textArb, rowIdArb, (key, text, id) => {
        const keyring = makeKeyring(key);
        const box = seal(keyring, text, aad(id));
        expect(box.keyId).toBe(keyIdOf(key));
        expect(open(keyring, box, aad(id))).toBe(text);
      }),
    );
  });

  it('uses a fresh IV each time: the same value seals differently', () => {
    const keyring = makeKeyring(randomBytes(32));
    const a = seal(keyring, '王总，女儿在上海读大学', aad(1));
    const b = seal(keyring, '王总，女儿在上海读大学', aad(1));
    expect(a.sealed).not.toBe(b.sealed);
  });

  it('refuses a value with any one byte flipped (IV, ciphertext or tag)', () => {
    fc.assert(
      fc.property(
        keyArb,
        textArb,
        rowIdArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (key, text, id, at, mask) => {
          const keyring = makeKeyring(key);
          const box = seal(keyring, text, aad(id));
          const bytes = Buffer.from(box.sealed, 'base64');
          const index = at % bytes.length;
          bytes[index] = bytes[index]! ^ mask;
          const tampered = { ...box, sealed: bytes.toString('base64') };
          expect(() => open(keyring, tampered, aad(id))).toThrow(SealedBoxError);
        },
      ),
    );
  });

  it('refuses a value moved to another row id', () => {
    fc.assert(
      fc.property(keyArb, textArb, rowIdArb, rowIdArb, (key, text, id, other) => {
        fc.pre(id !== other);
        const keyring = makeKeyring(key);
        const box = seal(keyring, text, aad(id));
        expect(() => open(keyring, box, aad(other))).toThrow(SealedBoxError);
      }),
    );
  });

  it('opens a value sealed with a previous key through the keyring, and seals anew with the current', () => {
    fc.assert(
      fc.property(keyArb, keyArb, textArb, rowIdArb, (oldKey, newKey, text, id) => {
        fc.pre(!oldKey.equals(newKey));
        const box = seal(makeKeyring(oldKey), text, aad(id));
        const rotated = makeKeyring(newKey, [oldKey]);
        expect(open(rotated, box, aad(id))).toBe(text);
        expect(seal(rotated, text, aad(id)).keyId).toBe(keyIdOf(newKey));
        // Once the old key leaves the keyring, its values no longer open.
        expect(() => open(makeKeyring(newKey), box, aad(id))).toThrow(/unknown_key/);
      }),
    );
  });

  it('refuses a value under a wrong key that claims the right id', () => {
    const keyring = makeKeyring(randomBytes(32));
    const box = seal(keyring, '爱好：钓鱼', aad(7));
    const impostor = { current: { id: keyring.current.id, key: randomBytes(32) }, previous: [] };
    expect(() => open(impostor, box, aad(7))).toThrow(/tampered/);
  });

  it('names keys by the first 8 hex characters of their SHA-256', () => {
    const key = Buffer.alloc(32, 1);
    expect(keyIdOf(key)).toMatch(/^[0-9a-f]{8}$/);
    expect(makeKeyring(key, [key]).previous).toEqual([]);
    expect(() => makeKeyring(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Decode, base32Encode } from './base32.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base32 (RFC 4648)', () => {
  // RFC 4648 §10, padding left out as otpauth URIs do.
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('encodes %j as %s', (text, encoded) => {
    expect(base32Encode(bytes(text))).toBe(encoded);
    expect(base32Decode(encoded)).toEqual(bytes(text));
  });

  it('reads the RFC 6238 secret as an authenticator app shows it', () => {
    expect(base32Decode('gezd gnbv-gy3t qojq gezd gnbv gy3t qojq====')).toEqual(
      bytes('12345678901234567890'),
    );
  });

  it('refuses characters outside the alphabet', () => {
    expect(base32Decode('MZXW1')).toBeNull();
    expect(base32Decode('MZXW8')).toBeNull();
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        expect(base32Decode(base32Encode(input))).toEqual(input);
      }),
    );
  });
});

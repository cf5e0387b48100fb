import { describe, it, expect } from 'vitest';
import { isPostcode, normalisePostcode } from './postcode.ts';

describe('postcode', () => {
  it.each([
    ['100000', '100000'],
    ['518057', '518057'],
    [' 200120\n', '200120'],
    ['５１８０５７', '518057'],
  ])('accepts %j as %s', (input, code) => {
    expect(normalisePostcode(input)).toBe(code);
    expect(isPostcode(input)).toBe(true);
  });

  it.each(['', '51805', '5180570', '51805a', '518 057', '518-057', '٥١٨٠٥٧', '+51805'])(
    'rejects %j',
    (input) => {
      expect(normalisePostcode(input)).toBeNull();
      expect(isPostcode(input)).toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error.ts';
import { parseColumnMapping } from './parse-column-mapping.ts';

describe('parseColumnMapping', () => {
  it('reads header → field, null for an ignored column', () => {
    expect(parseColumnMapping('{"公司":"name","备注":null}')).toEqual({ 公司: 'name', 备注: null });
  });

  it.each(['not json', '[]', '"name"', 'null', '{"公司":1}'])(
    'refuses %s naming the mapping',
    (text) => {
      let error: unknown;
      try {
        parseColumnMapping(text);
      } catch (caught) {
        error = caught;
      }
      expect(isAppError(error) && [error.code, error.field]).toEqual([
        'validation.mapping',
        'mapping',
      ]);
    },
  );
});

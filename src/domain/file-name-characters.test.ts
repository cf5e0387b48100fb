import { describe, expect, it } from 'vitest';
import { replaceUnsafeFileNameCharacters } from './file-name-characters.ts';

describe('replaceUnsafeFileNameCharacters', () => {
  it('replaces each run of forbidden and control characters once', () => {
    expect(replaceUnsafeFileNameCharacters('a<>b\u0000\u001fc\u007fd', '_')).toBe('a_b_c_d');
    expect(replaceUnsafeFileNameCharacters('合同:扫描件?.pdf', '')).toBe('合同扫描件.pdf');
  });

  it('keeps Chinese text, spaces and dots, and takes extra characters when asked', () => {
    expect(replaceUnsafeFileNameCharacters('苏州 恒达.xlsx', '_')).toBe('苏州 恒达.xlsx');
    expect(replaceUnsafeFileNameCharacters('[A级]', '_')).toBe('[A级]');
    expect(replaceUnsafeFileNameCharacters('[A级]', '_', '[]')).toBe('_A级_');
  });
});

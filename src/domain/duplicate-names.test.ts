import { describe, expect, it } from 'vitest';
import { bigramDice, coreName, DUPLICATE_SCORE_THRESHOLD } from './duplicate-names.ts';

describe('coreName', () => {
  it.each([
    ['苏州恒达精密机械有限公司', '江苏省', '苏州市', '恒达精密机械'],
    ['恒达精密机械（苏州）有限公司', '江苏省', '苏州市', '恒达精密机械'],
    ['苏州市恒达精密机械股份有限公司', '江苏省', '苏州市', '恒达精密机械'],
    ['江苏恒达精密机械集团有限公司', '江苏省', '苏州市', '恒达精密机械'],
    ['恒达精密机械', null, null, '恒达精密机械'],
    ['南宁华信电力有限责任公司', '广西壮族自治区', '南宁市', '华信电力'],
    ['广西华信电力有限公司', '广西壮族自治区', null, '华信电力'],
    ['ＡＢＣ Trading (Shanghai) Co.', '上海市', '上海市', 'abctradingshanghaico'],
    ['上海有限公司', '上海市', '上海市', ''],
    ['苏州市第一人民医院', '江苏省', '苏州市', '第一人民医院'],
  ])('%s (%s %s) → %s', (name, province, city, core) => {
    expect(coreName(name, province, city)).toBe(core);
  });
});

describe('bigramDice', () => {
  it.each([
    ['恒达精密机械', '恒达精密机械', 1],
    ['', '', 0],
    ['恒', '恒', 1],
    ['恒', '达', 0],
    ['恒达精密机械', '恒达精蜜机械', 0.6], // one typo breaks two of five bigrams
    ['晨光通达通信技术', '晨光通信技术', (2 * 5) / (7 + 5)],
    ['abab', 'ab', (2 * 1) / (3 + 1)], // multisets: "ab" twice on the left, once on the right
  ])('%s ~ %s = %f', (a, b, expected) => {
    expect(bigramDice(a, b)).toBeCloseTo(expected, 10);
    expect(bigramDice(b, a)).toBeCloseTo(expected, 10);
  });

  it('keeps the same company above the threshold and a namesake in another trade below', () => {
    const same = bigramDice(coreName('苏州恒达精密机械有限公司', '江苏省', '苏州市'), coreName('恒达精密机械(苏州)股份有限公司', '江苏省', '苏州市')); // prettier-ignore
    const other = bigramDice(coreName('苏州恒达精密机械有限公司', '江苏省', '苏州市'), coreName('苏州恒达物流有限公司', '江苏省', '苏州市')); // prettier-ignore
    expect(same).toBeGreaterThanOrEqual(DUPLICATE_SCORE_THRESHOLD);
    expect(other).toBeLessThan(DUPLICATE_SCORE_THRESHOLD);
  });
});

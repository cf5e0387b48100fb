import { describe, it, expect } from 'vitest';
import { normaliseEmail, normaliseWebsite } from './email.ts';

describe('normaliseEmail', () => {
  it.each([
    ['zhang.san@example.com', 'zhang.san@example.com'],
    ['  Li.Si@Example.COM ', 'Li.Si@example.com'],
    ['ｓａｌｅｓ＠ｅｘａｍｐｌｅ．ｃｎ', 'sales@example.cn'],
    ['wang+crm@mail.example.com.cn', 'wang+crm@mail.example.com.cn'],
    ['info@example。cn', 'info@example.cn'],
    ['service@例子.中国', 'service@例子.中国'],
    ['a@b-c.io', 'a@b-c.io'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([
    '',
    'zhangsan',
    '@example.com',
    'zhangsan@',
    'zhang san@example.com',
    'zhangsan@example',
    'zhangsan@@example.com',
    'a@b@example.com',
    '.zhang@example.com',
    'zhang.@example.com',
    'zhang..san@example.com',
    'zhangsan@-example.com',
    'zhangsan@example-.com',
    'zhangsan@example..com',
    'zhangsan@127.0.0.1',
    '"zhang san"@example.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(64)}.com`,
  ])('rejects %j', (input) => {
    expect(normaliseEmail(input)).toBeNull();
  });
});

describe('normaliseWebsite', () => {
  it.each([
    ['www.example.com', 'https://www.example.com'],
    ['example.com.cn/about', 'https://example.com.cn/about'],
    ['http://www.example.com', 'http://www.example.com'],
    ['HTTPS://WWW.Example.COM/Path?q=1', 'https://www.example.com/Path?q=1'],
    ['  https://example.com/  ', 'https://example.com'],
    ['www.example.com:8080/shop', 'https://www.example.com:8080/shop'],
    ['ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ', 'https://www.example.com'],
    ['https://例子.中国', 'https://xn--fsqu00a.xn--fiqs8s'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normaliseWebsite(input)).toBe(expected);
  });

  it.each([
    '',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com',
    'mailto:sales@example.com',
    'www.example .com',
    'https://www.example.com/a b',
    'https://user:pw@example.com',
    'https://evil.com@example.com',
    'localhost:3000',
    'https://192.168.1.1',
    'example',
    'http://',
  ])('rejects %j', (input) => {
    expect(normaliseWebsite(input)).toBeNull();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  auditActionLabel,
} from '../../domain/i18n/audit-action-labels.ts';

const SRC = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** Action literals on lines that speak of an action (`action:`, `MERGE_ACTION =`, ternaries). */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  for (const file of [...sourceFiles(join(SRC, 'app')), ...sourceFiles(join(SRC, 'db'))]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // Not inside a word: `transaction.amount` is a field, not an action.
      if (!/(^|[^a-z])action/i.test(line)) continue;
      for (const [, action] of line.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) found.add(action!);
    }
  }
  return found;
}

// Written through templates or helpers the line scan cannot read: `${store.type}.create`,
// `${entityType}.import`, `export.${list}` and sign-in's auditAttempt(…, 'auth.login_failed').
const TEMPLATED = [
  'auth.login_failed',
  'auth.locked',
  ...['payment', 'need', 'project', 'record'].flatMap((t) => [`${t}.create`, `${t}.update`]),
  'transaction.import',
  'payment.import',
  ...['customers', 'contacts', 'transactions', 'payments', 'needs', 'projects', 'timeline'].map(
    (list) => `export.${list}`,
  ),
];

describe('the audit action catalogue (C7.5)', () => {
  it('labels every action the code writes', () => {
    const written = [...writtenActions(), ...TEMPLATED];
    expect(written.length).toBeGreaterThan(40);
    expect(written.filter((action) => !AUDIT_ACTION_LABELS[action])).toEqual([]);
  });

  it('labels in all three languages, and shows an unknown action as stored', () => {
    for (const labels of [
      ...Object.values(AUDIT_ACTION_LABELS),
      ...Object.values(AUDIT_ACTION_GROUPS),
    ]) {
      expect(Object.keys(labels).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    }
    expect(auditActionLabel('auth.login_failed', 'zh-CN')).toBe('登录失败');
    expect(auditActionLabel('scoring.', 'zh-TW')).toBe('評分與定級');
    expect(auditActionLabel('future.thing', 'en')).toBe('future.thing');
  });
});

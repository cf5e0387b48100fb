import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.ts';
import type { SignedInUser } from '../app/auth/me.ts';

const user = (userId: number, sessionEndsAt?: Date): SignedInUser => ({
  kind: 'user',
  userId,
  username: `u${userId}`,
  displayName: `u${userId}`,
  roles: ['director'],
  orgUnitId: 1,
  orgUnitPath: '/1/',
  orgUnitCode: 'HQ',
  orgUnitName: '总部',
  orgUnitKind: 'head_office',
  ...(sessionEndsAt ? { sessionEndsAt } : {}),
});

describe('session cache', () => {
  it('forgets entries after the time to live', () => {
    let clock = 0;
    const cache = createSessionCache({ ttlMs: 5000, maxEntries: 10, now: () => clock });
    cache.set('t', user(1));
    clock = 4999;
    expect(cache.get('t')?.userId).toBe(1);
    clock = 5000;
    expect(cache.get('t')).toBeUndefined();
  });

  it('never keeps a session past its own end, even within the time to live', () => {
    let clock = 1_000_000;
    const cache = createSessionCache({ ttlMs: 5000, now: () => clock });
    cache.set('t', user(1, new Date(1_002_000)));
    clock = 1_001_999;
    expect(cache.get('t')?.userId).toBe(1);
    clock = 1_002_000;
    expect(cache.get('t')).toBeUndefined();
  });

  it('drops every token of a disabled user, and the oldest entry when full', () => {
    const cache = createSessionCache({ ttlMs: 5000, maxEntries: 2, now: () => 0 });
    cache.set('a', user(1));
    cache.set('b', user(1));
    cache.deleteUser(1);
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
    cache.set('c', user(2));
    cache.set('d', user(3));
    cache.set('e', user(4));
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('e')?.userId).toBe(4);
  });
});

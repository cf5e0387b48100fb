import type { SignedInUser } from '../app/auth/me.ts';

type Entry = { user: SignedInUser; expiresAt: number };

export type SessionCache = {
  get(token: string): SignedInUser | undefined;
  set(token: string, user: SignedInUser): void;
  delete(token: string): void;
  deleteUser(userId: number): void;
};

export type SessionCacheOptions = {
  /** The server's clock (ms): the one the session deadlines are measured on. */
  now: () => number;
  ttlMs?: number;
  maxEntries?: number;
};

/** How long a resolved session is remembered at most: the bound on other processes' changes. */
export const SESSION_CACHE_TTL_MS = 5000;

/**
 * Remembers resolved sessions for a few seconds, so a burst of API calls costs one session
 * lookup instead of one each (measured: the lookup was a third of the list endpoint's database
 * work). An entry never outlives its session: it expires at the earlier of the time to live and
 * the session's own end (`sessionEndsAt`: idle or absolute deadline), so the cache cannot keep
 * a session alive past either. Sign-out, a new session token and disabling a user through this
 * process clear its entries at once; another process (the CLI on PostgreSQL) is noticed within
 * the time to live. Bounded: the oldest entries go first.
 */
export function createSessionCache(options: SessionCacheOptions): SessionCache {
  const { now, ttlMs = SESSION_CACHE_TTL_MS, maxEntries = 10_000 } = options;
  const entries = new Map<string, Entry>();
  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(token);
        return undefined;
      }
      return entry.user;
    },
    set(token, user) {
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      const ends = user.sessionEndsAt?.getTime() ?? Number.POSITIVE_INFINITY;
      entries.set(token, { user, expiresAt: Math.min(now() + ttlMs, ends) });
    },
    delete(token) {
      entries.delete(token);
    },
    deleteUser(userId) {
      for (const [token, entry] of entries) if (entry.user.userId === userId) entries.delete(token);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { RUN_STATES } from '../../db/schema/scoring.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from '../context.ts';
import { canSeeRunInState, runVisibilityScope } from './run-visibility.ts';

const user = (...roles: Role[]): Actor => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  displayName: 'u',
  roles,
  orgUnitId: 1,
  orgUnitPath: '/1/',
});
const visible = (actor: Actor) => RUN_STATES.filter((state) => canSeeRunInState(actor, state));

describe('who sees a run in which state (C2.3)', () => {
  it('the committee, the auditor and the director see every state', () => {
    for (const role of ['committee', 'auditor', 'director'] as const) {
      expect(visible(user(role))).toEqual(RUN_STATES);
    }
    expect(visible({ kind: 'system', name: 'cli' })).toEqual(RUN_STATES);
  });

  it('everyone else from publication on', () => {
    for (const role of [
      'regional_manager',
      'ka_manager',
      'support',
      'secretary',
      'admin',
    ] as const) {
      expect(visible(user(role))).toEqual(['published', 'appeal_window', 'final']);
    }
    expect(visible(user('ka_manager', 'director'))).toEqual(RUN_STATES);
  });

  it('says the same as a SQL predicate', () => {
    expect(runVisibilityScope(user('director')).queryChunks.length).toBeGreaterThan(0);
    const open = runVisibilityScope(user('ka_manager'));
    expect(JSON.stringify(open.queryChunks)).toContain('scoring_runs.state IN (');
  });
});

import type { Tier } from '../../domain/scoring/model-types.ts';
import type { OverrideView } from '../../db/scoring/override-repository.ts';
import type { RunState } from '../../db/schema/scoring.ts';
import type { OverrideState } from '../../db/schema/tier-decisions.ts';

export type PersonRef = { id: number; name: string } | null;

export type OverrideDto = {
  id: number;
  runId: number;
  periodLabel: string;
  runState: RunState;
  customerId: number;
  customerName: string;
  /** What the run's score gave, and the tier proposed by hand instead (人工调整). */
  computedTier: Tier | null;
  tier: Tier;
  reason: string;
  state: OverrideState;
  proposedBy: PersonRef;
  proposedAt: string;
  decidedBy: PersonRef;
  decidedAt: string | null;
  decisionNote: string | null;
  /** Set when a later approved override of the same customer and run replaced this one. */
  supersededBy: number | null;
  version: number;
};

/**
 * The note a superseded override keeps; a fixed form, so the screens can say it in the reader's
 * language (supersededBy) while the stored text stays readable in the database.
 */
export function supersededNote(byId: number): string {
  return `superseded by override #${byId}`;
}
const SUPERSEDED = /^superseded by override #(\d+)$/;

export function toOverrideDto(view: OverrideView): OverrideDto {
  const o = view.override;
  const superseded = o.state === 'withdrawn' ? SUPERSEDED.exec(o.decisionNote ?? '') : null;
  return {
    id: o.id,
    runId: o.runId,
    periodLabel: view.periodLabel,
    runState: view.runState,
    customerId: o.customerId,
    customerName: view.customerName,
    computedTier: view.computedTier,
    tier: o.tier,
    reason: o.reason,
    state: o.state,
    proposedBy: person(o.proposedBy, view.proposedByName),
    proposedAt: o.proposedAt.toISOString(),
    decidedBy: person(o.decidedBy, view.decidedByName),
    decidedAt: o.decidedAt?.toISOString() ?? null,
    decisionNote: o.decisionNote,
    supersededBy: superseded ? Number(superseded[1]) : null,
    version: o.version,
  };
}

export function person(id: number | null, name: string | null): PersonRef {
  return id === null ? null : { id, name: name ?? '' };
}

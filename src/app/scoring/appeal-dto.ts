import type { Tier } from '../../domain/scoring/model-types.ts';
import type { AppealView } from '../../db/scoring/appeal-repository.ts';
import type { RunState } from '../../db/schema/scoring.ts';
import type { AppealOutcome, AppealState } from '../../db/schema/tier-decisions.ts';
import { person, type PersonRef } from './override-dto.ts';

/** What only the appeal's own circle sees (appeal-access.ts). */
export type AppealDetails = {
  reason: string;
  requestedTier: Tier | null;
  filedBy: PersonRef;
  investigator: PersonRef;
  assignedAt: string | null;
  answer: string | null;
  decidedBy: PersonRef;
  attachmentCount: number;
};

export type AppealDto = {
  id: number;
  runId: number;
  periodLabel: string;
  runState: RunState;
  appealClosesAt: string | null;
  customerId: number;
  customerName: string;
  computedTier: Tier | null;
  state: AppealState;
  filedAt: string;
  /** The outcome decides the customer's tier, which everyone in scope sees, so it is public. */
  outcome: AppealOutcome | null;
  decidedTier: Tier | null;
  decidedAt: string | null;
  version: number;
  /** Null for readers outside the appeal's circle. */
  details: AppealDetails | null;
};

export function toAppealDto(view: AppealView): AppealDto {
  const a = view.appeal;
  return {
    id: a.id,
    runId: a.runId,
    periodLabel: view.periodLabel,
    runState: view.runState,
    appealClosesAt: view.appealClosesAt?.toISOString() ?? null,
    customerId: a.customerId,
    customerName: view.customerName,
    computedTier: view.computedTier,
    state: a.state,
    filedAt: a.filedAt.toISOString(),
    outcome: a.outcome,
    decidedTier: a.decidedTier,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    version: a.version,
    details: view.detailsVisible
      ? {
          reason: a.reason,
          requestedTier: a.requestedTier,
          filedBy: person(a.filedBy, view.filedByName),
          investigator: person(a.investigatorId, view.investigatorName),
          assignedAt: a.assignedAt?.toISOString() ?? null,
          answer: a.answer,
          decidedBy: person(a.decidedBy, view.decidedByName),
          attachmentCount: view.attachmentCount,
        }
      : null,
  };
}

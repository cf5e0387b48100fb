import { AppError } from '../../domain/app-error.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/date-only.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { AppealState, OverrideState } from '../../db/schema/tier-decisions.ts';

/** The conflicts of overrides and appeals (409), each naming the field and its state. */
export function overrideStateConflict(state: OverrideState): AppError {
  return new AppError('conflict.override_state', { field: 'state', params: { state } });
}

export function appealStateConflict(state: AppealState): AppError {
  return new AppError('conflict.appeal_state', { field: 'state', params: { state } });
}

/** The window limits filing only; the closing time is shown in Beijing time, to the minute. */
export function appealWindowClosed(closesAt: Date | null): AppError {
  return new AppError('conflict.appeal_window_closed', {
    field: 'appealClosesAt',
    params: { closesAt: closesAt ? beijingMinute(closesAt) : '—' },
  });
}

/** An override or a changed appeal must move the tier, else there is nothing to decide. */
export function tierUnchanged(field: string, tier: Tier): AppError {
  return new AppError('validation.failed', {
    issues: [{ field, code: 'validation.tier_unchanged', params: { tier } }],
  });
}

export function versionRequired(): AppError {
  return new AppError('conflict.version_required', { field: 'If-Match' });
}

function beijingMinute(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

import { raiseWatermark, watermark } from '../../db/privacy/erasure-repository.ts';
import {
  contactsPastRetention,
  lastLoginAuditBefore,
} from '../../db/privacy/personal-data-queries.ts';
import type { AppContext } from '../context.ts';
import { eraseContact } from './erase-contact.ts';
import type { RetentionSettings } from './retention-settings.ts';

export type PurgeResult = {
  dryRun: boolean;
  /** Contacts erased (or, in a dry run, that would be). */
  contacts: number;
  /** The audit id up to which sign-in addresses are now hidden, when this run moved it. */
  loginIpsHiddenThrough: number | null;
};

const DAY_MS = 86_400_000;

/**
 * The scheduled purge (C7.7): what is past retention is erased like an erasure on request
 * (kind `retention`, one transaction per contact so one failure does not undo the others), and
 * the sign-in address watermark moves up. Idempotent: erased contacts leave the candidates and
 * the watermark only rises. A dry run reads and counts, and writes nothing.
 */
export async function runRetentionPurge(
  ctx: AppContext,
  settings: RetentionSettings,
  options: { dryRun?: boolean } = {},
): Promise<PurgeResult> {
  const dryRun = options.dryRun === true;
  const now = ctx.clock.now();
  let contacts = 0;
  if (settings.terminatedContactYears > 0) {
    const cutoff = new Date(now);
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - settings.terminatedContactYears);
    const due = await contactsPastRetention(ctx.db, cutoff);
    if (dryRun) contacts = due.length;
    else
      for (const target of due) {
        // A contact erased on request since the candidates were read is left as it is.
        const outcome = await ctx.db.transaction((tx) =>
          eraseContact(tx, ctx, target, {
            kind: 'retention',
            reason: `retention: terminated > ${settings.terminatedContactYears} years`,
          }),
        );
        if (outcome === 'erased') contacts += 1;
      }
  }
  let loginIpsHiddenThrough: number | null = null;
  if (settings.loginIpDays > 0) {
    const upTo = await lastLoginAuditBefore(
      ctx.db,
      new Date(now.getTime() - settings.loginIpDays * DAY_MS),
    );
    const current = await watermark(ctx.db, 'login_ip');
    if (upTo > current) {
      loginIpsHiddenThrough = upTo;
      if (!dryRun) await ctx.db.transaction((tx) => raiseWatermark(tx, 'login_ip', upTo, now));
    }
  }
  return { dryRun, contacts, loginIpsHiddenThrough };
}

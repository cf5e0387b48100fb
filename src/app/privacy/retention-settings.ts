import { AppError } from '../../domain/app-error.ts';

/**
 * C7.7 retention (docs/privacy.md, "Retention"). 0 turns a rule off.
 * - terminatedContactYears: contacts of a customer whose lifecycle is `terminated` and whose file
 *   has not changed for this many years are erased (anonymised) by the purge.
 * - loginIpDays: sign-in audit rows older than this many days show no address. The Cybersecurity
 *   Law (art. 21) asks network logs be kept at least six months, hence the floor of 180.
 */
export type RetentionSettings = { terminatedContactYears: number; loginIpDays: number };

export const LOGIN_IP_MIN_DAYS = 180;

export function loadRetentionSettings(env: NodeJS.ProcessEnv): RetentionSettings {
  const years = Number(env.PATRON_RETENTION_TERMINATED_CONTACT_YEARS || 3);
  if (!Number.isInteger(years) || years < 0 || years > 100) {
    throw new AppError('validation.integer', {
      field: 'PATRON_RETENTION_TERMINATED_CONTACT_YEARS',
      params: { min: 0, max: 100 },
    });
  }
  const days = Number(env.PATRON_RETENTION_LOGIN_IP_DAYS || 365);
  if (!Number.isInteger(days) || (days !== 0 && (days < LOGIN_IP_MIN_DAYS || days > 36500))) {
    throw new AppError('validation.integer', {
      field: 'PATRON_RETENTION_LOGIN_IP_DAYS',
      params: { min: LOGIN_IP_MIN_DAYS, max: 36500 },
    });
  }
  return { terminatedContactYears: years, loginIpDays: days };
}

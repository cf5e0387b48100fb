import {
  DATA_CLASS_LABELS,
  LEGAL_BASIS_LABELS,
  PERSONAL_DATA_REGISTER,
} from '../../domain/privacy/personal-data-register.ts';
import type { AppContext } from '../context.ts';
import { LOGIN_IP_MIN_DAYS, type RetentionSettings } from './retention-settings.ts';

/**
 * 个人信息清单 (C7.7): the register, with its labels, and the retention rules this server runs
 * with (`PATRON_RETENTION_*`), for every signed-in user — it is the published notice of what
 * Patron keeps, why and for how long (PIPL art. 17), not a secret. The context already refuses
 * anonymous requests.
 */
export function getPersonalDataRegister(_ctx: AppContext, retention: RetentionSettings) {
  return {
    retention: { ...retention, loginIpMinDays: LOGIN_IP_MIN_DAYS },
    items: PERSONAL_DATA_REGISTER.map((entry) => ({
      ...entry,
      dataClassLabel: DATA_CLASS_LABELS[entry.dataClass],
      legalBasisLabel: LEGAL_BASIS_LABELS[entry.legalBasis],
      retentionSetting: entry.retentionSetting ?? null,
      consentRecord: entry.consentRecord ?? null,
    })),
  };
}

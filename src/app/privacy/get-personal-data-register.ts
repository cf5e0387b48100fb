import {
  DATA_CLASS_LABELS,
  LEGAL_BASIS_LABELS,
  PERSONAL_DATA_REGISTER,
} from '../../domain/privacy/personal-data-register.ts';
import type { AppContext } from '../context.ts';

/**
 * 个人信息清单 (C7.7): the register, with its labels, for every signed-in user — it is the
 * published notice of what Patron keeps and why (PIPL art. 17), not a secret. The context
 * already refuses anonymous requests.
 */
export function getPersonalDataRegister(_ctx: AppContext) {
  return {
    items: PERSONAL_DATA_REGISTER.map((entry) => ({
      ...entry,
      dataClassLabel: DATA_CLASS_LABELS[entry.dataClass],
      legalBasisLabel: LEGAL_BASIS_LABELS[entry.legalBasis],
      retentionSetting: entry.retentionSetting ?? null,
      consentRecord: entry.consentRecord ?? null,
    })),
  };
}

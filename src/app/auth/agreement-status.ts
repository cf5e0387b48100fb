import {
  AGREEMENT_TEXT,
  AGREEMENT_VERSION,
  type AgreementText,
} from '../../domain/confidentiality/agreement.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import { hasAcceptedAgreement } from '../../db/confidentiality/acceptance-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';

export type AgreementStatus = {
  version: string;
  /** True until the user has accepted this version; the API answers 403 to customer data. */
  required: boolean;
  /** The text in every language, only while acceptance is required (the screen needs it then). */
  text: Record<Locale, AgreementText> | null;
};

export function agreementStatus(accepted: boolean): AgreementStatus {
  return {
    version: AGREEMENT_VERSION,
    required: !accepted,
    text: accepted ? null : AGREEMENT_TEXT,
  };
}

/** Whether this user accepted the version now in force. */
export function acceptedCurrentAgreement(db: DbOrTx, userId: number): Promise<boolean> {
  return hasAcceptedAgreement(db, userId, AGREEMENT_VERSION);
}

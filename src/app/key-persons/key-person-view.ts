import type { KeyPersonRow } from '../../db/contacts/key-person-repository.ts';
import type { KeyPersonPrivate } from './key-person-cipher.ts';

/** Decrypted details as shown to someone allowed to see them (C7.3). */
export type KeyPersonDetailsDto = KeyPersonPrivate & {
  id: number;
  version: number;
  purpose: string;
  consentBasis: KeyPersonRow['consentBasis'];
  consentAt: string;
  createdAt: string;
  updatedAt: string;
};

/**
 * One key person as any reader of the customer gets it. `masked: true` carries no details at
 * all: no ciphertext, no lengths, not even whether any were recorded.
 */
export type KeyPersonView = {
  contactId: number;
  name: string;
  title: string | null;
  department: string | null;
  masked: boolean;
  details: KeyPersonDetailsDto | null;
};

export function toDetailsDto(row: KeyPersonRow, values: KeyPersonPrivate): KeyPersonDetailsDto {
  return {
    id: row.id,
    version: row.version,
    family: values.family,
    homeAddress: values.homeAddress,
    hobbies: values.hobbies,
    notes: values.notes,
    purpose: row.purpose,
    consentBasis: row.consentBasis,
    consentAt: row.consentAt,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

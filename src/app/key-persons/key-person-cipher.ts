import { AppError } from '../../domain/app-error.ts';
import type { KeyPersonPrivateField } from '../../domain/validation/key-person-rules.ts';
import type { AppContext } from '../context.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { open, seal, SealedBoxError, type Sealed } from '../crypto/sealed-box.ts';

export type KeyPersonPrivate = Record<KeyPersonPrivateField, string | null>;

/** The associated data of a row's ciphertext: table and row id (C7.4, docs/privacy.md). */
export function keyPersonAssociatedData(rowId: number): string {
  return `key_person_details:${rowId}`;
}

export function keyringOf(ctx: AppContext): Keyring {
  if (!ctx.keyring) throw new Error('no keyring in the context: sensitive fields cannot be used');
  return ctx.keyring;
}

export function sealKeyPerson(keyring: Keyring, rowId: number, values: KeyPersonPrivate): Sealed {
  const json = JSON.stringify({
    family: values.family,
    homeAddress: values.homeAddress,
    hobbies: values.hobbies,
    notes: values.notes,
  });
  return seal(keyring, json, keyPersonAssociatedData(rowId));
}

/**
 * Opens one row. A row that does not open (unknown key, tampering, a value moved from another
 * row) is logged by id and reason only, and the user gets the generic internal error.
 */
export function openKeyPerson(
  ctx: AppContext,
  row: { id: number; keyId: string; sealed: string },
): KeyPersonPrivate {
  try {
    const json = open(keyringOf(ctx), row, keyPersonAssociatedData(row.id));
    const parsed = JSON.parse(json) as Partial<KeyPersonPrivate>;
    return {
      family: parsed.family ?? null,
      homeAddress: parsed.homeAddress ?? null,
      hobbies: parsed.hobbies ?? null,
      notes: parsed.notes ?? null,
    };
  } catch (error) {
    if (!(error instanceof SealedBoxError)) throw error;
    ctx.log.error('key-person details cannot be opened', { id: row.id, reason: error.reason });
    throw new AppError('internal');
  }
}

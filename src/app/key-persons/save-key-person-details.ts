import { AppError } from '../../domain/app-error.ts';
import {
  KEY_PERSON_FIELDS,
  KEY_PERSON_ISSUE_PREFIX,
} from '../../domain/validation/key-person-rules.ts';
import {
  allocateKeyPersonId,
  findKeyPersonRow,
  insertKeyPersonRow,
  updateKeyPersonIfVersion,
  type KeyPersonRow,
} from '../../db/contacts/key-person-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { isUniqueViolation } from '../../db/postgres-errors.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { keyringOf, openKeyPerson, sealKeyPerson } from './key-person-cipher.ts';
import { contactForKeyPersonWrite } from './key-person-write-guard.ts';
import { toDetailsDto, type KeyPersonDetailsDto } from './key-person-view.ts';
import {
  validateKeyPersonInput,
  type KeyPersonInput,
  type KeyPersonValues,
} from './validate-key-person-input.ts';

/**
 * Enters or replaces a key person's private details (C1.4). The first entry takes no version;
 * a replacement needs If-Match. The details are sealed with the row id as associated data, so
 * the id is allocated before the insert. The audit row lists which fields changed, no values.
 */
export async function saveKeyPersonDetails(
  ctx: AppContext,
  customerId: number,
  contactId: number,
  expectedVersion: number | undefined,
  input: KeyPersonInput,
): Promise<KeyPersonDetailsDto> {
  const now = ctx.clock.now();
  const values = validateKeyPersonInput(input, now);
  const keyring = keyringOf(ctx);
  try {
    return await ctx.db.transaction(async (tx) => {
      const contact = await contactForKeyPersonWrite(tx, ctx.actor, customerId, contactId);
      if (!contact.isKeyPerson) throw new AppError('conflict.not_key_person');
      const current = await findKeyPersonRow(tx, customerId, contactId);
      if (!current) {
        if (expectedVersion !== undefined) throw new AppError('conflict.stale_version');
        const id = await allocateKeyPersonId(tx);
        const row = await insertKeyPersonRow(tx, {
          id,
          customerId,
          contactId,
          ...sealKeyPerson(keyring, id, values),
          ...consentOf(values),
          createdAt: now,
          updatedAt: now,
          createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        });
        const changed = KEY_PERSON_FIELDS.filter((field) => values[field] !== null);
        await audit(tx, ctx, 'key_person.create', row, changed);
        return toDetailsDto(row, values);
      }
      if (expectedVersion === undefined)
        throw new AppError('conflict.version_required', { field: 'If-Match' });
      if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
      const old = { ...openKeyPerson(ctx, current), ...consentOf(current) };
      const changed = KEY_PERSON_FIELDS.filter((field) => old[field] !== values[field]);
      if (changed.length === 0) return toDetailsDto(current, old);
      const updated = await updateKeyPersonIfVersion(tx, current.id, expectedVersion, {
        ...sealKeyPerson(keyring, current.id, values),
        ...consentOf(values),
        updatedAt: now,
      });
      if (!updated) throw new AppError('conflict.stale_version');
      await audit(tx, ctx, 'key_person.update', updated, changed);
      return toDetailsDto(updated, values);
    });
  } catch (error) {
    // Two people entering the first details at once: the unique contact index stops the second.
    if (isUniqueViolation(error)) throw new AppError('conflict.stale_version');
    throw error;
  }
}

function consentOf(values: Pick<KeyPersonValues, 'purpose' | 'consentBasis' | 'consentAt'>) {
  return {
    purpose: values.purpose,
    consentBasis: values.consentBasis,
    consentAt: values.consentAt,
  };
}

function audit(
  tx: DbOrTx,
  ctx: AppContext,
  action: string,
  row: KeyPersonRow,
  changed: readonly string[],
) {
  return recordAudit(tx, ctx, {
    action,
    entityType: 'key_person',
    entityId: row.id,
    customerId: row.customerId,
    after: { contactId: row.contactId, changed: changed.map((f) => KEY_PERSON_ISSUE_PREFIX + f) },
  });
}

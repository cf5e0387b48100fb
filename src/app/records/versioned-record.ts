import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import type { Surface } from '../../domain/field-classes.ts';
import { RECORD_ISSUE_PREFIX, type RecordType } from '../../domain/validation/record-rules.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { assertFieldsUsable, fieldAccessOf, givenFields } from '../access/field-projection.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { diffFields } from '../customers/diff-fields.ts';
import { customerForRecords } from './record-customer.ts';
import { isUniqueViolation } from '../../db/postgres-errors.ts';
import {
  auditFields,
  auditView,
  duplicateExternalId,
  throwIfIssues,
  withoutNulls,
} from './record-input.ts';

type Values = Record<string, unknown>;

/**
 * A table of records that belong to one customer and carry a `version` (payments, needs,
 * projects, the timeline). The adapters cast the checked values to the table's insert type.
 */
export type VersionedStore<Row extends { id: number; version: number }, Dto extends Values> = {
  type: RecordType;
  /** audit_log.entity_type */
  entityType: string;
  /** Its fields' classes (C7.3): nobody writes a field they may not see. */
  surface: Surface;
  find(db: DbOrTx, customerId: number, id: number): Promise<Row | undefined>;
  insert(tx: DbOrTx, values: Values): Promise<Row>;
  update(tx: DbOrTx, id: number, version: number, values: Values): Promise<Row | undefined>;
  toDto(row: Row): Dto;
  /** A unique external id (payments): a pre-check naming the field, and its constraint. */
  externalId?: {
    constraint: string;
    taken(db: DbOrTx, value: string, exceptId: number | null): Promise<boolean>;
  };
};

/** Checks across fields of the record as it would be saved; returns unprefixed issues. */
export type CrossCheck = (merged: Values) => FieldIssue[];

/**
 * Adds a record to a customer the actor may write: scope first, then every field issue at
 * once, then the row and its audit entry in one transaction.
 */
export async function createVersioned<
  Row extends { id: number; version: number },
  Dto extends Values,
>(
  ctx: AppContext,
  store: VersionedStore<Row, Dto>,
  customerId: number,
  checked: { values: Values; issues: FieldIssue[] },
  check: CrossCheck,
): Promise<Dto> {
  const write = ctx.db.transaction(async (tx) => {
    await customerForRecords(tx, ctx.actor, customerId, 'write');
    assertWritable(ctx, store, givenFields(checked.values));
    throwIfIssues(store.type, [...checked.issues, ...check(checked.values)]);
    await assertExternalIdFree(tx, store, checked.values, null);
    const now = ctx.clock.now();
    const row = await store.insert(tx, {
      ...withoutNulls(checked.values),
      customerId,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    const dto = store.toDto(row);
    await recordAudit(tx, ctx, {
      action: `${store.type}.create`,
      entityType: store.entityType,
      entityId: row.id,
      customerId,
      after: auditView(store.type, dto),
    });
    return dto;
  });
  return mapDuplicate(write, store, checked.values);
}

/**
 * Edits a record with optimistic locking (`expectedVersion` from If-Match): the given fields
 * are checked, merged onto the stored record and checked across fields; only what changed is
 * written and audited (before/after).
 */
export async function updateVersioned<
  Row extends { id: number; version: number },
  Dto extends Values,
>(
  ctx: AppContext,
  store: VersionedStore<Row, Dto>,
  target: { customerId: number; id: number; expectedVersion: number | undefined },
  checked: { values: Values; issues: FieldIssue[] },
  check: CrossCheck,
): Promise<Dto> {
  const { customerId, id, expectedVersion } = target;
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  const write = ctx.db.transaction(async (tx) => {
    await customerForRecords(tx, ctx.actor, customerId, 'write');
    const current = await store.find(tx, customerId, id);
    if (!current) throw new AppError('not_found');
    assertWritable(ctx, store, Object.keys(checked.values));
    const before = store.toDto(current);
    throwIfIssues(store.type, [...checked.issues, ...check({ ...before, ...checked.values })]);
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    const changes = diffFields(before, checked.values);
    if (Object.keys(changes.after).length === 0) return before;
    if ('externalId' in changes.after) await assertExternalIdFree(tx, store, changes.after, id);
    const updated = await store.update(tx, id, expectedVersion, {
      ...changes.after,
      updatedAt: ctx.clock.now(),
    });
    if (!updated) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: `${store.type}.update`,
      entityType: store.entityType,
      entityId: id,
      customerId,
      before: auditFields(store.type, changes.before),
      after: auditFields(store.type, changes.after),
    });
    return store.toDto(updated);
  });
  return mapDuplicate(write, store, checked.values);
}

type AnyStore = VersionedStore<{ id: number; version: number }, Values>;

/** After the scope checks (404, then 403), so a hidden field never tells a record exists. */
function assertWritable(
  ctx: AppContext,
  store: Pick<AnyStore, 'type' | 'surface'>,
  fields: string[],
) {
  assertFieldsUsable(
    fieldAccessOf(ctx.actor),
    store.surface,
    fields,
    RECORD_ISSUE_PREFIX[store.type],
  );
}

async function assertExternalIdFree<
  Row extends { id: number; version: number },
  Dto extends Values,
>(
  tx: DbOrTx,
  store: VersionedStore<Row, Dto>,
  values: Values,
  exceptId: number | null,
): Promise<void> {
  const value = values.externalId;
  if (!store.externalId || typeof value !== 'string') return;
  if (await store.externalId.taken(tx, value, exceptId))
    throw duplicateExternalId(store.type, value);
}

/** A unique violation that slipped past the pre-check (a concurrent insert) becomes the 409. */
async function mapDuplicate<T>(
  write: Promise<T>,
  store: Pick<AnyStore, 'type' | 'externalId'>,
  values: Values,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (store.externalId && isUniqueViolation(error, store.externalId.constraint))
      throw duplicateExternalId(store.type, values.externalId);
    throw error;
  }
}

import { AppError } from '../../domain/app-error.ts';
import {
  fieldAccessFor,
  FULL_ACCESS,
  type FieldAccess,
  type Treatment,
} from '../../domain/field-class-rules.ts';
import {
  FIELD_REGISTRY,
  fieldEntryOf,
  type FieldEntry,
  type PublicKeys,
  type Surface,
} from '../../domain/field-classes.ts';
import { maskValue } from '../../domain/field-masks.ts';
import type { ExportColumn } from '../../domain/export/export-column.ts';
import type { Actor } from '../context.ts';

/**
 * SPEC C7.3, the one place that applies field classes to what a reader gets. Every read surface
 * — customer file and 360, lists, records, search, exports, a person's data export — passes its
 * DTOs through `projectFields`, after the record scope (record-scope.ts) has decided which rows
 * the reader gets at all. The allowlist is src/domain/field-classes.ts, the role rules
 * src/domain/field-class-rules.ts.
 */

/**
 * What the actor gets of each field class. `privatePersonal` is the key-person rule's answer
 * (key-person-access.ts) for the customer at hand; without it private details are hidden. The
 * system actor (the local operator) gets everything.
 */
export function fieldAccessOf(actor: Actor, privatePersonal = false): FieldAccess {
  if (actor.kind === 'system') return FULL_ACCESS;
  return fieldAccessFor(actor.roles, privatePersonal);
}

type Classified<S extends Surface> = keyof (typeof FIELD_REGISTRY)[S];

/**
 * A DTO as a reader gets it: public fields as they are (every role that reads a customer reads
 * them), other classified fields possibly absent, unclassified fields gone.
 */
export type Projected<S extends Surface, T> = {
  [K in keyof T as K extends PublicKeys<S> ? K : never]: T[K];
} & {
  [K in keyof T as K extends Classified<S> ? (K extends PublicKeys<S> ? never : K) : never]?: T[K];
};

/** The treatment of one field; an unclassified key, or a masked one without a mask, is hidden. */
export function treatmentOf(access: FieldAccess, surface: Surface, key: string): Treatment {
  const entry = fieldEntryOf(surface, key);
  if (!entry) return 'hidden';
  const treatment = access[entry.class];
  return treatment === 'masked' && !entry.mask ? 'hidden' : treatment;
}

type Projector = (values: Record<string, unknown>) => Record<string, unknown>;
const projectors = new Map<string, Projector>();

/**
 * One surface's projection for one set of treatments, compiled once into straight-line code
 * (`if ("amount" in v) o["amount"] = v["amount"];` per visible field). A list projects the
 * same surface for the same reader on every row: a loop over the keys cost 5 µs a row, more
 * than serialising it, the compiled form under 1 µs. The code holds only the registry's own keys,
 * quoted by JSON.stringify; nothing from a request or the database reaches it.
 */
function projectorFor(access: FieldAccess, surface: Surface): Projector {
  const id = [
    surface,
    access.public,
    access.confidential,
    access.basic_personal,
    access.private_personal,
  ].join(':');
  let projector = projectors.get(id);
  if (!projector) {
    const lines = Object.entries<FieldEntry>(FIELD_REGISTRY[surface]).flatMap(([key, entry]) => {
      const treatment = treatmentOf(access, surface, key);
      if (treatment === 'hidden') return [];
      const k = JSON.stringify(key);
      const value =
        treatment === 'masked' ? `mask(${JSON.stringify(entry.mask)}, v[${k}])` : `v[${k}]`;
      return [`if (${k} in v) o[${k}] = ${value};`];
    });
    const compiled = new Function('mask', 'v', `const o = {};\n${lines.join('\n')}\nreturn o;`) as (
      mask: typeof maskValue,
      v: Record<string, unknown>,
    ) => Record<string, unknown>;
    projector = (values) => compiled(maskValue, values);
    projectors.set(id, projector);
  }
  return projector;
}

/**
 * The fields of `dto` this reader may have: full values as they are, masked ones in their
 * masked form, hidden and unclassified keys left out — absent, not null, so a screen can tell
 * "not permitted" from "empty".
 */
export function projectFields<S extends Surface, T extends object>(
  access: FieldAccess,
  surface: S,
  dto: T,
): Projected<S, T> {
  return projectorFor(access, surface)(dto as Record<string, unknown>) as Projected<S, T>;
}

/** An export's columns for this reader: hidden fields' columns are absent, not empty. */
export function visibleColumns(
  access: FieldAccess,
  surface: Surface,
  columns: readonly ExportColumn[],
): ExportColumn[] {
  return columns.filter((column) => treatmentOf(access, surface, column.key) !== 'hidden');
}

/**
 * Refuses a filter, sort or edit on a field the reader may not see in full: ordering or
 * selecting by a hidden (or masked) value would disclose it a comparison at a time, and writing
 * it blind would change what the writer cannot check. 403 `access.field_hidden`, naming the
 * field as issues do (`transaction.amount`).
 */
export function assertFieldsUsable(
  access: FieldAccess,
  surface: Surface,
  fields: Iterable<string>,
  issuePrefix = '',
): void {
  for (const field of fields) {
    if (treatmentOf(access, surface, field) !== 'full')
      throw new AppError('access.field_hidden', { field: issuePrefix + field });
  }
}

/** The fields a new record's input fills in; a blank or null one is not given (C7.3 writes). */
export function givenFields(input: object): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([field]) => field);
}

// Audit keys name a record's fields with its issue prefix (`payment.amount`); a customer's own
// fields have none (contact-dto.ts, record-input.ts).
const AUDIT_PREFIXES: [string, Surface][] = [
  ['contact.', 'contact'],
  ['transaction.', 'transaction'],
  ['payment.', 'payment'],
  ['credit.', 'creditProfile'],
  ['need.', 'need'],
  ['project.', 'project'],
  ['record.', 'timelineRecord'],
];

/**
 * A before/after of a customer's change history with the same rules as the screens: a changed
 * amount is hidden from whoever may not see amounts, a changed mobile masked for the auditor.
 * Keys that are not a file's fields (an export's row count, a merge's ids) are the log's own
 * bookkeeping and stay.
 */
export function projectAuditValues(access: FieldAccess, values: unknown): unknown {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return values;
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const prefixed = AUDIT_PREFIXES.find(([prefix]) => key.startsWith(prefix));
    const [surface, field]: [Surface, string] = prefixed
      ? [prefixed[1], key.slice(prefixed[0].length)]
      : ['customer', key];
    const entry = fieldEntryOf(surface, field);
    if (!entry) {
      shown[key] = value;
      continue;
    }
    const treatment = treatmentOf(access, surface, field);
    if (treatment === 'full') shown[key] = value;
    else if (treatment === 'masked' && entry.mask) shown[key] = maskValue(entry.mask, value);
  }
  return shown;
}

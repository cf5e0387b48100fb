/**
 * The entry points of src/app allowed to reach a query on a customer-owned table without the
 * record scope, each with its reason (docs/access.md, "No query around the record scope"). The
 * coverage test checks every entry against the code, so the list cannot go stale:
 *
 * - `system`: the local operator's or a timer's work (the CLI, `patron serve`'s timers, the
 *   demo loader), acting as the unrestricted system actor. The test fails when anything in
 *   src/api imports one — an HTTP route must never reach such a path.
 * - `own-rule`: reached over HTTP, but by design about more than one user's customers, and
 *   guarded by the rule named in `guard`, which the test requires the entry point to go through.
 *
 * An entry that no longer reaches an unscoped query, or no longer exists, fails the test too.
 */
export type ScopeException =
  { kind: 'system'; reason: string } | { kind: 'own-rule'; guard: string; reason: string };

const committeeOnly = 'src/app/scoring/scoring-access.ts#assertScoringCommittee';
const auditView = 'src/app/audit/audit-access.ts#auditLogViewOf';

export const SCOPE_EXCEPTIONS: Record<string, ScopeException> = {
  // ---- the local operator and the timers ------------------------------------------------
  'src/app/audit/verify-audit-log.ts#verifyAuditLog': {
    kind: 'system',
    reason: '`patron audit verify` walks the whole hash chain',
  },
  'src/app/audit/write-audit-checkpoint.ts#writeAuditCheckpoint': {
    kind: 'system',
    reason: 'the hourly signed checkpoint reads the last row of the chain',
  },
  'src/app/backup/create-backup.ts#createBackup': {
    kind: 'system',
    reason: 'a backup copies every table and verifies the chain first',
  },
  'src/app/backup/restore-backup.ts#restoreBackup': {
    kind: 'system',
    reason: 'a restore replaces every table and verifies the chain it restored',
  },
  'src/app/backup/check-migrated-restore.ts#checkMigratedRestore': {
    kind: 'system',
    reason: 'after restoring an older backup and migrating it, the whole chain must verify',
  },
  'src/app/backup/run-hourly-safeguards.ts#runHourlySafeguards': {
    kind: 'system',
    reason: 'the hourly timer: checkpoint and daily backup',
  },
  'src/app/data-quality/recompute-completeness.ts#recomputeCompleteness': {
    kind: 'system',
    reason: '`patron data-quality recompute` rescores every file set-wise (system actor only)',
  },
  'src/app/demo/load-demo-data.ts#loadDemoData': {
    kind: 'system',
    reason: '`patron demo` loads an empty database (it checks that it is empty)',
  },
  'src/app/key-persons/key-usage.ts#keyUsage': {
    kind: 'system',
    reason: '`patron keys status` counts sealed rows per key id, no values',
  },
  'src/app/key-persons/reseal-key-person-details.ts#resealKeyPersonDetails': {
    kind: 'system',
    reason: '`patron keys rotate|reseal` re-seals every row (system actor only)',
  },
  'src/app/privacy/run-retention-purge.ts#runRetentionPurge': {
    kind: 'system',
    reason: 'the retention purge (timer and `patron privacy purge`) finds contacts past retention',
  },

  // ---- over HTTP, under a rule of their own --------------------------------------------
  'src/app/audit/list-audit-log.ts#listAuditLog': {
    kind: 'own-rule',
    guard: auditView,
    reason: 'the audit screen: the auditor reads every row, the admin customers by id only',
  },
  'src/app/audit/export-audit-log.ts#exportAuditLog': {
    kind: 'own-rule',
    guard: auditView,
    reason: 'the audit screen’s export, under the same rule as the screen',
  },
  'src/app/audit/list-audit-actions.ts#listAuditActions': {
    kind: 'own-rule',
    guard: auditView,
    reason: 'the audit screen’s filter: action codes in use, no rows',
  },
  'src/app/customers/create-customer.ts#createCustomer': {
    kind: 'own-rule',
    guard: 'src/app/customers/customer-write-guard.ts#assertMayCreateCustomers',
    reason:
      'a credit code is unique across all files: the duplicate check looks at every file and answers with the code given, nothing of the other file',
  },
  'src/app/scoring/compute-run.ts#computeRun': {
    kind: 'own-rule',
    guard: committeeOnly,
    reason:
      'the committee’s evaluation run scores every customer by design (one set-based statement)',
  },
  'src/app/scoring/what-if-model.ts#whatIfModel': {
    kind: 'own-rule',
    guard: 'src/app/scoring/scoring-access.ts#assertSeesDrafts',
    reason:
      'the scratch run scores every customer with the real statement and is rolled back; what it shows is read under the record scope (movementRows)',
  },
  'src/app/scoring/finalise-run.ts#finaliseRun': {
    kind: 'own-rule',
    guard: committeeOnly,
    reason: 'finalising counts the run’s open cases and sets every scored customer’s tier',
  },
  'src/app/scoring/delete-draft-model-version.ts#deleteDraftModelVersion': {
    kind: 'own-rule',
    guard: committeeOnly,
    reason: 'whether any rating used the draft: one existence test, no row leaves the database',
  },
};

/**
 * Queries on an owned table that read or change no customer's file: appending to the audit
 * chain (the insert reads only the previous row's id and hash).
 */
export const NOT_FILE_ACCESS: Record<string, string> = {
  'src/db/audit-repository.ts#appendAudit': 'appends one row to the audit chain',
  'src/db/audit-repository.ts#appendAuditBatch': 'appends many rows to the audit chain',
};

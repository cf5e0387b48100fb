import type { CsvValue } from './csv.ts';

/**
 * Column lists for COPY, in the order rows are written. Row types are keyed by these lists so
 * the compiler insists that every column gets a value (null where the file has none).
 */
export const ORG_UNIT_COLUMNS = [
  'id',
  'code',
  'name',
  'kind',
  'parent_id',
  'path',
  'created_at',
] as const;

export const USER_COLUMNS = [
  'id', 'username', 'display_name', 'password_hash', 'org_unit_id', 'email', 'locale', 'created_at',
] as const; // prettier-ignore

export const USER_ROLE_COLUMNS = ['user_id', 'role'] as const;

export const CUSTOMER_COLUMNS = [
  'id', 'name', 'short_name', 'credit_code', 'nature', 'industry', 'scale', 'employees',
  'revenue_band', 'main_products', 'assets', 'shareholder_structure', 'strategy', 'annual_revenue',
  'external_credit_rating', 'operating_status', 'bottlenecks', 'reputation_notes', 'province',
  'city', 'org_unit_id', 'address', 'postcode', 'phone', 'fax', 'email', 'website',
  'source_channel', 'ka_class', 'ka_level', 'relationship_level', 'relationship_stage',
  'lifecycle_status', 'tier', 'needs_segment', 'value_segment', 'completeness', 'version',
  'created_at', 'updated_at', 'created_by', 'updated_by',
] as const; // prettier-ignore

export const TEAM_COLUMNS = [
  'customer_id',
  'user_id',
  'team_role',
  'access_level',
  'since',
] as const;

// Contacts and transactions take their ids from the identity columns: nothing refers to them.
export const CONTACT_COLUMNS = [
  'customer_id', 'name', 'gender', 'birthday', 'title', 'department', 'mobile', 'phone', 'email',
  'address', 'buying_role', 'is_key_person', 'version', 'created_at', 'updated_at',
] as const; // prettier-ignore

export const TRANSACTION_COLUMNS = [
  'customer_id', 'occurred_on', 'amount', 'cost', 'profit', 'product', 'quantity', 'channel',
  'currency', 'external_id', 'created_at',
] as const; // prettier-ignore

export type Row<Columns extends readonly string[]> = { [K in Columns[number]]: CsvValue };

export type OrgUnitRow = Row<typeof ORG_UNIT_COLUMNS>;
export type UserRow = Row<typeof USER_COLUMNS>;
export type UserRoleRow = Row<typeof USER_ROLE_COLUMNS>;
export type CustomerRow = Row<typeof CUSTOMER_COLUMNS>;
export type TeamRow = Row<typeof TEAM_COLUMNS>;
export type ContactRow = Row<typeof CONTACT_COLUMNS>;
export type TransactionRow = Row<typeof TRANSACTION_COLUMNS>;

export function rowValues<Columns extends readonly string[]>(
  columns: Columns,
  row: Row<Columns>,
): CsvValue[] {
  return columns.map((column) => row[column as Columns[number]]);
}

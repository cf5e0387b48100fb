/**
 * Short names for the generated contract types (schema.d.ts, from the server's openapi.json:
 * regenerate with `npx openapi-typescript openapi.json -o web/src/api/schema.d.ts`).
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type ApiErrorBody = Schemas['Error'];
export type ApiIssue = NonNullable<ApiErrorBody['issues']>[number];

export type Me = Schemas['Me'];
export type OrgUnit = Schemas['OrgUnitList']['items'][number];

export type CustomerListQuery = NonNullable<paths['/api/customers']['get']['parameters']['query']>;
export type CustomerSort = NonNullable<CustomerListQuery['sort']>;
export type CustomerListItem = Schemas['CustomerList']['items'][number];

export type Customer = Schemas['Customer'];
export type CustomerInput =
  paths['/api/customers']['post']['requestBody']['content']['application/json'];
export type CustomerChanges =
  paths['/api/customers/{id}']['patch']['requestBody']['content']['application/json'];

export type Customer360 = Schemas['Customer360'];
export type OrgUnitRef = Customer360['orgUnit'];
export type Contact = Schemas['Contact'];
export type Transaction = Schemas['Transaction'];
export type AuditEntry = Schemas['AuditList']['items'][number];

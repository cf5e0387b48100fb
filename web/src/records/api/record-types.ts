import type { components, paths } from '../../api/schema';

type Schemas = components['schemas'];

export type Transaction = Schemas['Transaction'];
export type Payment = Schemas['Payment'];
export type PaymentStats = Schemas['PaymentStats'];
export type CreditProfile = Schemas['CreditProfile'];
export type Need = Schemas['Need'];
export type Project = Schemas['Project'];
export type TimelineRecord = Schemas['TimelineRecord'];

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type TransactionInput = Body<'/api/customers/{id}/transactions'>;
export type PaymentInput = Body<'/api/customers/{id}/payments'>;
export type NeedInput = Body<'/api/customers/{id}/needs'>;
export type ProjectInput = Body<'/api/customers/{id}/projects'>;
export type TimelineInput = Body<'/api/customers/{id}/timeline'>;
export type CreditProfileInput =
  paths['/api/customers/{id}/credit-profile']['put']['requestBody']['content']['application/json'];

/** The kinds of record a customer has lists of, as the URL names them. */
export type RecordListKind = 'transactions' | 'payments' | 'needs' | 'projects' | 'timeline';

export type RecordPage<Item> = {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
  permissions: { edit: boolean };
};

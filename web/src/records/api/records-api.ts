import { api, call } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type {
  CreditProfileInput,
  NeedInput,
  PaymentInput,
  ProjectInput,
  TimelineInput,
  TransactionInput,
} from './record-types.ts';

export type PageParams = { page: number; pageSize: number };
type TransactionQuery = NonNullable<
  paths['/api/customers/{id}/transactions']['get']['parameters']['query']
>;
type TimelineKindFilter = NonNullable<
  paths['/api/customers/{id}/timeline']['get']['parameters']['query']
>['kind'];
const ifMatch = (tag: string) => ({ 'if-match': `"${tag}"` });
const at = (id: number, recordId: number) => ({ path: { id, recordId } });

/** One set of calls per record kind; edits send the record's tag (version or etag) as If-Match. */
export const recordsApi = {
  transactions: {
    list: (id: number, query: PageParams & Pick<TransactionQuery, 'sort'>) =>
      call(api.GET('/api/customers/{id}/transactions', { params: { path: { id }, query } })),
    create: (id: number, body: TransactionInput) =>
      call(api.POST('/api/customers/{id}/transactions', { params: { path: { id } }, body })),
    update: (id: number, recordId: number, tag: string, body: TransactionInput) =>
      call(
        api.PATCH('/api/customers/{id}/transactions/{recordId}', {
          params: { ...at(id, recordId), header: ifMatch(tag) },
          body,
        }),
      ),
  },
  payments: {
    list: (id: number, query: PageParams) =>
      call(api.GET('/api/customers/{id}/payments', { params: { path: { id }, query } })),
    create: (id: number, body: PaymentInput) =>
      call(api.POST('/api/customers/{id}/payments', { params: { path: { id } }, body })),
    update: (id: number, recordId: number, tag: string, body: PaymentInput) =>
      call(
        api.PATCH('/api/customers/{id}/payments/{recordId}', {
          params: { ...at(id, recordId), header: ifMatch(tag) },
          body,
        }),
      ),
  },
  needs: {
    list: (id: number, query: PageParams) =>
      call(api.GET('/api/customers/{id}/needs', { params: { path: { id }, query } })),
    create: (id: number, body: NeedInput) =>
      call(api.POST('/api/customers/{id}/needs', { params: { path: { id } }, body })),
    update: (id: number, recordId: number, tag: string, body: NeedInput) =>
      call(
        api.PATCH('/api/customers/{id}/needs/{recordId}', {
          params: { ...at(id, recordId), header: ifMatch(tag) },
          body,
        }),
      ),
  },
  projects: {
    list: (id: number, query: PageParams) =>
      call(api.GET('/api/customers/{id}/projects', { params: { path: { id }, query } })),
    create: (id: number, body: ProjectInput) =>
      call(api.POST('/api/customers/{id}/projects', { params: { path: { id } }, body })),
    update: (id: number, recordId: number, tag: string, body: ProjectInput) =>
      call(
        api.PATCH('/api/customers/{id}/projects/{recordId}', {
          params: { ...at(id, recordId), header: ifMatch(tag) },
          body,
        }),
      ),
  },
  timeline: {
    list: (id: number, query: PageParams & { kind?: TimelineKindFilter }) =>
      call(api.GET('/api/customers/{id}/timeline', { params: { path: { id }, query } })),
    create: (id: number, body: TimelineInput) =>
      call(api.POST('/api/customers/{id}/timeline', { params: { path: { id } }, body })),
    update: (id: number, recordId: number, tag: string, body: TimelineInput) =>
      call(
        api.PATCH('/api/customers/{id}/timeline/{recordId}', {
          params: { ...at(id, recordId), header: ifMatch(tag) },
          body,
        }),
      ),
  },
};

/** First save without If-Match (there is no version yet), later saves with it. */
export function saveCreditProfile(id: number, version: number | null, body: CreditProfileInput) {
  return call(
    api.PUT('/api/customers/{id}/credit-profile', {
      params: { path: { id }, ...(version === null ? {} : { header: ifMatch(String(version)) }) },
      body,
    }),
  );
}

export function setGroupParent(id: number, version: number, parentCustomerId: number | null) {
  return call(
    api.PUT('/api/customers/{id}/group-parent', {
      params: { path: { id }, header: ifMatch(String(version)) },
      body: { parentCustomerId },
    }),
  );
}

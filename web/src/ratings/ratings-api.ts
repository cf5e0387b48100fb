import { api, call } from '../api/client.ts';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type CustomerRatings = Schemas['CustomerRatings'];
export type RatingLine = CustomerRatings['lines'][number];
export type RatingHistory = Schemas['RatingHistory'];

export function listRatings(customerId: number): Promise<CustomerRatings> {
  return call(api.GET('/api/customers/{id}/ratings', { params: { path: { id: customerId } } }));
}

export function rateIndicator(
  customerId: number,
  indicatorId: string,
  input: { value: number; note: string | null },
) {
  return call(
    api.PUT('/api/customers/{id}/ratings/{indicatorId}', {
      params: { path: { id: customerId, indicatorId } },
      body: input,
    }),
  );
}

export function ratingHistory(customerId: number, indicatorId: string): Promise<RatingHistory> {
  return call(
    api.GET('/api/customers/{id}/ratings/{indicatorId}/history', {
      params: { path: { id: customerId, indicatorId } },
    }),
  );
}

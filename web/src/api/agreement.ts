import { api, call } from './client.ts';
import type { Me } from './types.ts';

/** Accepts the confidentiality agreement in force; answers the user with `agreement.required` false. */
export function acceptAgreement(): Promise<Me> {
  return call(api.POST('/api/me/agreement'));
}
